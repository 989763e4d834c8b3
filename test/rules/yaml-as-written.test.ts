/**
 * YAML registers and records as real repositories write them: fields merged from an anchor
 * ("<<: *payments"), which the engine does not expand (parse/yaml.ts keeps aliases as
 * references), and camelCase keys ("intendedUse") that name a required part as snake_case does.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

test('YAML: a risk that merges its owner or treatment from an anchor is not said to lack them, unless it writes its own empty treatment', async () => {
  await check(
    `
//- aims/risk-register.yaml
aims:
  kind: risk-register
  id: TSC-RR
  title: AI risk register
  owner: Platform Governance Lead
  version: "11"
  status: draft
x-templates:
  payments-owner: &payments
    owner: Head of Payments Risk
  fraud-model-treatment: &fraud_treatment
    treatment: modify
    controls: [A.6.2.6, A.7.4]
risks:
  - id: R-101
    <<: *payments
    title: Score drift after a merchant changes its checkout
    likelihood: 3
    impact: 3
    treatment: modify
    status: open
  - id: R-102
    <<: [*payments, *fraud_treatment]
    title: Chargeback labels arrive late
    likelihood: 4
    impact: 5
    status: open
  - id: R-104
        ^^^^^ risk-untreated
    <<: *payments
    title: No rollback path for a corrupted model
    likelihood: 4
    impact: 4
    treatment: ""
    controls: []
    status: open
  - id: R-103
        ^^^^^ missing-field
        ^^^^^ risk-untreated
    title: Support summaries leak card numbers
    likelihood: 4
    impact: 5
    status: open
`,
    { codes: ['missing-field', 'risk-untreated'] },
  );
});

test('YAML: camelCase keys of an AI system record name its parts ("intendedUse")', async () => {
  await check(
    `
//- aims/systems/fraud-scorer.yaml
aims:
  kind: ai-system
  id: SYS-010
  title: Fraud scorer
  owner: Head of Payments Risk
  version: "3"
  status: draft
spec:
  description: Scores card payments for fraud in real time.
  intendedUse: Flag payments for review by an analyst; it never blocks a payment alone.
  dataSources: [transactions, chargebacks]
  humanOversight: Every block is confirmed by an analyst.
  testing: Back-tested monthly on the last quarter's payments.
  eventLogging: Every score is logged with its inputs for a year.
  monitoring: Drift is tracked daily.
  lifecycle: Retrained each quarter.
  deploymentTarget: Runs in the payments cluster behind the checkout API.
`,
    { codes: ['missing-section'] },
  );
});

/**
 * Annexes B, C and D of ISO/IEC 42001:2023, as hints for the language tools.
 * Item names are the commonly cited ones; summaries, notes and aliases are our
 * own words. The exact C/D sub-numbering is uncertain, so none is encoded.
 */
import type { AnnexCItem, AnnexDSector } from './types.js';

export const ANNEX_B_NOTE: string =
  'Annex B gives practical implementation guidance for every Annex A control and numbers it to match, swapping the A prefix for B, so B.6.2.4 is the guidance for control A.6.2.4.';

export const ANNEX_C: readonly AnnexCItem[] = [
  // Objectives (C.2)
  {
    id: 'accountability',
    name: 'Accountability',
    type: 'objective',
    summary: 'Someone can be held answerable for what an AI system does and for the decisions made with it.',
    aliases: ['answerability', 'ai accountability'],
  },
  {
    id: 'ai-expertise',
    name: 'AI expertise',
    type: 'objective',
    summary: 'The organisation has people with the right specialist skills to build, assess and oversee its AI systems.',
    aliases: ['ai competence', 'ai skills', 'ai literacy'],
  },
  {
    id: 'training-test-data',
    name: 'Availability and quality of training and test data',
    type: 'objective',
    summary: 'Enough suitable, representative and well-managed data exists to train and test AI systems properly.',
    aliases: ['training data', 'test data', 'data quality', 'validation data'],
  },
  {
    id: 'environmental-impact',
    name: 'Environmental impact',
    type: 'objective',
    summary: 'The energy, resource and other environmental effects of developing and running AI are considered and kept in check.',
    aliases: ['sustainability', 'energy consumption', 'carbon footprint', 'environmental sustainability'],
  },
  {
    id: 'fairness',
    name: 'Fairness',
    type: 'objective',
    summary: 'AI systems avoid unjustified differences in how they treat people or groups.',
    aliases: ['bias', 'non-discrimination', 'discrimination', 'equitable treatment'],
  },
  {
    id: 'maintainability',
    name: 'Maintainability',
    type: 'objective',
    summary: 'AI systems can be updated, corrected and adapted over time without undue effort or loss of control.',
    aliases: ['maintainable', 'model maintenance'],
  },
  {
    id: 'privacy',
    name: 'Privacy',
    type: 'objective',
    summary: 'Personal information used or produced by AI systems is protected and handled lawfully.',
    aliases: ['data protection', 'personal data', 'pii'],
  },
  {
    id: 'robustness',
    name: 'Robustness',
    type: 'objective',
    summary: 'AI systems keep performing acceptably when inputs or conditions differ from what they were trained on.',
    aliases: ['robust', 'model robustness', 'adversarial robustness'],
  },
  {
    id: 'safety',
    name: 'Safety',
    type: 'objective',
    summary: 'AI systems do not put people, property or the environment in unacceptable danger.',
    aliases: ['harm to people', 'physical harm'],
  },
  {
    id: 'security',
    name: 'Security',
    type: 'objective',
    summary: 'AI systems and their data are protected against attacks such as data poisoning, model theft and adversarial inputs.',
    aliases: ['cybersecurity', 'information security', 'adversarial attacks', 'data poisoning'],
  },
  {
    id: 'transparency-explainability',
    name: 'Transparency and explainability',
    type: 'objective',
    summary: 'Stakeholders can get suitable information about how an AI system works and why it produced a given result.',
    aliases: ['transparency', 'explainability', 'interpretability', 'explainable ai', 'xai'],
  },

  // Risk sources (C.3)
  {
    id: 'complexity-of-environment',
    name: 'Complexity of environment',
    type: 'risk-source',
    summary: 'When the setting an AI system operates in is varied or unpredictable, it is harder to foresee every situation it will meet.',
    aliases: ['environmental complexity', 'complex environment', 'open environment'],
  },
  {
    id: 'lack-of-transparency',
    name: 'Lack of transparency and explainability',
    type: 'risk-source',
    summary: 'If nobody can see or explain how a system reaches its outputs, errors and unfairness are harder to spot and challenge.',
    aliases: ['black box', 'opacity', 'opaque model', 'lack of explainability'],
  },
  {
    id: 'level-of-automation',
    name: 'Level of automation',
    type: 'risk-source',
    summary: 'The more an AI system acts without human involvement, the more its mistakes can spread before anyone steps in.',
    aliases: ['automation level', 'degree of automation', 'automated decision-making', 'fully automated'],
  },
  {
    id: 'machine-learning',
    name: 'Risk sources related to machine learning',
    type: 'risk-source',
    summary: 'Systems that learn from data inherit problems from that data and learning process, such as bias, drift or poor generalisation.',
    aliases: ['machine learning', 'ml risks', 'model drift', 'data drift'],
  },
  {
    id: 'system-hardware-issues',
    name: 'System hardware issues',
    type: 'risk-source',
    summary: 'Faults, limits or differences in the hardware an AI system runs on can change or break its behaviour.',
    aliases: ['hardware issues', 'hardware failure', 'hardware faults'],
  },
  {
    id: 'system-life-cycle-issues',
    name: 'System life cycle issues',
    type: 'risk-source',
    summary: 'Weak practices at any stage from design to retirement, such as poor testing or unmanaged changes, can introduce risk.',
    aliases: ['life cycle issues', 'lifecycle issues', 'lifecycle risks'],
  },
  {
    id: 'technology-readiness',
    name: 'Technology readiness',
    type: 'risk-source',
    summary: 'New or immature techniques may behave in unexpected ways because they lack a track record.',
    aliases: ['technology maturity', 'immature technology', 'emerging technology'],
  },
];

export const ANNEX_D: readonly AnnexDSector[] = [
  {
    id: 'healthcare',
    name: 'Healthcare',
    note: 'AI in diagnosis, treatment or care decisions can directly affect patient safety and involves highly sensitive health data.',
    relatedStandards: ['ISO 13485', 'ISO 14971', 'ISO/IEC 27701'],
    riskSources: ['machine-learning', 'lack-of-transparency', 'level-of-automation'],
  },
  {
    id: 'defence',
    name: 'Defence',
    note: 'Defence uses raise questions of human control over consequential decisions, security of systems and data, and reliability under hostile conditions.',
    relatedStandards: ['ISO/IEC 27001'],
    riskSources: ['level-of-automation', 'complexity-of-environment', 'technology-readiness'],
  },
  {
    id: 'finance',
    name: 'Finance',
    note: 'Credit, insurance, trading and fraud models shape people\'s access to money and are closely watched by regulators for fairness and explainability.',
    relatedStandards: ['ISO/IEC 27001', 'ISO/IEC 27701'],
    riskSources: ['lack-of-transparency', 'machine-learning', 'level-of-automation'],
  },
  {
    id: 'transport',
    name: 'Transport',
    note: 'Driver assistance, autonomous vehicles and traffic management put AI into safety-critical settings where failures can cause physical harm.',
    relatedStandards: ['ISO 26262', 'ISO 21448'],
    riskSources: ['complexity-of-environment', 'system-hardware-issues', 'level-of-automation'],
  },
  {
    id: 'employment',
    name: 'Employment',
    note: 'AI used for hiring, performance or workforce decisions can affect livelihoods and may treat candidates or workers unfairly.',
    relatedStandards: ['ISO/IEC 27701', 'ISO 10667'],
    riskSources: ['machine-learning', 'lack-of-transparency', 'level-of-automation'],
  },
  {
    id: 'energy',
    name: 'Energy',
    note: 'AI that forecasts demand or controls grids and plants affects critical infrastructure, where reliability and security failures have wide knock-on effects.',
    relatedStandards: ['ISO 50001', 'ISO/IEC 27001'],
    riskSources: ['complexity-of-environment', 'system-hardware-issues', 'system-life-cycle-issues'],
  },
  {
    id: 'public-sector',
    name: 'Public sector',
    note: 'Government use of AI touches citizens\' rights and access to services, so transparency, accountability and fairness carry extra weight.',
    relatedStandards: ['ISO/IEC 38507', 'ISO/IEC 27001', 'ISO/IEC 27701'],
    riskSources: ['lack-of-transparency', 'level-of-automation', 'machine-learning'],
  },
  {
    id: 'integration',
    name: 'Integration with other management systems',
    note: 'The AI management system shares its clause structure with other management-system standards, so it can be run alongside and combined with existing security, privacy and quality systems rather than built from scratch.',
    relatedStandards: ['ISO/IEC 27001', 'ISO/IEC 27701', 'ISO 9001', 'ISO/IEC 23894', 'ISO/IEC 22989', 'ISO/IEC 38507'],
    riskSources: ['system-life-cycle-issues'],
  },
];

/**
 * missing-documented-information (rules/missingDocumentedInformation.ts): documented
 * information a clause asks for that no document provides, one finding per clause on the
 * workspace's anchor document (the AI policy, else the scope, else the shallowest AIMS
 * document); only in a workspace with three relevant documents, one of a known kind. A
 * template, a retired document and an archived copy provide nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../support/check.js';
import type { Finding } from '../../server/src/core/index.js';

const codes = ['missing-documented-information'];

function declared(kind: string, id: string, title: string, extra = ''): string {
  return `---
aims:
  kind: ${kind}
  id: ${id}
  title: ${title}
  owner: Head of AI Governance
  version: "1.0"
  status: approved${extra}
---`;
}

/** Everything but the internal audit (9.2.2) and the management review (9.3.3), by kind or by declared clauses. */
const MANUAL: string = `//- governance/aims-manual.md
---
aims:
  id: MAN-001
  title: AIMS manual
  clauses: ["6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.2", "7.2", "8.1", "8.2", "8.3", "8.4", "9.1", "10.2"]
---
# AIMS manual
How Kestrel Analytics runs its ISO/IEC 42001 AIMS.

${soa(0)}`;

/** The statement of applicability, with `anchored` annotations on its title when it is the anchor. */
function soa(anchored: number): string {
  return `//- governance/soa.md
${declared('soa', 'SOA-001', 'Statement of applicability')}
# Statement of applicability
${'^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-documented-information\n'.repeat(anchored)}| Control | Applicable | Justification |
|---|---|---|
| A.2.2 | Yes | We publish an AI policy. |
`;
}

function clausesOf(findings: readonly Finding[]): string[] {
  return findings.map((f) => String(f.data?.['clause'])).sort();
}

test('missing-documented-information: one finding per clause, on the AI policy', async () => {
  const findings = await check(
    `
//- governance/ai-policy.md
${declared('policy', 'POL-001', 'AI policy')}
# AI policy
^^^^^^^^^^^ missing-documented-information
^^^^^^^^^^^ missing-documented-information

//- governance/scope.md
${declared('scope', 'SCO-001', 'AIMS scope')}
# AIMS scope

${MANUAL}`,
    { codes },
  );
  assert.deepEqual(clausesOf(findings), ['9.2.2', '9.3.3']);
  assert.ok(findings.every((f) => f.severity === 'information'));
});

test('missing-documented-information: without a policy on the scope, without either on the shallowest document of a known kind', async () => {
  const onScope = await check(
    `
//- governance/scope.md
${declared('scope', 'SCO-001', 'AIMS scope')}
# AIMS scope
^^^^^^^^^^^^ missing-documented-information
^^^^^^^^^^^^ missing-documented-information
^^^^^^^^^^^^ missing-documented-information

${MANUAL}`,
    { codes },
  );
  assert.deepEqual(clausesOf(onScope), ['5.2', '9.2.2', '9.3.3']);
  // A document of a known kind comes before a shallower one of no kind (a read-me, the manual).
  const onSoa = await check(
    `
//- risk/deep/register.md
${declared('risk-register', 'RR-001', 'AI risk register')}
# AI risk register
| ID | Risk | Likelihood | Impact |
|---|---|---|---|
| R-001 | Drift | 3 | 3 |

//- README.md
# Our AIMS
Kestrel Analytics' ISO/IEC 42001 documents.

${MANUAL.replace(soa(0), soa(4))}`,
    { codes },
  );
  assert.deepEqual(clausesOf(onSoa), ['4.3', '5.2', '9.2.2', '9.3.3']);
});

test('missing-documented-information: not in a workspace with fewer than three AIMS documents, or none of a known kind', async () => {
  await check(
    `
//- governance/ai-policy.md
${declared('policy', 'POL-001', 'AI policy')}
# AI policy

//- governance/scope.md
${declared('scope', 'SCO-001', 'AIMS scope')}
# AIMS scope
`,
    { codes },
  );
  await check(
    `
//- notes/one.md
# Reading notes
What ISO/IEC 42001 asks of a policy.

//- notes/two.md
# More notes
What ISO/IEC 42001 asks of a risk assessment.

//- notes/three.md
# Last notes
What ISO/IEC 42001 asks of an audit.
`,
    { codes },
  );
});

test('missing-documented-information: a template, a retired document and an archived copy provide nothing; a current record does', async () => {
  const findings = await check(
    `
//- governance/ai-policy.md
${declared('policy', 'POL-001', 'AI policy')}
# AI policy
^^^^^^^^^^^ missing-documented-information

//- governance/scope.md
${declared('scope', 'SCO-001', 'AIMS scope')}
# AIMS scope

//- records/management-review-template.md
# Management Review Minutes
**Meeting date:** ______________
**Chair:** ______________
**Attendees:** ______________
[Organisation Name] reviews its ISO/IEC 42001 AIMS.

//- records/management-review-2024.md
${declared('management-review', 'MR-2024', 'Management review 2024').replace('status: approved', 'status: retired')}
# Management review 2024

//- archive/management-review-2025.md
${declared('management-review', 'MR-2025', 'Management review 2025')}
# Management review 2025

//- records/audit-2026.md
${declared('audit-report', 'AUD-2026', 'Internal audit report 2026')}
# Internal audit report 2026

${MANUAL}`,
    { codes },
  );
  assert.deepEqual(clausesOf(findings), ['9.3.3']);
});

test('missing-documented-information: documents of no kind titled in another language make one notice of what cannot be judged', async () => {
  const findings = await check(
    `
//- 01/AI方針.md
# AI方針
当社はAIを責任をもって利用する。ISO/IEC 42001 に基づく。

//- 01/AIMS適用範囲.md
# AIMS適用範囲
全てのAIシステムを対象とする。ISO/IEC 42001。

//- 02/適用宣言書.md
---
aims:
  kind: soa
---
# 適用宣言書
^^^^^^^ missing-documented-information 2 documents of this workspace have titles in a language
| 管理策 | 適用 | 理由 |
|---|---|---|
| A.2.2 | ○ | 方針が必要 |
`,
    { codes },
  );
  assert.match(findings[0]!.message, /\("AIMS適用範囲", "AI方針"\), so it cannot tell whether they provide the documented information clauses 4\.3, 5\.2,/);
});

test('missing-documented-information: an AIMS whose every title is in another language (none of a known kind) is told what cannot be judged', async () => {
  await check(
    `
//- docs/escopo.md
# Escopo do Sistema de Gestão de IA (SGIA)

//- docs/politica-de-ia.md
# Política de IA
O SGIA do Banco segue a ISO/IEC 42001.

//- docs/avaliacao-de-impacto.md
# Avaliação de Impacto no âmbito do SGIA: Crédito
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-documented-information 3 documents of this workspace have titles in a language
| Grupo afetado | Impacto | Mitigação |
|---|---|---|
| Clientes | Recusa indevida | Revisão humana (A.9.2) |
`,
    { codes },
  );
});

test('missing-documented-information: English titles using "per", "met", "van" or "do" are no other language', async () => {
  // One notice for each of the 15 clauses this workspace leaves without a document.
  const findings = await check(
    `
//- governance/ai-policy.md
# AI policy (ISO/IEC 42001)
${'^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-documented-information\n'.repeat(15)}## Purpose
We use AI responsibly.

//- notes/delivery-van-routing.md
# Delivery van routing: risks per depot (ISO/IEC 42001)

//- notes/targets-met.md
# Targets met and what we do next (ISO/IEC 42001)

//- governance/soa.md
---
aims:
  kind: soa
---
# Statement of applicability
| Control | Applicable | Justification |
|---|---|---|
| A.2.2 | Yes | Needed |
`,
    { codes },
  );
  // One notice per clause: none folded into a notice about titles in another language.
  assert.ok(findings.every((f) => f.message.startsWith('Clause ')), findings.map((f) => f.message).join('\n'));
});

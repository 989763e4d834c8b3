/**
 * Documents that lean on each other, for differential tests of what the workspace keeps
 * between edits: registers defining a few shared risk IDs (sometimes twice, sometimes
 * retired), documents citing them, a treatment plan, a risk assessment process stating a
 * method, statements of applicability deciding the same controls both ways. Small sets of
 * IDs, so that definitions, citations and decisions meet across files.
 */
import fc from 'fast-check';

const riskId = fc.constantFrom('R-001', 'R-002', 'R-003');
const control = fc.constantFrom('A.2.2', 'A.5.4', 'A.6.2.6');
const status = fc.constantFrom('draft', 'approved', 'retired');
const head = (kind: string, id: string, st: string) => `---\naims:\n  kind: ${kind}\n  id: ${id}\n  title: ${kind}\n  owner: Owner\n  version: "1"\n  status: ${st}\n---\n`;

const register = fc
  .tuple(fc.array(fc.tuple(riskId, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.boolean()), { minLength: 1, maxLength: 4 }), status, fc.nat(3))
  .map(([rows, st, pad]) => `${'\n'.repeat(pad)}${head('risk-register', 'RR-1', st)}# Register\n\n| ID | Risk | Owner | Likelihood | Impact | Level | Treatment |\n|---|---|---|---|---|---|---|\n${rows.map(([id, l, i, t]) => `| ${id} | Risk | CPO | ${l} | ${i} | ${l * i > 8 ? 'High' : 'Low'} | ${t ? 'modify' : ''} |`).join('\n')}\n`);
const citing = fc
  .tuple(fc.array(riskId, { maxLength: 3 }), fc.array(control, { maxLength: 2 }), fc.constantFrom('policy', 'risk-treatment-plan', 'monitoring-report'), status)
  .map(([risks, controls, kind, st]) => `${head(kind, 'DOC-1', st)}# Document\n\nUnder ISO/IEC 42001 we treat ${risks.join(', ') || 'nothing'} with ${controls.join(' and ') || 'no control'}.\n`);
const soa = fc
  .tuple(fc.array(fc.tuple(control, fc.boolean()), { minLength: 1, maxLength: 3 }), status)
  .map(([rows, st]) => `${head('soa', 'SOA-1', st)}# SoA\n\n| Control | Applicable | Justification | Status |\n|---|---|---|---|\n${rows.map(([c, a]) => `| ${c} | ${a ? 'Yes' : 'No'} | Reason | implemented |`).join('\n')}\n`);
// A stated method: bands as a line, a likelihood scale as a table (1-3 or 1-5), so that the
// registers' ratings are in or out of scale depending on it.
const process = fc
  .tuple(fc.constantFrom(3, 5), fc.constantFrom('Low 1 to 8 / Medium 9 to 15 / High 16 to 25', 'Low 1 to 4 / Medium 5 to 9 / High 10 to 25'), status)
  .map(
    ([max, bands, st]) =>
      `${head('risk-assessment-process', 'RAP-1', st)}# Process\n\nRatings: ${bands}.\n\n### Likelihood scale\n\n| Value | Descriptor |\n|---|---|\n${['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'].slice(0, max).map((d, i) => `| ${i + 1} | ${d} |`).join('\n')}\n`,
  );

/** [extension, text] of one such document. */
export const CROSS_FILE_DOCS: fc.Arbitrary<readonly [string, string]> = fc.oneof(register, citing, soa, process).map((t) => ['md', t] as const);

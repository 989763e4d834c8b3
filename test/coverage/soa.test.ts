/**
 * The statement of applicability generated from the workspace (Markdown, YAML,
 * CSV) and its update: what people wrote by hand survives, missing controls
 * get rows, the engine reads the result back to the same decisions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCoverageModel, generateSoa, parseDocument, updateSoa, type AimsDocument, type AimsLanguageService, type CoverageModel } from '../../server/src/core/index.js';
import { workspace } from '../support/check.js';
import { uriOf } from '../support/memoryHost.js';
import { parseFixture } from '../support/fixture.js';
import { COMPLETE, PARTIAL, head } from '../fixtures/coverage/workspaces.js';
import { ANNEX_A } from '../rules/annexA.js';

async function modelOf(fixture: string): Promise<{ service: AimsLanguageService; model: CoverageModel }> {
  const { service, host } = await workspace(fixture);
  return { service, model: computeCoverageModel(service, { files: (await host.listFiles()).map((f) => f.relativePath) }) };
}

function parse(service: AimsLanguageService, path: string, text: string): AimsDocument {
  return parseDocument({ uri: uriOf(path), relativePath: path, text, version: 1, config: service.config });
}

/** A workspace whose file `path` is replaced by `text` (and the files `removed` taken out). */
function withFile(fixture: string, path: string, text: string, removed: readonly string[] = []): string {
  const files: Record<string, string> = { ...parseFixture(fixture).files, [path]: text };
  for (const r of removed) delete files[r];
  return Object.entries(files)
    .map(([p, t]) => `//- ${p}\n${t}`)
    .join('\n');
}

const decisions = (doc: AimsDocument) => Object.fromEntries(doc.soa.map((e) => [e.controlId, e.applicable ?? 'undecided']));

test('generated Markdown SoA: every control, read back to the workspace decisions, clean under the SoA rules', async () => {
  const { service, model } = await modelOf(COMPLETE);
  const md = generateSoa(model, 'markdown');
  const doc = parse(service, 'risk/soa.md', md);
  assert.equal(doc.meta.kind, 'soa');
  assert.deepEqual(doc.soa.map((e) => e.controlId), ANNEX_A);
  assert.deepEqual(decisions(doc), Object.fromEntries(model.annexA.controls.map((c) => [c.id, c.decision === 'undecided' ? 'undecided' : c.decision === 'applicable'])));
  assert.match(md, /^\*\*Summary:\*\* 38 controls: 35 applicable, 3 excluded, 0 undecided\.$/m);
  assert.match(md, /^\| A\.9\.2 \| Processes for responsible use of AI systems \| Yes \| Needed for our AI systems \| implemented \| POL-999 \|$/m);
  assert.match(md, /^\| A\.10\.4 \| Customers \| No \| Not relevant to our products \| not applicable \| SCOPE-001 \|$/m);
  const { service: s2 } = await workspace(withFile(COMPLETE, 'risk/soa.md', md));
  const codes = s2.getFindings(uriOf('risk/soa.md')).map((f) => f.code).filter((c) => c.startsWith('soa-') || c === 'schema' || c === 'missing-section');
  assert.deepEqual(codes, []);
});

test('generated YAML SoA: undecided controls have no "applicable" yet, so soa-missing-control asks for each and schema stays quiet', async () => {
  const { service, model } = await modelOf(PARTIAL);
  const yaml = generateSoa(model, 'yaml');
  const doc = parse(service, 'risk/soa.yaml', yaml);
  assert.equal(doc.soa.length, 38);
  assert.equal(doc.soa.filter((e) => e.applicable === undefined).length, 29);
  assert.match(yaml, /^ {2}- id: A\.3\.2\n {4}title: AI roles and responsibilities\n {4}applicable: true\n {4}justification: Ownership\n {4}status: planned\n {4}evidence: \[ROLES-001, roles\/raci\.xlsx\]$/m);
  assert.match(yaml, /^ {2}- id: A\.3\.3\n {4}title: Reporting of concerns\n {4}# applicable: true or false \(undecided\)\n {4}justification: To be decided\n/m);
  const { service: s2 } = await workspace(withFile(PARTIAL, 'risk/soa.yaml', yaml));
  const findings = s2.getFindings(uriOf('risk/soa.yaml'));
  assert.equal(findings.filter((f) => f.code === 'soa-missing-control').length, 29);
  assert.deepEqual(findings.filter((f) => f.code === 'schema' || f.code === 'yaml-syntax'), []);
});

test('CSV: a header and one quoted-as-needed line per control', async () => {
  const { model } = await modelOf(PARTIAL);
  const lines = generateSoa(model, 'csv').split('\r\n');
  assert.equal(lines[0], 'control,title,applicable,justification,status,evidence');
  assert.equal(lines.length, 40, '38 controls, a header and the final line break');
  assert.equal(lines[1], 'A.2.2,AI policy,yes,Policy direction,implemented,POL-001');
  assert.equal(lines[3], 'A.2.4,Review of the AI policy,no,Reviewed with the ISMS policy,not applicable,');
  assert.equal(lines[4], 'A.3.2,AI roles and responsibilities,yes,Ownership,planned,ROLES-001; roles/raci.xlsx');
  assert.equal(lines[5], 'A.3.3,Reporting of concerns,undecided,To be decided,,');
  assert.equal(lines[15], 'A.6.1.2,Objectives for responsible development of AI system,undecided,,,');
});

for (const format of ['markdown', 'yaml'] as const)
  test(`SoA round trip (${format}): a justification edited by hand survives regeneration; removed controls come back`, async () => {
    const path = format === 'markdown' ? 'risk/soa.md' : 'risk/soa.yaml';
    const { model } = await modelOf(COMPLETE);
    const generated = generateSoa(model, format);
    const mine = 'We do not buy data; re-check | yearly';
    // By hand: a new justification for A.7.3, and the rows of A.2.2 (first), A.6.2.4 and A.10.4 (last) deleted.
    let edited: string;
    if (format === 'markdown') {
      edited = generated.replace('| A.7.3 | Acquisition of data | No | Not relevant to our products |', `| A.7.3 | Acquisition of data | No | ${mine.replace('|', '\\|')} |`);
      edited = edited
        .split('\n')
        .filter((l) => !/^\| A\.(?:2\.2|6\.2\.4|10\.4) \|/.test(l))
        .join('\n');
    } else {
      edited = generated.replace(/(- id: A\.7\.3\n {4}title: .*\n {4}applicable: false\n {4}justification: ).*/, `$1"${mine}"`);
      for (const id of ['A.2.2', 'A.6.2.4', 'A.10.4']) edited = edited.replace(new RegExp(`\\n {2}- id: ${id.replace(/\./g, '\\.')}\\n(?: {4}.*\\n)+`), '\n');
      edited = edited.replace(/\n\n\n/g, '\n\n').replace(/\n\n$/, '\n');
    }
    assert.notEqual(edited, generated);
    // The edited file is now the workspace's SoA: regenerate it from the workspace, with itself as input.
    // (The YAML SoA replaces the Markdown one, which would otherwise still decide the controls removed here.)
    const removed = format === 'yaml' ? ['risk/soa.md'] : [];
    const { service: s2, model: m2 } = await modelOf(withFile(COMPLETE, path, edited, removed));
    const doc = s2.getDocument(uriOf(path))!;
    assert.equal(doc.soa.length, 35);
    const updated = updateSoa(doc, m2);
    const back = parse(s2, path, updated);
    assert.deepEqual(back.soa.map((e) => e.controlId), ANNEX_A, 'every control, in catalogue order');
    assert.equal(back.soa.find((e) => e.controlId === 'A.7.3')!.attributes.get('justification')!.text.replace('\\|', '|'), mine);
    // Rows the file lacks and the workspace no longer decides come back undecided, for a person to decide.
    for (const id of ['A.2.2', 'A.6.2.4', 'A.10.4']) assert.equal(back.soa.find((e) => e.controlId === id)!.applicable, undefined, id);
    // Nothing written by hand is lost: removing the inserted rows gives the edited text back.
    const insertedIds = /A\.(?:2\.2|6\.2\.4|10\.4)\b/;
    const strip = (t: string) =>
      format === 'markdown'
        ? t.split('\n').filter((l) => !(l.startsWith('| A.') && insertedIds.test(l.slice(0, 12)))).join('\n')
        : t.replace(/ {2}- id: A\.(?:2\.2|6\.2\.4|10\.4)\n(?: {4}.*(?:\n|$))+/g, '').replace(/\n{2,}/g, '\n');
    const same = (t: string) => (format === 'markdown' ? t : t.replace(/\n{2,}/g, '\n')).replace(/\*\*Summary:\*\*.*/, '');
    assert.equal(same(strip(updated)), same(edited));
    if (format === 'markdown') assert.match(updated, /^\*\*Summary:\*\* 38 controls: 33 applicable, 2 excluded, 3 undecided\.$/m);
    // Regenerating again changes nothing more.
    const { service: s3, model: m3 } = await modelOf(withFile(COMPLETE, path, updated, removed));
    assert.equal(updateSoa(s3.getDocument(uriOf(path))!, m3), updated);
  });

test('update of a hand-written Markdown SoA: the table keeps its columns, layout and words; new rows sit by their neighbours', async () => {
  const soa = `${head('soa', 'SOA-001')}
# Statement of applicability

Intro written by hand.

Control | Included | Owner | Why | Implementation
--- | --- | --- | --- | ---
A.2.2 AI policy | ✅ | CEO | Direction | implemented
A.2.4 Review of the AI policy | ❌ | CEO | Yearly policy cycle covers it | not applicable
${ANNEX_A.slice(3).map((id) => `${id} | ✅ | CTO | Needed | implemented`).join('\n')}

Closing note written by hand.
`;
  const fixture = `//- governance/policy.md\n${head('policy', 'POL-001', 'approved', '\n  controls: [A.2.3]')}\n# AI policy\n//- risk/soa.md\n${soa}`;
  const { service, model } = await modelOf(fixture);
  const updated = updateSoa(service.getDocument(uriOf('risk/soa.md'))!, model);
  const added = updated.split('\n').filter((l) => !soa.split('\n').includes(l));
  const row = 'A.2.3 Alignment with other organizational policies | Undecided | | |';
  assert.deepEqual(added, [row]);
  assert.equal(updated, soa.replace('| Direction | implemented\n', `| Direction | implemented\n${row}\n`));
});

test('update: a Markdown SoA without a table gets one; a YAML SoA without a list gets one', async () => {
  const { service, model } = await modelOf(PARTIAL);
  const md = `${head('soa', 'SOA-009', 'draft')}\n# Statement of applicability\n\nTo be written.\n`;
  const outMd = updateSoa(parse(service, 'soa/new.md', md), model);
  assert.ok(outMd.startsWith(md + '\n| Control | Title | Applicable | Justification | Status | Evidence |\n|---|'));
  assert.equal(parse(service, 'soa/new.md', outMd).soa.length, 38);
  const yaml = 'aims:\n  kind: soa\n  id: SOA-010\n  title: SoA\n  owner: CISO\n  version: "1"\n  status: draft\n';
  const outYaml = updateSoa(parse(service, 'soa/new.yaml', yaml), model);
  assert.ok(outYaml.startsWith(yaml + 'controls:\n  - id: A.2.2\n    title: AI policy\n    applicable: true\n'));
  const back = parse(service, 'soa/new.yaml', outYaml);
  assert.deepEqual([back.soa.length, back.soa.filter((e) => e.applicable !== undefined).length, back.problems.length], [38, 9, 0]);
});

test('update: in CRLF and lone-CR files the new table is written with the file\'s own line breaks, after one blank line', async () => {
  const { service, model } = await modelOf(PARTIAL);
  for (const ending of ['', '\n', '\n\n'])
    for (const eol of ['\r\n', '\r']) {
      const md = `${head('soa', 'SOA-009', 'draft')}\n# Statement of applicability\n\nTo be written.${ending}`;
      const lf = updateSoa(parse(service, 'soa/new.md', md), model);
      const out = updateSoa(parse(service, 'soa/new.md', md.replace(/\n/g, eol)), model);
      assert.equal(out, lf.replace(/\n/g, eol), `${JSON.stringify(eol)}, text ending in ${JSON.stringify(ending)}`);
      assert.ok(lf.includes('To be written.\n\n| Control |'), lf.slice(0, 300));
    }
});

test('update: a control the file lacks takes the decision another statement of applicability in force gives it', async () => {
  const yaml = `aims:\n  kind: soa\n  id: SOA-020\n  title: SoA for one product\n  owner: CISO\n  version: "1"\n  status: draft\ncontrols:\n${ANNEX_A.filter((id) => id !== 'A.10.4').map((id) => `  - id: ${id}\n    applicable: true\n    justification: Needed\n    status: implemented`).join('\n')}\n`;
  const { service, model } = await modelOf(withFile(COMPLETE, 'products/soa.yaml', yaml));
  const updated = updateSoa(service.getDocument(uriOf('products/soa.yaml'))!, model);
  assert.equal(
    updated,
    yaml + '  - id: A.10.4\n    applicable: false\n    justification: Not relevant to our products\n    status: not applicable\n    evidence: [SCOPE-001]\n',
  );
});

/** Rename: risk, AI system and document IDs everywhere; controls and clauses refused; the new name checked. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atCursor, applyEdits } from '../support/cursor.js';
import { pathOf } from '../support/memoryHost.js';
import { getRename, prepareRename } from '../../server/src/core/index.js';

const REGISTER = `aims:
  kind: risk-register
  id: RR-001
  title: AI risk register
  owner: CRO
  version: "1"
  status: draft
risks:
  - id: "R-001"
    title: Biased ranking
    systems: [SYS-001]
  - id: R-002
    title: Drift
`;

const RECORD = `---
aims:
  kind: ai-system
  id: SYS-001
  title: TalentMatch
  owner: CPO
  version: "1"
  status: draft
  risks: [R-001, R-002]
---
# TalentMatch
R-001 applies (R-0011 and RR-001 are other IDs); see POL-001. Controls: A.5.4.
`;

/** Windows line endings: they must survive the edits. */
const SOA = `# Statement of applicability\r
ISO/IEC 42001, document SOA-001.\r
\r
| Control | Title | Applicable | Justification | Status |\r
|---|---|---|---|---|\r
| A.5.4 | Impact on individuals | Yes | R-001 and SYS-001 | Implemented |\r
`;

const DOCUMENTS = `# ISO/IEC 42001 master document list
| ID | Title |
|---|---|
| POL-001 | AI policy |
| SOA-001 | Statement of applicability |
`;

const POLICY = `---
aims: { kind: policy, id: 'POL-001', title: AI policy, owner: CEO, version: "1", status: draft }
---
# AI policy
Risk R-001 is the main concern.
`;

const NOTES = `Meeting notes: R-001 came up again.
`;

const FILES: Record<string, string> = {
  'risk/register.yaml': REGISTER,
  'systems/talentmatch.md': RECORD,
  'risk/soa.md': SOA,
  'governance/documents.md': DOCUMENTS,
  'governance/policy.md': POLICY,
  'notes/meeting.md': NOTES,
};

/** A fixture of FILES with the cursor placed where `needle` (holding `$0`) stands in `path`. */
function fixture(path: string, needle: string, files: Record<string, string> = FILES): string {
  const plain = needle.replace('$0', '');
  assert.ok(files[path]!.includes(plain), `"${plain}" not in ${path}`);
  return Object.entries(files)
    .map(([p, text]) => `//- ${p}\n${p === path ? text.replace(plain, needle) : text}`)
    .join('\n');
}

/** Rename at the cursor and return every changed file's new text (unchanged files are left out). */
async function rename(path: string, needle: string, newName: string, options: { settings?: unknown } = {}): Promise<Record<string, string> | string> {
  const { service, uri, position } = await atCursor(fixture(path, needle), options);
  const result = getRename(service, uri, position, newName);
  if ('error' in result) return result.error;
  const out: Record<string, string> = {};
  for (const [u, edits] of Object.entries(result.edit.changes)) {
    const doc = service.getDocument(u)!;
    out[pathOf(u)] = applyEdits(doc.text, edits, (p) => doc.lines.offsetAt(p));
  }
  return out;
}

test('rename: a risk from a Markdown citation, in YAML (quotes kept), Markdown, a CRLF table and an unindexed note', async () => {
  const changed = await rename('systems/talentmatch.md', 'R-0$001 applies', 'R-010');
  assert.deepEqual(changed, {
    'risk/register.yaml': REGISTER.replace('"R-001"', '"R-010"'),
    'systems/talentmatch.md': RECORD.replace('[R-001, R-002]', '[R-010, R-002]').replace('R-001 applies', 'R-010 applies'),
    'risk/soa.md': SOA.replace('| R-001 and', '| R-010 and'),
    'governance/policy.md': POLICY.replace('Risk R-001', 'Risk R-010'),
    'notes/meeting.md': NOTES.replace('R-001', 'R-010'),
  });
  assert.ok((changed as Record<string, string>)['risk/soa.md']!.split('\n').slice(0, -1).every((l) => l.endsWith('\r')), 'CRLF kept');
});

test('rename: a risk from its quoted YAML definition, the cursor at the end of the ID', async () => {
  const changed = await rename('risk/register.yaml', 'id: "R-001$0"', 'RISK-0001');
  assert.equal(typeof changed, 'object');
  assert.deepEqual(Object.keys(changed).sort(), ['governance/policy.md', 'notes/meeting.md', 'risk/register.yaml', 'risk/soa.md', 'systems/talentmatch.md']);
  assert.equal((changed as Record<string, string>)['risk/register.yaml'], REGISTER.replace('"R-001"', '"RISK-0001"'));
});

test('rename: an AI system defined by the aims.id of its record', async () => {
  const changed = await rename('risk/register.yaml', 'systems: [SYS-0$001]', 'SYS-042');
  assert.deepEqual(changed, {
    'risk/register.yaml': REGISTER.replace('[SYS-001]', '[SYS-042]'),
    'systems/talentmatch.md': RECORD.replace('id: SYS-001', 'id: SYS-042'),
    'risk/soa.md': SOA.replace('and SYS-001', 'and SYS-042'),
  });
});

test('rename: a document, from its aims.id, including the row of a master list', async () => {
  const changed = await rename('governance/policy.md', "id: 'POL$0-001'", 'POL-100');
  assert.deepEqual(changed, {
    'governance/policy.md': POLICY.replace("'POL-001'", "'POL-100'"),
    'governance/documents.md': DOCUMENTS.replace('| POL-001 |', '| POL-100 |'),
    'systems/talentmatch.md': RECORD.replace('see POL-001', 'see POL-100'),
  });
});

test('rename: a dangling ID (cited, defined nowhere) is renamed where cited', async () => {
  const changed = await rename('risk/soa.md', 'document SOA$0-001', 'SOA-002');
  assert.deepEqual(changed, { 'risk/soa.md': SOA.replace('SOA-001', 'SOA-002'), 'governance/documents.md': DOCUMENTS.replace('SOA-001', 'SOA-002') });
});

const refusals: { name: string; path: string; needle: string; newName: string; error: string }[] = [
  { name: 'a control ID', path: 'systems/talentmatch.md', needle: 'Controls: A.5$0.4', newName: 'A.5.5', error: 'A.5.4 is an Annex A ID of ISO/IEC 42001' },
  { name: 'a control ID in an SoA row', path: 'risk/soa.md', needle: '| A.5.4$0 |', newName: 'A.5.5', error: 'fixed by the standard' },
  { name: 'a clause', path: 'risk/soa.md', needle: 'ISO/IEC 42001$0,', newName: 'X', error: 'Only risk, AI system and document IDs' },
  { name: 'plain text', path: 'notes/meeting.md', needle: 'Meeting$0 notes', newName: 'R-005', error: 'Only risk, AI system and document IDs' },
  { name: 'an empty name', path: 'systems/talentmatch.md', needle: 'R-0$001 applies', newName: '', error: 'empty' },
  { name: 'a name with whitespace', path: 'systems/talentmatch.md', needle: 'R-0$001 applies', newName: 'R-0 10', error: 'whitespace' },
  { name: 'a name with a trailing newline', path: 'systems/talentmatch.md', needle: 'R-0$001 applies', newName: 'R-010\n', error: 'whitespace' },
  { name: 'a name not matching the risk pattern', path: 'systems/talentmatch.md', needle: 'R-0$001 applies', newName: 'X-010', error: 'does not match the configured pattern for risk IDs' },
  { name: 'a name that only contains a match', path: 'systems/talentmatch.md', needle: 'R-0$001 applies', newName: 'R-010-B', error: 'does not match' },
  { name: 'a lower-case name', path: 'systems/talentmatch.md', needle: 'R-0$001 applies', newName: 'r-010', error: 'does not match' },
  { name: 'a system name not matching the system pattern', path: 'systems/talentmatch.md', needle: 'id: SYS-$0001', newName: 'POL-009', error: 'AI system IDs' },
  { name: 'a risk ID defined already', path: 'systems/talentmatch.md', needle: 'R-0$001 applies', newName: 'R-002', error: 'R-002 is already defined (file:///ws/risk/register.yaml, line 12)' },
  { name: 'the same ID', path: 'systems/talentmatch.md', needle: 'R-0$001 applies', newName: 'R-001', error: 'already defined' },
  { name: 'a document ID defined already', path: 'governance/policy.md', needle: "'POL-0$001'", newName: 'RR-001', error: 'RR-001 is already defined' },
];

for (const r of refusals)
  test(`rename: refused for ${r.name}`, async () => {
    const result = await rename(r.path, r.needle, r.newName);
    assert.equal(typeof result, 'string', `expected an error, got edits ${JSON.stringify(result)}`);
    assert.ok((result as string).includes(r.error), `"${result as string}" should include "${r.error}"`);
  });

test('rename: the configured pattern decides (settings override the default)', async () => {
  const settings = { ids: { risk: '\\bRSK-\\d{3}\\b' } };
  const files = { 'reg.yaml': 'aims: { kind: risk-register, id: RR-001, title: R, owner: X, version: "1", status: draft }\nrisks:\n  - id: RSK-001\n    title: Bias\n', 'a.md': '# ISO/IEC 42001\nSee RSK-001.\n' };
  const { service, uri, position } = await atCursor(fixture('a.md', 'RSK-$0001', files), { settings });
  const refused = getRename(service, uri, position, 'R-002');
  assert.ok('error' in refused && refused.error.includes('RSK-'), JSON.stringify(refused));
  const ok = getRename(service, uri, position, 'RSK-002');
  assert.ok('edit' in ok);
  assert.deepEqual(Object.keys(ok.edit.changes).map(pathOf).sort(), ['a.md', 'reg.yaml']);
});

test('prepareRename: the ID at the cursor, at its start, middle and end; nothing on controls or text', async () => {
  const cases: [string, string, { range: string; placeholder: string } | undefined][] = [
    ['systems/talentmatch.md', '$0R-001 applies', { range: '11:0-11:5', placeholder: 'R-001' }],
    ['systems/talentmatch.md', 'R-001$0 applies', { range: '11:0-11:5', placeholder: 'R-001' }],
    ['risk/register.yaml', '"R-0$001"', { range: '8:9-8:14', placeholder: 'R-001' }],
    ['systems/talentmatch.md', 'id: SYS$0-001', { range: '3:6-3:13', placeholder: 'SYS-001' }],
    ['risk/soa.md', 'and SYS-001$0', { range: '5:50-5:57', placeholder: 'SYS-001' }],
    ['systems/talentmatch.md', 'Controls: A.5$0.4', undefined],
    ['notes/meeting.md', 'Meeting$0 notes', undefined],
  ];
  for (const [path, needle, expected] of cases) {
    const { service, uri, position } = await atCursor(fixture(path, needle));
    const p = prepareRename(service, uri, position);
    const actual = p && { range: `${p.range.start.line}:${p.range.start.character}-${p.range.end.line}:${p.range.end.character}`, placeholder: p.placeholder };
    assert.deepEqual(actual, expected, `${path}: ${needle}`);
  }
});

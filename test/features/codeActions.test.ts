/**
 * Code actions: each quick fix applied to a fixture must give exactly the
 * expected text (whole file compared, CRLF kept, files without a final line
 * break handled), and the engine run again on the fixed text must no longer
 * report what was fixed. Also: what is offered where, and what is not.
 * The cases are data, by rule, in codeActions/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KINDS, getCodeActions, type AimsLanguageService, type CodeActionResult, type Finding, type Position } from '../../server/src/core/index.js';
import { workspace, describeFinding } from '../support/check.js';
import { parseFixture } from '../support/fixture.js';
import { applyEdits } from '../support/cursor.js';
import { pathOf, uriOf } from '../support/memoryHost.js';
import { ALL_IDS, type FixCase, fm, soaMarkdown, toCrlf, TODAY, without } from './codeActions/case.js';
import { CONTROLS_CASES } from './codeActions/controls.js';
import { SECTIONS_CASES } from './codeActions/sections.js';
import { SOA_CASES } from './codeActions/soa.js';
import { RISKS_CASES } from './codeActions/risks.js';
import { DECLARATION_CASES } from './codeActions/declarations.js';
import { REGISTER_CASES } from './codeActions/registers.js';
import { OBJECTIVE_CASES } from './codeActions/objectives.js';
import { FRAMEWORK_CASES } from './codeActions/frameworks.js';

interface Opened {
  readonly service: AimsLanguageService;
  readonly uri: string;
  readonly position: Position;
}

/** The fixture's workspace, optionally with CRLF line ends, and the position of its `$0`. */
async function open(fixture: string, options: { crlf?: boolean } = {}): Promise<Opened> {
  const fx = parseFixture(fixture);
  if (!fx.cursor) throw new Error('fixture has no $0 cursor');
  const before = fx.files[fx.cursor.path]!.slice(0, fx.cursor.offset);
  const line = before.split('\n').length - 1;
  const position = { line, character: before.length - (before.lastIndexOf('\n') + 1) };
  const files = options.crlf ? Object.fromEntries(Object.entries(fx.files).map(([p, t]) => [p, toCrlf(t)])) : fx.files;
  const { service } = await workspace({ ...fx, files }, { today: TODAY });
  return { service, uri: uriOf(fx.cursor.path), position };
}

function actionsAt(o: Opened, only?: readonly string[], end?: Position): CodeActionResult[] {
  return getCodeActions(o.service, o.uri, { start: o.position, end: end ?? o.position }, only);
}

/** The new text of every file the action changes, by path. */
function apply(service: AimsLanguageService, action: CodeActionResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [uri, edits] of Object.entries(action.edit.changes)) {
    const doc = service.getDocument(uri)!;
    out[pathOf(uri)] = applyEdits(doc.text, edits, (p) => doc.lines.offsetAt(p));
  }
  return out;
}

/** Put the fixed texts in the service (as an editor would) and return the findings of `uri`. */
function findingsAfter(service: AimsLanguageService, texts: Record<string, string>, uri: string): Finding[] {
  for (const [path, text] of Object.entries(texts)) {
    const u = uriOf(path);
    service.setDocument({ uri: u, relativePath: path }, text, service.getDocument(u)!.version + 1);
  }
  return service.getFindings(uri);
}

function titles(actions: readonly CodeActionResult[]): string[] {
  return actions.map((a) => `${a.kind}: ${a.title}`);
}

async function runCase(c: FixCase, crlf: boolean): Promise<void> {
  const o = await open(c.fixture, { crlf });
  const fx = parseFixture(c.fixture);
  assert.ok(o.service.getFindings(o.uri).some(c.gone), 'the finding to fix is reported before the fix');
  const actions = actionsAt(o);
  const action = actions.find((a) => a.title === c.title);
  assert.ok(action, `no action "${c.title}" at the cursor; got:\n  ${titles(actions).join('\n  ')}`);
  assert.equal(action.kind, c.kind ?? 'quickfix');
  const texts = apply(o.service, action);
  const expected: Record<string, string> = {};
  for (const [path, e] of Object.entries(c.expected)) {
    let text: string;
    if (typeof e === 'string') text = e;
    else {
      const original = fx.files[path]!;
      assert.equal(original.split(e[0]).length, 2, `"${e[0]}" should occur once in ${path}`);
      text = original.replace(e[0], e[1]);
    }
    expected[path] = crlf ? toCrlf(text) : text;
  }
  assert.deepEqual(texts, expected);
  const left = findingsAfter(o.service, texts, o.uri).filter(c.gone);
  assert.deepEqual(left.map((f) => `${describeFinding(f)}: ${f.message}`), [], 'the fixed finding is gone');
}

const FIX_CASES: readonly FixCase[] = [...CONTROLS_CASES, ...OBJECTIVE_CASES, ...SECTIONS_CASES, ...DECLARATION_CASES, ...SOA_CASES, ...RISKS_CASES, ...REGISTER_CASES, ...FRAMEWORK_CASES];

for (const c of FIX_CASES) {
  test(`code action: ${c.name}`, () => runCase(c, false));
  if (c.crlf) test(`code action: ${c.name} (CRLF)`, () => runCase(c, true));
}

test('code action: unknown-control offers every suggestion, the closest preferred', async () => {
  const o = await open('//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, logs follow A.6.2.$09.\n');
  const actions = actionsAt(o);
  assert.deepEqual(
    actions.map((a) => [a.title, a.kind, a.fixes, a.isPreferred ?? false]),
    [
      ['Change to A.6.2.8 (AI system recording of event logs)', 'quickfix', ['unknown-control'], true],
      ['Change to A.6.2.7 (AI system technical documentation)', 'quickfix', ['unknown-control'], false],
      ['Change to A.6.2.6 (AI system operation and monitoring)', 'quickfix', ['unknown-control'], false],
    ],
  );
});

test('code action: nothing where there is no finding, or no fix for it', async () => {
  // [name, fixture, the code of the finding under the cursor (there, but without a fix)]
  const cases: [string, string, string | undefined][] = [
    ['plain text', '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, logs follow A.6.2.9.\n\nNothing to $0fix here.\n', undefined],
    ['next to a finding, not on it', '//- notes.md\n# Notes\n\nUnder ISO/IEC $042001, logs follow A.6.2.9.\n', undefined],
    ['a rule without a fix (unknown-clause)', '//- notes.md\n# Notes\n\nPer ISO/IEC 42001 clause 8.$05 we monitor.\n', 'unknown-clause'],
    ['an unknown control with no close match', '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, see A.12.$01.4.\n', 'unknown-control'],
    ['a dangling system ID', '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, SYS-0$009 is watched.\n', 'dangling-reference'],
    ['a dangling document ID', '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, see POL-0$009.\n', 'dangling-reference'],
    ['a dangling risk with no risk register in the workspace', '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, R-0$042 is accepted.\n', 'dangling-reference'],
    ['an SoA that lists no controls at all', `//- soa.md\n${fm('so$0a', 'SOA-1')}\n# Statement of applicability\n\nTo be written.\n`, 'missing-section'],
    ['an SoA row without a decision', `//- risk/soa.md\n${soaMarkdown({ rows: ALL_IDS, undecided: ['A.2.3'], cursorAt: 'A.2.3' })}`, 'soa-missing-control'],
    ['a misspelt key whose right spelling is there too (renaming would repeat a key)', `//- p.md\n${fm('policy', 'POL-1', true, { controls: '[A.2.2]', 'contr$0ls': '[A.2.3]' })}\n# AI policy\n`, 'schema'],
    ['a date that could be read day-first or month-first', `//- p.md\n${fm('policy', 'POL-1', true, { next_review: '03/04/20$027' })}\n# AI policy\n`, 'schema'],
    ['kind-inferred in a JSON file', '//- risk/register.json\n{ "ti$0tle": "AI risk register", "risks": [] }\n', 'kind-inferred'],
    ['a register missing a column (missing-field about columns)', `//- rr.md\n${fm('risk-register', 'RR-1')}\n# Risk register\n\n| I$0D | Title | Owner | Likelihood | Impact | Status |\n|---|---|---|---|---|---|\n| R-001 | Drift | CTO | 2 | 3 | open |\n`, 'missing-field'],
  ];
  for (const [name, fixture, code] of cases) {
    const o = await open(fixture);
    const doc = o.service.getDocument(o.uri)!;
    const at = doc.lines.offsetAt(o.position);
    const codes = o.service.getFindings(o.uri).filter((f) => f.span.start <= at && at <= f.span.end).map((f) => f.code);
    if (code === undefined) assert.deepEqual(codes, [], `${name}: no finding under the cursor`);
    else assert.ok(codes.includes(code), `${name}: a ${code} finding under the cursor (found: ${codes.join(', ')})`);
    assert.deepEqual(titles(actionsAt(o)), [], `${name} (findings: ${codes.join(', ')})`);
  }
});

test('code action: a selection gets the fixes of every finding it touches', async () => {
  const o = await open('//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, $0logs follow A.6.2.9 and A.7.7 (Data provenance).\n');
  const line = o.position.line;
  const actions = actionsAt(o, undefined, { line, character: 60 });
  assert.deepEqual(titles(actions), [
    'quickfix: Change to A.6.2.8 (AI system recording of event logs)',
    'quickfix: Change to A.6.2.7 (AI system technical documentation)',
    'quickfix: Change to A.6.2.6 (AI system operation and monitoring)',
    'quickfix: Change to A.7.6 (Data preparation)',
    'quickfix: Change to A.7.5 (Data provenance)',
    'quickfix: Change to A.7.4 (Quality of data for AI systems)',
    'source.fixAll: Fix all unknown-control in this file',
  ]);
});

test('code action: "only" keeps the kinds asked for; source.fixAll asked for explicitly is offered anywhere in the file', async () => {
  const fixture = '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, logs follow A.6.2.$09 and A.7.7.\n\nNothing $1here.\n';
  const o = await open(fixture.replace('$1', ''));
  assert.equal(actionsAt(o, ['quickfix']).length, 3);
  assert.deepEqual(titles(actionsAt(o, ['source.fixAll'])), ['source.fixAll: Fix all unknown-control in this file']);
  assert.deepEqual(titles(actionsAt(o, ['source'])), ['source.fixAll: Fix all unknown-control in this file']);
  assert.deepEqual(titles(actionsAt(o, ['refactor'])), []);
  const elsewhere = await open(fixture.replace('$0', '').replace('$1', '$0'));
  assert.deepEqual(titles(actionsAt(elsewhere)), []);
  assert.deepEqual(titles(actionsAt(elsewhere, ['source.fixAll'])), ['source.fixAll: Fix all unknown-control in this file']);
});

test('code action: no fix-all for a code with a single fixable finding', async () => {
  const o = await open('//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, logs follow A.6.2.$09 and A.12.1.4.\n');
  assert.ok(actionsAt(o).every((a) => a.kind === 'quickfix'));
  assert.deepEqual(titles(actionsAt(o, ['source.fixAll'])), []);
});

test('code action: one soa-missing-control finding lists the missing controls, and its one fix adds them all', async () => {
  const o = await open(`//- risk/soa.md\n${soaMarkdown({ rows: without('A.2.3', 'A.10.2'), cursorAt: 'kind' })}`);
  const missing = o.service.getAllFindings().filter((f) => f.code === 'soa-missing-control');
  assert.equal(missing.length, 1);
  assert.deepEqual(missing[0]!.data?.['ids'], ['A.2.3', 'A.10.2']);
  const actions = actionsAt(o);
  const all = actions.find((a) => a.title === 'Add all 2 missing controls');
  assert.ok(all, titles(actions).join('\n'));
  assert.equal(all.kind, 'quickfix');
  assert.equal(all.isPreferred, true);
  const text = JSON.stringify(all.edit);
  assert.ok(text.includes('A.2.3') && text.includes('A.10.2'), text);
  // Besides it, a short list offers each control alone; a long one only the whole list.
  assert.deepEqual(
    titles(actions).filter((t) => t.includes('to the statement of applicability')),
    ['quickfix: Add A.2.3 (Alignment with other organizational policies) to the statement of applicability', 'quickfix: Add A.10.2 (Allocating responsibilities) to the statement of applicability'],
  );
  const long = await open(`//- risk/soa.md\n${soaMarkdown({ rows: ALL_IDS.slice(0, 30), cursorAt: 'kind' })}`);
  assert.deepEqual(titles(actionsAt(long)).filter((t) => t.startsWith('quickfix: Add')), ['quickfix: Add all 8 missing controls']);
});

// Every kind's required items, inserted by the fix-all into a document that has none of them,
// must satisfy missing-section: the titles and keys the fix writes are ones the rule recognises.
for (const kind of KINDS.filter((k) => k.sections.length > 0))
  for (const lang of ['markdown', 'yaml'] as const)
    test(`code action: fix-all inserts every missing section a ${kind.id} needs (${lang})`, async () => {
      const fixture =
        lang === 'markdown'
          ? `//- doc.md\n${fm(kind.id, 'DOC-1').replace(`kind: ${kind.id}`, `kind: ${kind.id}$0`)}\n# Document\n\nIntroduction.\n`
          : `//- doc.yaml\n${fm(kind.id, 'DOC-1', false).replace(`kind: ${kind.id}`, `kind: ${kind.id}$0`)}`;
      const o = await open(fixture);
      const missing = (fs: readonly Finding[]) => fs.filter((f) => f.code === 'missing-section' && f.data?.['item'] !== 'entries');
      // One finding for the document, listing every item the fixture lacks.
      const before = missing(o.service.getFindings(o.uri));
      assert.equal(before.length, 1);
      assert.ok((before[0]!.data?.['items'] as unknown[]).length >= kind.sections.length - 1);
      const action = actionsAt(o, ['quickfix']).find((a) => /^Add (?:a|the \d+ missing) /.test(a.title));
      assert.ok(action);
      const texts = apply(o.service, action);
      assert.deepEqual(missing(findingsAfter(o.service, texts, o.uri)).map((f) => f.message), []);
    });

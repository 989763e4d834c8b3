/**
 * Round-trip safety of edits on the example AIMS (examples/, copied to a temp
 * folder in each line-ending variant): every quick fix, every fix-all and every
 * rename of a risk, system or document ID changes only the bytes inside its
 * ranges, inserts the file's own line breaks, keeps a byte-order mark, and
 * leaves a file that reads back and checks. Files are read as the CLI reads
 * them (FileSystemHost: the BOM is stripped from the text and written back on
 * save); a BOM kept in an editor buffer is checked too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createLanguageService, getCodeActions, getRename, type AimsLanguageService, type WorkspaceEdit } from '../../server/src/core/index.js';
import { FileSystemHost } from '../../server/src/node/fsHost.js';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';
import { assertSameEol, checkEdits } from '../fuzz/invariants.js';

const EXAMPLES = path.resolve(SOURCE_TEST_DIR, '..', 'examples');
const NEW_NAMES = ['R-0999', 'SYS-0999', 'POL-0999'];

interface Variant {
  readonly eol: '\n' | '\r\n' | '\r';
  readonly bom: boolean;
  /** The BOM stays in the text the engine sees (an editor that keeps it in the buffer). */
  readonly bomInBuffer?: boolean;
  readonly todo?: string;
}

const VARIANTS: Record<string, Variant> = {
  'LF (as written)': { eol: '\n', bom: false },
  CRLF: { eol: '\r\n', bom: false },
  'BOM + LF': { eol: '\n', bom: true },
  'BOM + CRLF': { eol: '\r\n', bom: true },
  'BOM + CRLF kept in the editor buffer': { eol: '\r\n', bom: true, bomInBuffer: true },
  'lone CR (classic Mac)': { eol: '\r', bom: false },
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = path.join(dir, n);
    return statSync(full).isDirectory() ? files(full) : /\.(?:md|ya?ml|py)$/.test(n) ? [full] : [];
  });
}

/** A copy of examples/ with every text file (documents and tagged source) in the variant's line endings (and BOM). */
function copy(v: Variant): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-roundtrip-'));
  cpSync(EXAMPLES, dir, { recursive: true });
  for (const f of files(dir)) writeFileSync(f, (v.bom && !f.endsWith('.aims.yaml') ? '\uFEFF' : '') + readFileSync(f, 'utf8').replace(/\r\n|\r|\n/g, v.eol));
  return dir;
}

interface Offered {
  readonly what: string;
  readonly edit: WorkspaceEdit;
  /** For the quick fix of one finding: its code, whose count in the workspace must go down. */
  readonly fixes?: string;
}

/** Every edit the engine offers on a document: the quick fixes of each finding, fix-all actions, renames of its IDs. */
function editsOf(service: AimsLanguageService, uri: string): Offered[] {
  const doc = service.getDocument(uri)!;
  const out: Offered[] = [];
  const whole = doc.lines.range({ start: 0, end: doc.text.length });
  for (const f of service.getFindings(uri))
    for (const a of getCodeActions(service, uri, f.range, ['quickfix'])) out.push({ what: `"${a.title}" (${f.code})`, edit: a.edit, ...(a.fixes.length === 1 && !/^Add all/.test(a.title) ? { fixes: a.fixes[0]! } : {}) });
  for (const a of getCodeActions(service, uri, whole, ['source.fixAll'])) out.push({ what: `"${a.title}"`, edit: a.edit });
  for (const d of doc.definitions.filter((x) => !x.weak).slice(0, 3))
    for (const name of NEW_NAMES) {
      const r = getRename(service, uri, doc.lines.positionAt(d.span.start), name);
      if ('edit' in r) out.push({ what: `rename ${d.id} to ${name}`, edit: r.edit });
    }
  return out;
}

/** The findings of a checked copy, by relative path: what the user sees, the same in every variant. */
function seen(service: AimsLanguageService, dir: string): string[] {
  return service.getAllFindings().map((f) => `${path.relative(dir, new URL(f.uri).pathname)}:${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.code} ${f.message}`);
}

let asWritten: Promise<string[]> | undefined;

for (const [name, v] of Object.entries(VARIANTS))
  test(`round trip, ${name}: fixes and renames change only their ranges, keep line breaks and BOM`, v.todo ? { todo: v.todo } : {}, async (t) => {
    const dir = copy(v);
    const service = createLanguageService(new FileSystemHost(dir, '2026-11-28'));
    await service.indexWorkspace();
    // Line breaks and a BOM change no finding and no position.
    asWritten ??= (async () => {
      const lf = copy(VARIANTS['LF (as written)']!);
      const s = createLanguageService(new FileSystemHost(lf, '2026-11-28'));
      await s.indexWorkspace();
      return seen(s, lf);
    })();
    assert.deepEqual(seen(service, dir), await asWritten, 'the findings differ from those of the files as written');
    if (v.bomInBuffer)
      for (const d of service.documents()) service.setDocument({ uri: d.uri, relativePath: service.relativePathOf(d.uri)! }, '\uFEFF' + d.text, d.version + 1);
    const problems: string[] = [];
    let edits = 0;
    // A second service holds the edited texts for a moment: it must read them back, and a quick fix must remove a finding.
    const again = createLanguageService(new FileSystemHost(dir, '2026-11-28'));
    await again.indexWorkspace();
    const count = (code: string) => again.getAllFindings().filter((f) => f.code === code).length;
    const baseline = new Map<string, number>();
    for (const doc of service.documents())
      for (const { what, edit, fixes } of editsOf(service, doc.uri)) {
        const edited = new Map<string, string>();
        for (const [uri, list] of Object.entries(edit.changes)) {
          edits++;
          const target = service.getDocument(uri)!;
          const file = new URL(uri).pathname;
          try {
            const text = checkEdits(target.text, target.lines, list, what);
            assertSameEol(target.text, list, what, true);
            edited.set(uri, text);
            // What an editor saves: the text, with the BOM the file had.
            const saved = (v.bom && !v.bomInBuffer ? '\uFEFF' : '') + text;
            const before = readFileSync(file, 'utf8');
            assert.equal(saved.startsWith('\uFEFF'), before.startsWith('\uFEFF'), `${what}: the byte-order mark was ${v.bom ? 'lost' : 'added'}`);
            assert.ok(!saved.slice(1).includes('\uFEFF') || before.slice(1).includes('\uFEFF'), `${what}: a BOM inside the text`);
            // Outside the ranges, the bytes are the file's own: the common prefix and suffix reach the first and last edit.
            const offsets = list.map((e) => [target.lines.offsetAt(e.range.start), target.lines.offsetAt(e.range.end)] as const);
            const shift = before.length - target.text.length;
            const first = Math.min(...offsets.map((o) => o[0])) + shift;
            const last = Math.max(...offsets.map((o) => o[1])) + shift;
            assert.equal(saved.slice(0, first), before.slice(0, first), `${what}: bytes before the first edit changed`);
            assert.equal(saved.slice(saved.length - (before.length - last)), before.slice(last), `${what}: bytes after the last edit changed`);
          } catch (e) {
            problems.push(`${path.relative(dir, file)}: ${(e as Error).message.split('\n')[0]}`);
          }
        }
        if (fixes && !baseline.has(fixes)) baseline.set(fixes, count(fixes));
        const file = (uri: string) => ({ uri, relativePath: service.relativePathOf(uri)! });
        for (const [uri, text] of edited) again.setDocument(file(uri), text, 2);
        const after = fixes ? count(fixes) : again.getAllFindings().length;
        if (fixes && after >= baseline.get(fixes)!) problems.push(`${what}: applied, but ${after} ${fixes} findings remain (${baseline.get(fixes)} before)`);
        for (const uri of edited.keys()) again.setDocument(file(uri), service.getDocument(uri)!.text, 3);
      }
    t.diagnostic(`${edits} edits checked on ${service.documents().length} documents`);
    assert.ok(edits > 20, `only ${edits} edits offered`);
    assert.deepEqual(problems, []);
  });

test('a BOM kept in the editor buffer before Markdown text: the risk table is still read', () => {
  const service = createLanguageService(new FileSystemHost(mkdtempSync(path.join(tmpdir(), 'aims-bom-')), '2026-11-28'));
  const text = 'Risks of TalentMatch.\n\n| ID | Likelihood | Impact |\n|---|---|---|\n| R-001 | 3 | 4 |\n';
  for (const [uri, t] of [['file:///ws/a/risk-register.md', text], ['file:///ws/b/risk-register.md', '\uFEFF' + text]] as const) service.setDocument({ uri, relativePath: 'risk-register.md' }, t, 1);
  assert.deepEqual(service.getDocument('file:///ws/a/risk-register.md')!.risks.map((r) => r.id), ['R-001']);
  assert.deepEqual(service.getDocument('file:///ws/b/risk-register.md')!.risks.map((r) => r.id), ['R-001']);
});

test('two BOMs before Markdown text: the parser drops one, the second is text, every span is exact', () => {
  const service = createLanguageService(new FileSystemHost(mkdtempSync(path.join(tmpdir(), 'aims-bom-')), '2026-11-28'));
  const text = '\uFEFF\uFEFFRisks of TalentMatch.\n\n| ID | Likelihood | Impact |\n|---|---|---|\n| R-001 | 3 | 4 |\n';
  service.setDocument({ uri: 'file:///ws/risk-register.md', relativePath: 'risk-register.md' }, text, 1);
  const doc = service.getDocument('file:///ws/risk-register.md')!;
  assert.deepEqual(doc.risks.map((r) => [r.id, text.slice(r.idSpan.start, r.idSpan.end)]), [['R-001', 'R-001']]);
  for (const c of doc.tables[0]!.header) assert.equal(text.slice(c.span.start, c.span.end), c.text);
});

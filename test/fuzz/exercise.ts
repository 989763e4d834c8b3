/**
 * The engine's whole surface on one workspace, with every answer checked
 * against the invariants (invariants.ts): every finding, and every feature at
 * the given positions of every document. Shared by the fuzz tests.
 */
import assert from 'node:assert/strict';
import { createLanguageService, getCodeActions, getCodeLenses, getCompletions, getDefinition, getDocumentLinks, getDocumentSymbols, getFoldingRanges, getHover, getReferences, getRename, getWorkspaceSymbols, LineIndex, prepareRename, type AimsDocument, type AimsLanguageService, type DocumentSymbolResult, type Position, type Range, type WorkspaceEdit } from '../../server/src/core/index.js';
import { MemoryHost } from '../support/memoryHost.js';
import { KNOWN_ISSUES, assertRangeInside, assertSameEol, assertSpanInside, checkEdits, contains, isValidPosition } from './invariants.js';

/** Position seeds: [line fraction, column fraction (>= 1: past the end of the line)]. */
export type Seeds = readonly (readonly [number, number])[];

const NEW_NAMES = ['R-0999', 'SYS-0999', 'POL-0999', 'r 1', ''];
const ONLY: (readonly string[] | undefined)[] = [undefined, ['quickfix'], ['source.fixAll'], ['source']];

/** Exact positions worth probing: the edges of references and definitions, plus the seeds. */
function positionsOf(doc: AimsDocument, seeds: Seeds): Position[] {
  const lines = doc.lines;
  const out: Position[] = seeds.map(([l, c]) => {
    const line = Math.floor(l * (lines.lineCount + 1));
    const width = line < lines.lineCount ? lines.lineEnd(line) - lines.lineStart(line) : 0;
    return { line, character: c >= 1 ? 1e6 : Math.floor(c * (width + 2)) };
  });
  for (const r of doc.references.slice(0, 6)) out.push(lines.positionAt(r.span.start), lines.positionAt(r.span.end));
  for (const d of doc.definitions.slice(0, 4)) out.push(lines.positionAt(d.span.start + 1));
  return out;
}

function checkSymbols(doc: AimsDocument, symbols: readonly DocumentSymbolResult[], what: string): void {
  for (const s of symbols) {
    assertRangeInside(doc.lines, s.range, `${what} ${s.name} range`);
    assertRangeInside(doc.lines, s.selectionRange, `${what} ${s.name} selectionRange`);
    assert.ok(contains(s.range, s.selectionRange), `${what} ${s.name}: selectionRange ${JSON.stringify(s.selectionRange)} not inside range ${JSON.stringify(s.range)}`);
    checkSymbols(doc, s.children, what);
  }
}

/** Re-parsing is the costly part: each workspace re-checks this many distinct edited texts (all edits are range-checked). */
const REPARSE_PER_WORKSPACE = 4;
const checked = new WeakMap<AimsLanguageService, Set<string>>();

/** Apply a workspace edit to every document it names; the results must parse and check again. */
function checkWorkspaceEdit(service: AimsLanguageService, edit: WorkspaceEdit, what: string): void {
  // The same edit comes back for many cursors and ranges: check each once per workspace.
  const key = JSON.stringify(edit.changes);
  let seen = checked.get(service);
  if (!seen) checked.set(service, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  for (const [uri, edits] of Object.entries(edit.changes)) {
    const doc = service.getDocument(uri);
    assert.ok(doc, `${what}: edits a document the service does not have: ${uri}`);
    const text = checkEdits(doc.text, doc.lines, edits, `${what} on ${uri}`);
    assertSameEol(doc.text, edits, `${what} on ${uri}`);
    if (seen.size > REPARSE_PER_WORKSPACE) continue;
    const scratch = createLanguageService(new MemoryHost({}));
    scratch.setDocument({ uri, relativePath: service.relativePathOf(uri) ?? 'doc.md' }, text, doc.version + 1);
    for (const f of scratch.getFindings(uri)) assertSpanInside(text, f.span, `${f.code} after ${what}`);
  }
}

function exerciseDocument(service: AimsLanguageService, doc: AimsDocument, seeds: Seeds): void {
  const uri = doc.uri;
  const at = (p: Position) => `${uri} at ${p.line}:${p.character}`;
  const inside = (u: string, r: Range, what: string) => {
    const target = service.getDocument(u);
    assert.ok(target, `${what}: points to an unknown document ${u}`);
    assertRangeInside(target.lines, r, what);
  };
  for (const p of positionsOf(doc, seeds)) {
    const hover = getHover(service, uri, p);
    if (hover) inside(uri, hover.range, `hover ${at(p)}`);
    for (const c of getCompletions(service, uri, p)) {
      inside(uri, c.range, `completion ${c.label} ${at(p)}`);
      if (isValidPosition(doc.lines, p)) {
        assert.equal(c.range.start.line, c.range.end.line, `completion ${c.label} ${at(p)}: range spans lines`);
        assert.ok(contains(c.range, { start: p, end: p }), `completion ${c.label} ${at(p)}: range ${JSON.stringify(c.range)} does not contain the cursor`);
      }
    }
    for (const l of getDefinition(service, uri, p)) inside(l.uri, l.range, `definition ${at(p)}`);
    for (const l of getReferences(service, uri, p, p.character % 2 === 0)) inside(l.uri, l.range, `references ${at(p)}`);
    const prep = prepareRename(service, uri, p);
    if (prep) {
      inside(uri, prep.range, `prepareRename ${at(p)}`);
      for (const name of NEW_NAMES) {
        const r = getRename(service, uri, p, name);
        if ('edit' in r) checkWorkspaceEdit(service, r.edit, `rename to ${JSON.stringify(name)} ${at(p)}`);
        else assert.ok(typeof r.error === 'string' && r.error.length > 0);
      }
    }
  }
  checkSymbols(doc, getDocumentSymbols(service, uri), `symbols of ${uri}`);
  for (const l of getDocumentLinks(service, uri)) {
    inside(uri, l.range, `link in ${uri}`);
    assert.doesNotThrow(() => new URL(l.target), `link target ${l.target}`);
  }
  for (const f of getFoldingRanges(service, uri))
    assert.ok(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < doc.lines.lineCount, `folding ${f.startLine}-${f.endLine} in ${uri} (${doc.lines.lineCount} lines)`);
  for (const l of getCodeLenses(service, uri)) inside(uri, l.range, `code lens in ${uri}`);
  const whole = doc.lines.range({ start: 0, end: doc.text.length });
  const ranges = [whole, ...service.getFindings(uri).slice(0, 8).map((f) => f.range), ...positionsOf(doc, seeds).slice(0, 2).map((p) => ({ start: p, end: p }))];
  // Every `only` filter on the whole document; the cursor ranges as editors ask (no filter).
  for (const [r, only] of [...ONLY.map((o) => [whole, o] as const), ...ranges.slice(1).map((x) => [x, undefined] as const)])
      for (const a of getCodeActions(service, uri, r, only)) {
        assert.ok(a.title.length > 0);
        checkWorkspaceEdit(service, a.edit, `code action "${a.title}" for ${JSON.stringify(r)}`);
      }
}

/** Check every finding (texts of files that are not documents, such as .aims.yaml, from `texts`) and every feature. */
export function exercise(service: AimsLanguageService, texts: ReadonlyMap<string, string>, seeds: Seeds, query: string): void {
  for (const f of service.getAllFindings()) {
    const doc = service.getDocument(f.uri);
    const text = doc?.text ?? texts.get(f.uri)?.replace(/^\uFEFF/, '') ?? '';
    const lines = doc?.lines ?? new LineIndex(text);
    assertSpanInside(text, f.span, `${f.code} finding in ${f.uri}`);
    const knownIssue = KNOWN_ISSUES.yamlSpanInsideCrlf && f.code === 'yaml-syntax' && text[f.span.end - 1] === '\r' && text[f.span.end] === '\n';
    if (!knownIssue) assertRangeInside(lines, f.range, `${f.code} finding in ${f.uri}`);
    assert.ok(f.message.length > 0, `${f.code}: empty message`);
    for (const rel of f.related) {
      const target = service.getDocument(rel.uri);
      if (target) assertRangeInside(target.lines, rel.range, `${f.code} related in ${rel.uri}`);
    }
  }
  for (const d of service.documents()) exerciseDocument(service, service.getDocument(d.uri)!, seeds);
  for (const q of [query, '']) for (const w of getWorkspaceSymbols(service, q)) assertRangeInside(service.getDocument(w.location.uri)!.lines, w.location.range, `workspace symbol ${w.name}`);
}


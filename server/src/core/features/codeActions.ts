/**
 * Code actions: quick fixes for the findings under the cursor or selection, an
 * "Add all N ..." quick fix where one finding stands for many (missing sections,
 * fields, SoA rows), and a "Fix all <code> in this file" source action for each
 * code with two or more fixable findings. The fixes themselves live in fixes/,
 * one file per rule code (fixes/registry.ts); every edit is computed from the document's text and
 * changes only the bytes it must.
 */
import type { AimsLanguageService } from '../service/api.js';
import type { Finding } from '../model/findings.js';
import type { Range } from '../text/types.js';
import type { CodeActionResult, WorkspaceEdit } from './types.js';
import type { FixContext, FixOption, FixProvider } from './fixes/util.js';
import { FIX_PROVIDERS } from './fixes/registry.js';
import { tomlFrontMatter } from '../parse/toml.js';

const BY_CODE = new Map(FIX_PROVIDERS.map((p) => [p.code, p]));

/** Rule codes that have a quick fix. */
export const FIXABLE_CODES: readonly string[] = FIX_PROVIDERS.map((p) => p.code);

/**
 * The code actions for `range` of a document. `only` (LSP CodeActionContext.only)
 * keeps the actions of those kinds or their sub-kinds ("source" covers
 * "source.fixAll"). Fix-all actions are offered for the codes of the findings
 * in the range, or for every fixable code when source.fixAll is asked for
 * explicitly (as editors do on save), wherever the range is.
 */
export function getCodeActions(service: AimsLanguageService, uri: string, range: Range, only?: readonly string[]): CodeActionResult[] {
  const doc = service.getDocument(uri);
  if (!doc) return [];
  const wants = (kind: CodeActionResult['kind']) => !only || only.some((o) => o === '' || kind === o || kind.startsWith(o + '.'));
  const ctx: FixContext = { service, doc };
  const start = doc.lines.offsetAt(range.start);
  const end = Math.max(start, doc.lines.offsetAt(range.end));
  const hit = (f: Finding) => f.span.start <= end && start <= f.span.end;

  // Fixes of each finding, computed once: they decide what counts as fixable.
  const fixed: { finding: Finding; options: FixOption[] }[] = [];
  const fixable = new Map<string, Finding[]>();
  for (const finding of service.getFindings(uri)) {
    const provider = BY_CODE.get(finding.code);
    if (!provider) continue;
    const options = safe(() => provider.fixes(ctx, finding), []);
    if (options.length === 0) continue;
    fixed.push({ finding, options });
    const list = fixable.get(finding.code);
    if (list) list.push(finding);
    else fixable.set(finding.code, [finding]);
  }

  const out: CodeActionResult[] = [];
  const titles = new Set<string>();
  const add = (a: CodeActionResult) => {
    if (titles.has(a.title) || !wellFormed(service, a.edit) || !keepsToml(service, a.edit)) return;
    titles.add(a.title);
    out.push(a);
  };

  if (wants('quickfix')) {
    for (const { finding, options } of fixed)
      if (hit(finding))
        for (const o of options) add({ title: o.title, kind: 'quickfix', fixes: [finding.code], edit: o.edit, ...(o.isPreferred ? { isPreferred: true } : {}) });
    for (const [code, list] of fixable) {
      const provider = BY_CODE.get(code)!;
      if (!provider.allTitle || list.length < 2 || !list.some(hit)) continue;
      const all = fixAllEdit(provider, ctx, list);
      if (all) add({ title: provider.allTitle(list.length), kind: 'quickfix', fixes: [code], edit: all });
    }
  }

  if (wants('source.fixAll')) {
    const explicit = only !== undefined && only.some((o) => o === 'source' || o === 'source.fixAll');
    for (const [code, list] of fixable) {
      if (list.length < 2 || (!explicit && !list.some(hit))) continue;
      const all = fixAllEdit(BY_CODE.get(code)!, ctx, list);
      if (all) add({ title: `Fix all ${code} in this file`, kind: 'source.fixAll', fixes: [code], edit: all });
    }
  }
  return out;
}

function fixAllEdit(provider: FixProvider, ctx: FixContext, findings: readonly Finding[]): WorkspaceEdit | undefined {
  return safe(() => provider.fixAll(ctx, findings), undefined);
}

/**
 * LSP requires the edits of one document not to overlap. A fix computed from a
 * half-written document (a YAML value running over the next lines) might; such an
 * action is left out rather than sent to be mis-applied.
 */
function wellFormed(service: AimsLanguageService, edit: WorkspaceEdit): boolean {
  for (const [uri, edits] of Object.entries(edit.changes)) {
    const lines = service.getSummary(uri)?.lines;
    if (!lines) return false;
    const spans = edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) })).sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.end) return false;
  }
  return true;
}

/**
 * The fixes write YAML (a pair, a block, a quoted scalar). In TOML (a TOML file, a page's `+++`
 * front matter) only a plain word on one line is written as it is anywhere: an action that
 * would write more there is left out rather than break the file.
 */
function keepsToml(service: AimsLanguageService, edit: WorkspaceEdit): boolean {
  for (const [uri, edits] of Object.entries(edit.changes)) {
    const doc = service.getDocument(uri);
    if (!doc) continue;
    const toml = doc.languageId === 'toml' ? { start: 0, end: doc.text.length } : tomlFrontMatter(doc);
    if (!toml) continue;
    for (const e of edits) {
      const start = doc.lines.offsetAt(e.range.start);
      const end = doc.lines.offsetAt(e.range.end);
      const inside = start <= toml.end && toml.start <= end;
      if (inside && (e.range.start.line !== e.range.end.line || !PLAIN_IN_TOML.test(e.newText))) return false;
    }
  }
  return true;
}

/** Text that means the same inside a TOML string or key as it does written alone: no quotes, escapes, structure or line breaks. */
const PLAIN_IN_TOML = /^[^\r\n"'\\=[\]{}#,]*$/;

/** A fix that throws on odd input must not take the other actions (or the server) down. */
function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

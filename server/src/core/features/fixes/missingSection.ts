/**
 * missing-section: insert a skeleton of the missing section, a heading and a
 * hint in an HTML comment, after the last section of the document's section
 * level and before any trailing appendix; in YAML, a top-level key.
 */
import { getKind } from '../../catalogue/kinds.js';
import type { Finding } from '../../model/findings.js';
import type { AimsDocument, Section } from '../../model/types.js';
import { normalizeTitle } from '../../util/text.js';
import type { TextEdit } from '../types.js';
import { edit, endingBefore, insert, isFlow, lineEndAt, lineStartAt, snakeCase, topLevelBlankSeparated, yamlContentEnd, yamlRoot, type FixProvider, readOnlyData } from './util.js';
import { minOf } from '../../util/arrays.js';

interface Item {
  readonly id: string;
  readonly title: string;
  readonly hint: string;
}

export const missingSectionFix: FixProvider = {
  code: 'missing-section',
  fixes(ctx, finding) {
    const items = itemsOf(finding);
    const e = sectionsEdit(ctx.doc, items);
    if (!e) return [];
    const yaml = ctx.doc.languageId === 'yaml';
    const title =
      items.length === 1
        ? yaml
          ? `Add a "${snakeCase(items[0]!.title)}" key`
          : `Add a "${items[0]!.title}" section`
        : yaml
          ? `Add the ${items.length} missing keys`
          : `Add the ${items.length} missing sections`;
    return [{ title, edit: edit(ctx.doc.uri, [e]) }];
  },
  fixAll(ctx, findings) {
    const byId = new Map<string, Item>();
    for (const f of findings) for (const i of itemsOf(f)) if (!byId.has(i.id)) byId.set(i.id, i);
    const items = [...byId.values()];
    const order = getKind(ctx.doc.meta.kind ?? '')?.sections.map((s) => s.id) ?? [];
    items.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
    const e = sectionsEdit(ctx.doc, items);
    return e ? edit(ctx.doc.uri, [e]) : undefined;
  },
  allTitle: (n) => `Add all ${n} missing sections`,
};

/** The missing items a finding lists (one finding per document names them all). */
function itemsOf(f: Finding): Item[] {
  const items = f.data?.['items'];
  if (!Array.isArray(items)) return [];
  return items.flatMap((i: unknown) => {
    const { id, title, hint } = (i ?? {}) as Record<string, unknown>;
    return typeof id === 'string' && typeof title === 'string' && title !== '' ? [{ id, title, hint: typeof hint === 'string' ? hint : '' }] : [];
  });
}

function sectionsEdit(doc: AimsDocument, items: readonly Item[]): TextEdit | undefined {
  // A CSV or JSON file has no place for a section written in Markdown or YAML.
  if (items.length === 0 || readOnlyData(doc.languageId)) return undefined;
  return doc.languageId === 'yaml' ? yamlEdit(doc, items) : markdownEdit(doc, items);
}

function markdownEdit(doc: AimsDocument, items: readonly Item[]): TextEdit | undefined {
  const eol = doc.lines.eol;
  const level = sectionLevel(doc);
  const at = insertionPoint(doc, level);
  // A fence or comment left open runs to the end: a heading there would be code, not a section.
  if (insideUnclosedBlock(doc, at)) return undefined;
  const blocks = items.map((i) => `${'#'.repeat(level)} ${i.title}${eol}${eol}<!-- ${i.hint.replace(/--+/g, '-')} -->${eol}`);
  const ending = endingBefore(doc, at);
  const before = ending === 'start' || ending === 'blank' ? '' : ending === 'newline' ? eol : eol + eol;
  const after = at < doc.text.length ? eol : '';
  return insert(doc, at, before + blocks.join(eol) + after);
}

function yamlEdit(doc: AimsDocument, items: readonly Item[]): TextEdit | undefined {
  const root = yamlRoot(doc);
  if (!root || root.type !== 'map' || isFlow(doc, root)) return undefined;
  const eol = doc.lines.eol;
  const sep = topLevelBlankSeparated(doc, root) ? eol : '';
  return insert(doc, lineEndAt(doc, yamlContentEnd(root)), items.map((i) => `${sep}${eol}${snakeCase(i.title)}: ""`).join(''));
}

/** Back matter that stays last: appendices, references, revision history, sign-off ... */
const BACK_MATTER =
  /^(?:appendi(?:x|ces)|attachments?|annex \d|references|sources|bibliography|glossary|change ?log|document control|version control|record of changes|sign off|approvals?(?: and sign off)?$|licen[cs]e$)|\b(?:revision|review|document|version|change) history$/;

function isBackMatter(s: Section): boolean {
  return BACK_MATTER.test(normalizeTitle(s.title));
}

/**
 * The level of the document's sections: the highest level among the headings after
 * the first (the title), back matter aside; under a lone title, one level below it.
 */
function sectionLevel(doc: AimsDocument): number {
  const [first, ...rest] = doc.sections;
  if (!first) return 2;
  const main = rest.filter((s) => !isBackMatter(s));
  if (main.length > 0) return minOf(main.map((s) => s.level));
  return Math.min(6, rest.length > 0 || first.level === 1 ? first.level + 1 : first.level);
}

function insertionPoint(doc: AimsDocument, level: number): number {
  const body = doc.sections.filter((s) => s.level === level);
  let end = body.length;
  while (end > 0 && isBackMatter(body[end - 1]!)) end--;
  const last = body[end - 1];
  if (last) return last.span.end < doc.text.length ? lineStartAt(doc, last.span.end) : beforeFooter(doc, last.headingSpan.end);
  const back = doc.sections.slice(1).find(isBackMatter);
  const first = doc.sections[0];
  return back ? lineStartAt(doc, back.headingSpan.start) : first ? beforeFooter(doc, first.headingSpan.end) : doc.text.length;
}

/** A closing rule and a footer in italics ("---", then "*Maintained by ...*") stay at the very end. */
const BR = String.raw`(?:\r\n|\n|\r)[ \t]*`;
const FOOTER = new RegExp(String.raw`${BR}(?:\r\n|\n|\r)([ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*(?:${BR})+[*_][^\r\n]*(?:(?:${BR})+[*_][^\r\n]*){0,2}(?:${BR})*)$`);

/** Where a footer after `after` (a heading's end: never inside front matter) starts, else the end of the text. */
function beforeFooter(doc: AimsDocument, after: number): number {
  const end = doc.text.length;
  const m = FOOTER.exec(doc.text.slice(Math.max(after, end - 1000)));
  const at = m ? end - m[1]!.length : end;
  return doc.excluded.some((s) => s.start <= at && at < s.end) ? end : at;
}

/** Inside a fenced code block or HTML comment, or at the end of one that is never closed. */
function insideUnclosedBlock(doc: AimsDocument, at: number): boolean {
  return doc.excluded.some((s) => {
    if (at <= s.start || at > s.end) return false;
    if (at < s.end) return true;
    const text = doc.text.slice(s.start, s.end);
    const closed = /^[ \t]*(`{3,}|~{3,})/.test(text) ? /(?:^|\r?\n|\r)[ \t]*(?:`{3,}|~{3,})[ \t]*(?:\r?\n|\r)?$/.test(text.slice(3)) : !/^<!--/.test(text) || /-->\s*$/.test(text);
    return !closed;
  });
}

import type { Rule } from './types.js';
import { getKind, kindNoun, type KindSpec, type RequiredItem } from '../catalogue/kinds.js';
import type { AimsDocument } from '../model/types.js';
import { isRetired, titleSpan } from './util.js';
import { isTemplateDoc } from '../parse/template.js';
import { contentLabels, documentLanguage, foldAccents, forEachLabelChunk } from './sectionContent.js';
import { unmentioned } from './proseMentions.js';
import { detached } from '../text/chunkMemo.js';
import { WeakMemo } from '../util/weakMemo.js';

/** Every heading, table column header, row label, field label and YAML key of the document, normalised. */
export function documentLabels(doc: AimsDocument): string[] {
  return contentLabels(doc);
}

export function isItemPresent(item: RequiredItem, labels: readonly string[]): boolean {
  return labels.some((l) => item.synonyms.some((syn) => (syn.startsWith('=') ? l === foldAccents(syn.slice(1)) : (' ' + l).includes(' ' + foldAccents(syn)))));
}

/** The required items a document lacks: not under any heading, label or key, nor named in its prose. */
export function missingItems(doc: AimsDocument, kind: KindSpec): RequiredItem[] {
  const present = new Set<number>();
  forEachLabelChunk(
    doc,
    (labels) => {
      for (const i of itemsNamedByGroup(kind, labels)) present.add(i);
    },
    (key, groups) => {
      for (const i of itemsNamedByChunk(kind, key, groups)) present.add(i);
    },
  );
  const there = (id: string) => present.has(kind.sections.findIndex((s) => s.id === id));
  const absent = kind.sections.filter((item, i) => !present.has(i) && !(item.citedBy && doc.references.some((r) => r.type === item.citedBy)) && !item.metBy?.every(there));
  if (absent.length === 0) return absent;
  return unmentioned(doc, kind, absent);
}

/**
 * The items a group of labels names (sectionContent.ts forEachLabelGroup), kept with the group:
 * an unchanged chunk's labels are the same array on every edit, so each is read once per kind.
 */
const namedByGroup = new WeakMemo<readonly string[], { readonly kind: KindSpec; readonly items: readonly number[] }>();

function itemsNamedByGroup(kind: KindSpec, labels: readonly string[]): readonly number[] {
  const kept = namedByGroup.get(labels);
  if (kept && kept.kind === kind) return kept.items;
  const found = new Set<number>();
  for (const label of labels) if (label.length > 0) for (const i of itemsNamedBy(kind, label)) found.add(i);
  const items = [...found];
  namedByGroup.set(labels, { kind, items });
  return items;
}

/** The items a whole chunk's labels name (forEachLabelChunk), kept with the chunk's key: one lookup per chunk on an edit. */
const namedByChunk = new WeakMemo<object, { readonly kind: KindSpec; readonly items: readonly number[] }>();

function itemsNamedByChunk(kind: KindSpec, key: object, groups: () => readonly (readonly string[])[]): readonly number[] {
  const kept = namedByChunk.get(key);
  if (kept && kept.kind === kind) return kept.items;
  const found = new Set<number>();
  for (const labels of groups()) for (const i of itemsNamedByGroup(kind, labels)) found.add(i);
  const items = [...found];
  namedByChunk.set(key, { kind, items });
  return items;
}

/** Per kind: the items a label names (isItemPresent), by the label's text. Bounded. */
const namedBy = new WeakMap<KindSpec, Map<string, readonly number[]>>();
const MAX_LABELS = 20_000;

/** The indices of the kind's items `label` names: an edit brings back the same labels, so each is read once. */
function itemsNamedBy(kind: KindSpec, label: string): readonly number[] {
  let memo = namedBy.get(kind);
  if (!memo) namedBy.set(kind, (memo = new Map()));
  let items = memo.get(label);
  if (items === undefined) {
    items = kind.sections.flatMap((item, i) => (isItemPresent(item, [label]) ? [i] : []));
    if (memo.size >= MAX_LABELS) memo.clear();
    memo.set(detached(label), items);
  }
  return items;
}

export const missingSection: Rule = {
  code: 'missing-section',
  defaultSeverity: 'warning',
  doc: {
    summary:
      "A document lacks content its kind requires, under any wording: a heading, a table's labels, a \"Field: value\" line, the title of a documentation site's call-out box (MkDocs, Docusaurus), a YAML key or the words in its text (English, French, German, Spanish). One finding per document lists what is missing; a register with no entries it can read (an HTML table counts as entries) is a finding of its own.",
    example: '---\naims: { kind: policy, ... }\n---\n# AI policy\n## Purpose\n...  (no scope, principles, review ...)',
    fix: 'Add each missing part; the quick fix inserts a skeleton with a hint of what belongs there.',
  },
  check(ctx) {
    const doc = ctx.doc;
    const kind = doc.meta.kind && getKind(doc.meta.kind);
    if (!kind) return;
    // An archived copy, or a document its status retires ("Superseded by 0007"), is kept for the
    // record: how complete it is no longer matters.
    if (isRetired(ctx.doc)) return;
    // A form to fill in is not the document it prepares.
    if (isTemplateDoc(doc)) return;
    // An inventory of AI systems (a list that defines several) is not one system's record: the
    // record's parts (intended use, testing, event logs ...) are each system's to have.
    if (kind.id === 'ai-system' && isInventory(doc)) return;
    const span = titleSpan(doc);
    const missing = missingItems(doc, kind);
    const registerEmpty = kind.entries !== undefined && !hasRegisterTable(doc);
    if (missing.length === 0 && !registerEmpty) return;
    // A kind read from a title may be wrong, and a language we have no words for hides what is
    // there: both say it as a notice. (Told only now: reading the language costs a pass over the text.)
    const language = documentLanguage(doc);
    const unsure = doc.meta.kindSource === 'title' || language === 'other';
    const atMost = unsure ? ({ atMost: 'information' } as const) : {};
    if (missing.length > 0) {
      const items = missing.map((i) => ({ id: i.id, title: i.title, hint: i.hint }));
      const noun = kindNoun(kind);
      const listed = missing.map((i) => `"${i.title}" (${i.hint.replace(/\.$/, '')})`).join('; ');
      // In a language we have no words for, what is missing is unknown: say what to check, not that it is absent.
      const message =
        language === 'other'
          ? `This ${noun} is written in a language whose section names the checker does not know, so it cannot tell whether it covers ${missing.length === 1 ? 'this part' : `these ${missing.length} parts`} its kind requires; check by reading it: ${listed}.`
          : missing.length === 1
            ? `This ${noun} has no "${missing[0]!.title}" section: ${missing[0]!.hint}`
            : `This ${noun} has nothing on ${missing.length} of the ${kind.sections.length} parts its kind requires: ${listed}.`;
      ctx.report({ span, message, data: { kind: kind.id, items }, ...atMost });
    }
    if (kind.entries && registerEmpty) {
      const count = kind.entries.entity === 'risks' ? doc.risks.length : kind.entries.entity === 'soa' ? doc.soa.length : 1;
      if (count === 0)
        ctx.report({
          span,
          message:
            kind.entries.entity === 'risks'
              ? `This risk register lists no risks: add a table with an ID column (e.g. R-001) or a YAML "risks:" list.`
              : `This statement of applicability lists no controls: add a table with a control column (A.2.2 ...) or a YAML "controls:" list.`,
          data: { kind: kind.id, item: 'entries' },
          ...atMost,
        });
    }
  },
};

/**
 * Any table with rows: a register written in a shape the reader did not recognise still has
 * entries, and so has one written as an HTML table (`<tr>` rows, as exports from wikis and
 * GRC tools write them), which the reader does not read as rows, or one a site includes.
 */
function hasRegisterTable(doc: AimsDocument): boolean {
  // HTML rows only in Markdown (a 1 MB YAML register was searched for them on every edit).
  return doc.tables.some((t) => t.rows.length > 0) || (doc.languageId === 'markdown' && (HTML_ROW.test(doc.text) || INCLUDES.test(doc.text) || linksToCsv(doc.text)));
}

const HTML_ROW = /<tr[\s>]/i;

/**
 * A page whose rows come from another file when the site is built: an MkDocs snippet
 * (`--8<-- "soa.md"`), a Hugo shortcode (`{{< soa-table >}}`), a Liquid, Jinja or GitBook tag
 * (`{% include soa.html %}`, `{% for r in site.data.risks %}`), an Obsidian embed
 * (`![[SoA table]]`) or Dataview query (a dataview code block), a VitePress include
 * (`<!--@include: ./soa.md-->`) or an MDX import.
 */
const INCLUDES = /^[ \t]*;?--8<--|\{\{[<%]|\{%-?[ \t]*(?:include|include_relative|for|render|content-ref)\b|!\[\[[^\]\n]{1,200}\]\]|<!--[ \t]*@?include:|^import[ \t]+\w+[ \t]+from[ \t]+['"]|^[ \t]*(?:```|~~~)[ \t]*dataview(?:js)?\b/m;

/**
 * A link to a CSV file (`[AI Risk Register](AI%20Risk%20Register%2017fc….csv)`): a Notion
 * database's page, whose rows are exported to the CSV file beside it.
 */
function linksToCsv(text: string): boolean {
  for (let at = text.indexOf('.csv)'); at >= 0; at = text.indexOf('.csv)', at + 5)) {
    const from = Math.max(0, at - 300);
    const open = text.slice(from, at).lastIndexOf('](');
    if (open >= 0 && !/[\s()]/.test(text.slice(from + open + 2, at))) return true;
  }
  return false;
}

/**
 * Whether the document defines more than one AI system besides itself (a system record's own
 * `aims.id` defines its system; a weak definition only lists one).
 */
function isInventory(doc: AimsDocument): boolean {
  let systems = 0;
  for (const d of doc.definitions) if (d.type === 'system' && !d.weak && d.id !== doc.meta.fields.get('id')?.value && ++systems > 1) return true;
  return false;
}

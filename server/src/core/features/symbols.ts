/**
 * The document outline: the `aims:` block and the entries that carry AIMS
 * meaning — risks (ID and title), AI systems, other definitions and
 * statement-of-applicability rows (control ID, title and decision). In YAML
 * (which has no outline of its own in VS Code) the top-level keys hold them, as
 * sections; Markdown headings and JSON keys are not repeated, since the
 * editor's own Markdown and JSON outlines list them (VS Code would show each twice
 * in the outline and the breadcrumbs).
 */
import type { AimsLanguageService } from '../service/api.js';
import type { AimsDocument, Section } from '../model/types.js';
import type { Span } from '../text/types.js';
import type { DocumentSymbolResult, SymbolKind } from './types.js';
import { getControl } from '../catalogue/lookup.js';

interface Node {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  readonly span: Span;
  readonly selection: Span;
  /** Sections nest; entries are leaves. */
  readonly level: number;
  readonly children: Node[];
}

const LEAF = Number.MAX_SAFE_INTEGER;

/** Whose sections (headings, top-level keys) are symbols: only where an editor has no outline of its own. */
const SECTIONS_OF: Record<AimsDocument['languageId'], boolean> = { markdown: false, json: false, yaml: true, toml: true, csv: false, code: false };

export function getDocumentSymbols(service: AimsLanguageService, uri: string): DocumentSymbolResult[] {
  const doc = service.getDocument(uri);
  if (!doc) return [];
  const roots: Node[] = [];
  const aims = aimsNode(doc);
  const sections = SECTIONS_OF[doc.languageId] ? doc.sections.map(sectionNode) : [];
  const items: Node[] = [...(aims ? [aims] : []), ...sections, ...entryNodes(doc)];
  // Document order; at equal starts the outer (lower level) first.
  items.sort((a, b) => a.span.start - b.span.start || a.level - b.level);
  const stack: Node[] = [];
  for (const item of items) {
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.level < item.level && item.span.start >= top.span.start && item.span.end <= top.span.end) break;
      stack.pop();
    }
    (stack.length > 0 ? stack[stack.length - 1]!.children : roots).push(item);
    if (item.level !== LEAF) stack.push(item);
  }
  return roots.map((n) => toResult(doc, n));
}

function sectionNode(s: Section): Node {
  // A section runs up to the next heading; trailing blank lines are not part of it.
  return { name: s.title || '(untitled)', kind: 'section', span: s.span, selection: s.headingSpan, level: s.level, children: [] };
}

function entryNodes(doc: AimsDocument): Node[] {
  const out: Node[] = [];
  const riskIds = new Set<string>();
  for (const r of doc.risks) {
    riskIds.add(r.id);
    out.push(leaf(r.id, r.attributes.get('title')?.text, 'risk', r.extent, r.idSpan));
  }
  const headings = new Set(doc.sections.map((s) => s.headingSpan.start));
  for (const d of doc.definitions) {
    if (d.weak || d.type === 'document' || headings.has(d.extent.start) || contains(d.extent, { start: 0, end: doc.text.length })) continue;
    if (d.type === 'risk' && riskIds.has(d.id)) continue;
    out.push(leaf(d.id, d.title, d.type, d.extent, d.span));
  }
  for (const e of doc.soa) {
    const title = e.attributes.get('title')?.text || getControl(e.controlId)?.title;
    const decision = e.applicable === true ? 'applicable' : e.applicable === false ? 'excluded' : 'undecided';
    out.push(leaf(e.controlId, title ? `${title} (${decision})` : decision, 'soa-row', e.extent, e.idSpan));
  }
  return out;
}

function leaf(name: string, detail: string | undefined, kind: SymbolKind, extent: Span, selection: Span): Node {
  const span = contains(extent, selection) ? extent : { start: Math.min(extent.start, selection.start), end: Math.max(extent.end, selection.end) };
  return { name, ...(detail ? { detail } : {}), kind, span, selection, level: LEAF, children: [] };
}

function aimsNode(doc: AimsDocument): Node | undefined {
  const block = doc.meta.blockSpan;
  if (!block) return undefined;
  const id = doc.meta.fields.get('id');
  const idText = id && (typeof id.value === 'string' || typeof id.value === 'number') ? String(id.value) : undefined;
  const selection = idText && id ? id.valueSpan : { start: block.start, end: Math.min(block.end, block.start + 4) };
  const title = doc.meta.fields.get('title')?.value;
  const detail = [doc.meta.kind, typeof title === 'string' ? title : undefined].filter(Boolean).join(': ');
  return { name: idText ?? 'aims', ...(detail ? { detail } : {}), kind: 'document', span: block, selection, level: 0, children: [] };
}

function toResult(doc: AimsDocument, n: Node): DocumentSymbolResult {
  // LSP (and VS Code, which rejects the whole outline otherwise): the range must contain the selection,
  // which can end in the whitespace trimmed here (a YAML scalar running to the next line).
  const trimmed = trimEnd(doc.text, n.span);
  return {
    name: n.name,
    ...(n.detail ? { detail: n.detail } : {}),
    kind: n.kind,
    range: doc.lines.range({ start: Math.min(trimmed.start, n.selection.start), end: Math.max(trimmed.end, n.selection.end) }),
    selectionRange: doc.lines.range(n.selection),
    children: n.children.map((c) => toResult(doc, c)),
  };
}

function trimEnd(text: string, s: Span): Span {
  let end = s.end;
  while (end > s.start && /\s/.test(text[end - 1]!)) end--;
  return { start: s.start, end };
}

function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

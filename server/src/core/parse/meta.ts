/**
 * The `aims:` declaration block -> DocumentMeta, and kind inference for
 * documents that do not declare themselves (by configured glob, then by title
 * or file name).
 */
import type { DocumentMeta, FieldItem, FieldValue, KindSource } from '../model.js';
import type { KindId } from '../catalogue/types.js';
import { KINDS, getKind } from '../catalogue/kinds.js';
import type { AimsConfig } from '../config/config.js';
import { matchGlob } from '../util/glob.js';
import { getPair, type YMap, type YNode } from './yaml.js';

export function readAimsBlock(root: YNode | null, source: DocumentMeta['source']): Omit<DocumentMeta, 'kind' | 'kindSource' | 'kindReason'> {
  const pair = getPair(root, 'aims');
  if (!pair) return { source: 'none', fields: new Map() };
  const fields = new Map<string, FieldValue>();
  if (pair.value?.type === 'map') for (const p of (pair.value as YMap).pairs) fields.set(p.key, fieldValue(p.key, p.keySpan, p.value));
  return { source, blockSpan: pair.span, fields };
}

export function fieldValue(key: string, keySpan: FieldValue['keySpan'], node: YNode | null): FieldValue {
  if (!node) return { key, keySpan, valueSpan: { start: keySpan.end, end: keySpan.end }, value: null };
  switch (node.type) {
    case 'scalar':
      return { key, keySpan, valueSpan: node.span, value: typeof node.value === 'number' ? node.raw || node.value : node.value };
    case 'seq': {
      const items: FieldItem[] = [];
      for (const i of node.items) if (i.type === 'scalar') items.push({ value: typeof i.value === 'number' ? i.raw : i.value, span: i.span });
      return { key, keySpan, valueSpan: node.span, value: items };
    }
    case 'map':
      return { key, keySpan, valueSpan: node.span, value: 'mapping' };
    case 'alias':
      return { key, keySpan, valueSpan: node.span, value: null };
  }
}

export function fieldText(meta: Pick<DocumentMeta, 'fields'>, key: string): string | undefined {
  const v = meta.fields.get(key)?.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

export function fieldList(meta: Pick<DocumentMeta, 'fields'>, key: string): readonly FieldItem[] {
  const v = meta.fields.get(key)?.value;
  if (Array.isArray(v)) return v;
  const f = meta.fields.get(key);
  if (f && (typeof v === 'string' || typeof v === 'number')) return [{ value: v, span: f.valueSpan }];
  return [];
}

/** The kinds' title patterns, compiled once (the relevance pre-check tries every heading of every note). */
const TITLE_PATTERNS = KINDS.map((k) => [k, new RegExp(k.titlePattern, 'i')] as const);

export function inferKind(
  declared: string | undefined,
  relativePath: string,
  title: string | undefined,
  config: AimsConfig,
): { kind?: KindId; source: KindSource; reason?: string } {
  if (declared && getKind(declared)) return { kind: declared as KindId, source: 'declared' };
  if (declared) return { source: 'none' };
  for (const k of config.kinds) if (matchGlob(k.glob, relativePath)) return { kind: k.kind, source: 'path', reason: `the path matches "${k.glob}"` };
  const base = relativePath.split('/').pop() ?? relativePath;
  // Templates, guides and read-mes describe a kind of document; they are not one.
  if (/(?:^|[^a-z])(?:templates?|guides?|readme|changelog)(?:[^a-z]|$)/i.test(relativePath)) return { source: 'none' };
  const candidates: [string, string][] = [];
  if (title) candidates.push(['title', title]);
  candidates.push(['file name', base.replace(/\.[^.]+$/, '').replace(/[-_.]+/g, ' ')]);
  for (const [what, text] of candidates) {
    const t = text.trim().toLowerCase();
    // Templates, guides and read-mes describe a kind of document; they are not one.
    if (/\btemplate\b|\breadme\b|\bchangelog\b|\bguide\b/.test(t)) return { source: 'none' };
    for (const [k, re] of TITLE_PATTERNS) {
      if (re.test(t)) return { kind: k.id, source: 'title', reason: `its ${what} "${text.trim()}" names that kind of document` };
    }
  }
  return { source: 'none' };
}

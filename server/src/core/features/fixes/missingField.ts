/**
 * missing-field: add a missing `aims:` field at the end of the block, indented
 * like its other fields (or inside its braces when written in flow style), with
 * a value where one is sensible; fill in an empty field that has such a value.
 */
import type { Finding } from '../../model/findings.js';
import type { AimsDocument, FieldValue } from '../../model/types.js';
import type { TextEdit } from '../types.js';
import { columnOf, edit, insert, lineEndAt, replace, yamlPair, yamlScalar, type FixContext, type FixProvider } from './util.js';

export const missingFieldFix: FixProvider = {
  code: 'missing-field',
  fixes(ctx, finding) {
    const field = fieldOf(finding);
    if (!field) return [];
    const existing = ctx.doc.meta.fields.get(field);
    const e = existing ? fillEdit(ctx, existing) : addEdit(ctx, [field]);
    if (!e) return [];
    const title = existing ? `Set ${field} to ${valueFor(ctx, field)}` : `Add ${field} to the aims block`;
    return [{ title, edit: edit(ctx.doc.uri, [e]), isPreferred: true }];
  },
  fixAll(ctx, findings) {
    const fields = [...new Set(findings.map(fieldOf).filter((x): x is string => x !== undefined))];
    const edits: TextEdit[] = [];
    for (const f of fields) {
      const existing = ctx.doc.meta.fields.get(f);
      const e = existing && fillEdit(ctx, existing);
      if (e) edits.push(e);
    }
    const added = addEdit(
      ctx,
      fields.filter((f) => !ctx.doc.meta.fields.has(f)),
    );
    if (added) edits.push(added);
    return edits.length > 0 ? edit(ctx.doc.uri, edits) : undefined;
  },
  allTitle: (n) => `Add all ${n} missing fields to the aims block`,
};

/** The `aims:` field a finding is about (not the register columns missing-field also reports). */
function fieldOf(f: Finding): string | undefined {
  const field = f.data?.['field'];
  return typeof field === 'string' && /^[a-z_]+$/.test(field) ? field : undefined;
}

/** A value to start from: draft, "0.1", today, the kind or title the engine already knows; else "". */
function valueFor(ctx: FixContext, field: string): string {
  const { doc } = ctx;
  switch (field) {
    case 'status':
      return 'draft';
    case 'version':
      return '"0.1"';
    case 'approved_on':
    case 'next_review':
      return ctx.service.today();
    case 'kind':
      return doc.meta.kind ?? '""';
    case 'title':
      return doc.title ? yamlScalar(doc.title) : '""';
    default:
      return '""';
  }
}

/** Insert the fields after the last field of the block. */
function addEdit(ctx: FixContext, fields: readonly string[]): TextEdit | undefined {
  const { doc } = ctx;
  const block = doc.meta.blockSpan;
  if (fields.length === 0 || !block) return undefined;
  const pairs = fields.map((f) => yamlPair(f, valueFor(ctx, f)));
  const last = [...doc.meta.fields.values()].sort((a, b) => a.keySpan.start - b.keySpan.start).pop();
  const lead = /^aims\s*:\s*/.exec(doc.text.slice(block.start, block.end));
  if (!lead) return undefined;
  const valueStart = block.start + lead[0].length;
  if (doc.text[valueStart] === '{') {
    // Flow style: aims: { kind: policy, id: POL-001 }
    const close = block.end - 1;
    if (doc.text[close] !== '}') return undefined;
    if (!last) return insert(doc, valueStart + 1, ` ${pairs.join(', ')} `);
    return insert(doc, contentEnd(doc, last), pairs.map((p) => `, ${p}`).join(''));
  }
  const eol = doc.lines.eol;
  const indent = ' '.repeat(last ? columnOf(doc, last.keySpan.start) : columnOf(doc, block.start) + 2);
  const at = lineEndAt(doc, last ? contentEnd(doc, last) : block.start);
  return insert(doc, at, pairs.map((p) => eol + indent + p).join(''));
}

/** Give an empty field its value, when there is a sensible one. */
function fillEdit(ctx: FixContext, f: FieldValue): TextEdit | undefined {
  const { doc } = ctx;
  const value = valueFor(ctx, f.key);
  if (value === '""') return undefined;
  if (f.value !== null) return replace(doc, f.valueSpan, value);
  // "status:" or "status:   # to do": the value goes after the colon, the spaces before a comment stay.
  const m = /^[ \t]*:([ \t]*)(#?)/.exec(doc.text.slice(f.keySpan.end, f.keySpan.end + 200));
  if (!m) return undefined;
  const at = f.keySpan.end + m[0].length - m[1]!.length - m[2]!.length;
  return replace(doc, { start: at, end: at + m[1]!.length }, ' ' + value + (m[2] ? ' ' : ''));
}

/** The end of a field's value, without the line breaks and comments a block value's span takes in. */
function contentEnd(doc: AimsDocument, f: FieldValue): number {
  let end = Math.max(f.valueSpan.end, f.keySpan.end);
  const text = doc.text;
  for (;;) {
    while (end > f.keySpan.end && /\s/.test(text[end - 1]!)) end--;
    // A comment line inside a block value's span: step back over it.
    let lineStart = end;
    while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
    if (lineStart > f.keySpan.end && /^\s*#/.test(text.slice(lineStart, end))) end = lineStart;
    else return end;
  }
}

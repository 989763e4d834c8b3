/** A readable text rendering of a document model, for snapshot tests. */
import type { AimsDocument, Span } from '../../server/src/core/index.js';

export function dumpModel(doc: AimsDocument): string {
  const at = (s: Span) => {
    const r = doc.lines.range(s);
    return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  };
  const out: string[] = [];
  out.push(`${doc.languageId} kind=${doc.meta.kind ?? '-'} (${doc.meta.kindSource}) relevant=${doc.relevant} title=${JSON.stringify(doc.title ?? null)}`);
  if (doc.meta.fields.size) out.push('aims:', ...[...doc.meta.fields.values()].map((f) => `  ${f.key} @${at(f.keySpan)} = ${JSON.stringify(f.value)}`));
  if (doc.sections.length) out.push('sections:', ...doc.sections.map((s) => `  ${'#'.repeat(s.level)} ${s.title} @${at(s.headingSpan)} [${s.normalized}] content=${s.content.length}`));
  if (doc.tables.length)
    out.push('tables:', ...doc.tables.map((t) => `  @${at(t.span)} ${t.header.map((h) => h.text).join(' | ')} (${t.rows.length} rows) in "${t.sectionTitle}"`));
  if (doc.references.length)
    out.push(
      'references:',
      ...doc.references.map((r) => `  ${r.type} ${r.id} @${at(r.span)} ${r.framework}${r.fromRange ? ' range' : ''}${r.title ? ` title=${JSON.stringify(r.title.text)}@${at(r.title.span)}` : ''}`),
    );
  if (doc.definitions.length) out.push('definitions:', ...doc.definitions.map((d) => `  ${d.type} ${d.id} @${at(d.span)}${d.weak ? ' weak' : ''}${d.title ? ` "${d.title}"` : ''}`));
  if (doc.risks.length)
    out.push('risks:', ...doc.risks.map((r) => `  ${r.id} @${at(r.idSpan)} ${[...r.attributes].map(([k, v]) => `${k}=${JSON.stringify(v.text)}`).join(' ')}`));
  if (doc.soa.length) out.push('soa:', ...doc.soa.map((e) => `  ${e.controlId} @${at(e.idSpan)} applicable=${e.applicable ?? '?'} ${[...e.attributes.keys()].join(',')}`));
  if (doc.excluded.length) out.push('excluded:', ...doc.excluded.map((s) => `  @${at(s)}`));
  if (doc.problems.length) out.push('problems:', ...doc.problems.map((p) => `  ${p.code} @${at(p.span)} ${p.message}`));
  return out.join('\n') + '\n';
}

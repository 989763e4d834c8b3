/**
 * Which documents provide the documented information a clause asks for: shared by the
 * missing-documented-information rule and the coverage model (coverage/providers.ts), so that
 * the finding and the coverage figure never disagree.
 */
import type { DocumentedInfoRequirement } from '../catalogue/types.js';
import type { DocumentSummary } from '../model/types.js';
import { fieldList } from '../parse/meta.js';
import { isTemplateDoc } from '../parse/template.js';

/** Clauses a document declares in `aims.clauses`. */
export function declaredClauses(doc: DocumentSummary): string[] {
  return fieldList(doc.meta, 'clauses').map((i) => String(i.value ?? '').trim()).filter(Boolean);
}

/**
 * How a document provides a requirement: by its kind, by a handbook chapter of that kind
 * (parse/chapters.ts), by the clauses it declares, or not at all. A template provides nothing.
 */
export function providesRequirement(doc: DocumentSummary, req: DocumentedInfoRequirement): 'kind' | 'chapter' | 'clauses' | undefined {
  if (!doc.relevant) return undefined;
  const via =
    doc.meta.kind && req.kinds.includes(doc.meta.kind) ? 'kind'
    : doc.meta.chapters?.some((c) => req.kinds.includes(c.kind)) ? 'chapter'
    : !req.kindOnly && declaredClauses(doc).includes(req.clause) ? 'clauses'
    : undefined;
  return via && !isTemplateDoc(doc) ? via : undefined;
}

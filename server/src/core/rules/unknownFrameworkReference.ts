import type { Rule } from './types.js';
import { AI_ACT_ANNEXES, AI_ACT_ARTICLES } from '../catalogue/euAiAct.js';
import { closestAiActAnnexes, closestRmfSubcategories, getAiActAnnex, getAiActArticle, getRmfSubcategory } from '../catalogue/frameworks.js';

const LAST_ARTICLE = AI_ACT_ARTICLES.length;
const LAST_ANNEX = AI_ACT_ANNEXES.at(-1)!.id.slice('Annex '.length);

/**
 * A NIST AI RMF subcategory or an EU AI Act article or annex that does not exist (issue 17).
 * The scanner only reads an article as the AI Act's when the context says it is (refs/frameworkRefs.ts),
 * so GDPR's articles are never judged here.
 */
export const unknownFrameworkReference: Rule = {
  code: 'unknown-framework-reference',
  defaultSeverity: 'warning',
  doc: {
    summary: 'A NIST AI RMF 1.0 subcategory (GOVERN 1.1 ... MANAGE 4.3) or an EU AI Act article or annex (Articles 1-113, Annexes I-XIII) that the framework does not have.',
    example: 'Mapped to NIST AI RMF MANAGE 1.0 and EU AI Act Art. 4a.',
    fix: 'Use the subcategory or article meant (the finding suggests the closest); an article number from a draft of the AI Act has moved in Regulation (EU) 2024/1689. The quick fix changes the number to the suggestion, keeping how the reference is written.',
  },
  check(ctx) {
    for (const r of ctx.doc.references) {
      if (r.type === 'rmf-subcategory' && !getRmfSubcategory(r.id)) {
        const suggestions = closestRmfSubcategories(r.id).map((s) => s.id);
        const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `${s} (${getRmfSubcategory(s)!.title})`).join(', ')}?` : '';
        ctx.report({ span: r.span, message: `${r.id} is not a NIST AI RMF 1.0 subcategory.${hint}`, data: { id: r.id, suggestions } });
      } else if (r.type === 'ai-act-article' && !getAiActArticle(r.id) && !r.fromRange) {
        const n = Number(/\d+/.exec(r.id)![0]);
        const why = /\d[a-z]$/.test(r.id)
          ? ` Lettered articles belong to drafts of the Act; the numbers changed in the adopted text.`
          : ` The Act has Articles 1-${LAST_ARTICLE}.`;
        const suggestions = /\d[a-z]$/.test(r.id) && n <= LAST_ARTICLE ? [`Article ${n}`] : [];
        ctx.report({ span: r.span, message: `${r.id} is not an article of the EU AI Act (Regulation (EU) 2024/1689).${why}`, data: { id: r.id, suggestions } });
      } else if (r.type === 'ai-act-annex' && !getAiActAnnex(r.id)) {
        const suggestions = closestAiActAnnexes(r.id).map((a) => a.id);
        const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `${s} (${getAiActAnnex(s)!.title})`).join(', ')}?` : '';
        ctx.report({ span: r.span, message: `${r.id} is not an annex of the EU AI Act, which has Annexes I-${LAST_ANNEX}.${hint}`, data: { id: r.id, suggestions } });
      }
    }
  },
};

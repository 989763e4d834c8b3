/**
 * A system's hover, when its record states its EU AI Act risk class (and the organisation's
 * role for it): which of the articles the crosswalk maps apply to it (issue 17, per-system
 * applicability; catalogue/aiActApplicability.ts has the reading). Nothing when no class is
 * stated or the words are not a class.
 */
import type { Definition } from '../model/types.js';
import { aiActRiskClass, aiActRoles, applicableArticles, isAiActRiskKey, isAiActRoleKey, type AiActRole } from '../catalogue/aiActApplicability.js';
import { crosswalkRows, getAiActArticle } from '../catalogue/frameworks.js';

export function aiActFacts(def: Definition): string[] {
  let cls: ReturnType<typeof aiActRiskClass>;
  let roles: AiActRole[] = [];
  for (const [key, a] of def.attributes) {
    if (!cls && isAiActRiskKey(key)) cls = aiActRiskClass(a.text);
    else if (roles.length === 0 && isAiActRoleKey(key)) roles = aiActRoles(a.text);
  }
  if (!cls) return [];
  const mapped = applicableArticles(cls, roles).filter((n) => crosswalkRows('eu-ai-act', `Article ${n}`).length > 0);
  const list = mapped.map((n) => `Article ${n} (${getAiActArticle(`Article ${n}`)?.title ?? ''})`).join(', ');
  const who = roles.length ? `, ${roles.join(' and ')}` : ', no role stated (every role\'s articles)';
  const art50 = mapped.includes(50) ? '' : '; Article 50 applies too if the system interacts with people or generates content';
  return [`EU AI Act (as the record states: ${cls}${who}): ${list || 'none of the obligations the crosswalk maps'} apply, in this project's reading${art50}.`];
}

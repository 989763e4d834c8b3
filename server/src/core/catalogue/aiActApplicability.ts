/**
 * Per-system EU AI Act applicability (issue 17): an AI system record may state the system's
 * risk class under the Act and the organisation's role for it; these say which of the articles
 * the crosswalk maps (the obligations on an organisation) then apply to that system. The
 * classes and roles are the Act's; which article follows from which is the project's reading of
 * the Act's structure (Chapter III Section 2 and 3 for high-risk providers, Article 26-27 for
 * deployers, Article 50 for certain systems whatever their class, Chapter V for general-purpose
 * models), not legal advice.
 */

export type AiActRiskClass = 'prohibited' | 'high-risk' | 'limited-risk' | 'minimal-risk' | 'gpai' | 'gpai-systemic';
export type AiActRole = 'provider' | 'deployer' | 'importer' | 'distributor';

/** The words people write for each class, lower case, spaces for separators; the first match wins. */
const CLASS_WORDS: readonly (readonly [AiActRiskClass, RegExp])[] = [
  ['prohibited', /^(?:prohibited|unacceptable(?: risk)?|banned)\b/],
  ['gpai-systemic', /^(?:gpai|general purpose ai(?: model)?) with systemic risk\b|^systemic risk\b/],
  ['gpai', /^(?:gpai|general purpose ai(?: model)?)\b/],
  ['high-risk', /^high(?: risk)?\b|^annex iii\b/],
  ['limited-risk', /^(?:limited(?: risk)?|transparency(?: risk)?)\b/],
  ['minimal-risk', /^(?:minimal|low|no)(?: risk)?\b/],
];

const ROLE_WORDS: readonly (readonly [AiActRole, RegExp])[] = [
  ['provider', /\bprovider\b/],
  ['deployer', /\bdeployer\b/],
  ['importer', /\bimporter\b/],
  ['distributor', /\bdistributor\b/],
];

/**
 * Articles (numbers) that apply to every system in scope (AI literacy, the prohibitions, the
 * classification itself), then per class and role. Article 50 depends on what a system does
 * (talks to people, generates content), whatever its class: it is listed for the class people
 * name after it (limited or transparency risk), and the hover says it may apply to others.
 */
const EVERY = [4, 5, 6];
const BY_CLASS: Readonly<Record<AiActRiskClass, Partial<Record<AiActRole | 'any', readonly number[]>>>> = {
  prohibited: { any: [5] },
  'high-risk': {
    provider: [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 25, 43, 47, 49, 72, 73],
    deployer: [25, 26, 27, 86],
    importer: [25],
    distributor: [25],
  },
  'limited-risk': { any: [50] },
  'minimal-risk': {},
  gpai: { provider: [53] },
  'gpai-systemic': { provider: [53, 55] },
};

const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Attribute keys ("ai_act_risk", "EU AI Act risk class", "AI Act role") say which is which. */
export function isAiActRiskKey(key: string): boolean {
  const k = words(key);
  return /\bai act\b/.test(k) && /\b(?:risk|class|classification|category|tier)\b/.test(k);
}

export function isAiActRoleKey(key: string): boolean {
  const k = words(key);
  return /\bai act\b/.test(k) && /\brole\b/.test(k);
}

export function aiActRiskClass(written: string): AiActRiskClass | undefined {
  const w = words(written);
  return CLASS_WORDS.find(([, re]) => re.test(w))?.[0];
}

/** The roles a value names ("Provider and deployer" names two). */
export function aiActRoles(written: string): AiActRole[] {
  const w = words(written);
  return ROLE_WORDS.filter(([, re]) => re.test(w)).map(([r]) => r);
}

/** The article numbers that apply to a system of this class, for these roles (every role's when none is stated). */
export function applicableArticles(cls: AiActRiskClass, roles: readonly AiActRole[]): number[] {
  const byRole = BY_CLASS[cls];
  const all = new Set([...EVERY, ...[...(roles.length ? roles : (['provider', 'deployer', 'importer', 'distributor'] as const)), 'any' as const].flatMap((r) => byRole[r] ?? [])]);
  return [...all].sort((a, b) => a - b);
}

/**
 * What an SoA row's status cell says of the control's implementation, in its words
 * ("Implemented", "In place", "Partially", "Planned Q3", "N/A"): read by the coverage model
 * and by the rules that ask whether an implemented control has evidence.
 */
export type Implementation = 'implemented' | 'partial' | 'planned' | 'not-applicable' | 'other' | 'none';

/** How far a control is implemented, from the words of its status cell. */
export function implementationOf(status: string | undefined): Implementation {
  const s = (status ?? '').replace(/[*_`]/g, '').trim().toLowerCase();
  if (s === '' || /^(?:-|—|–|tbd|\?)$/.test(s)) return 'none';
  if (/\bnot applicable\b|\bexclud|^n\/?a\b/.test(s)) return 'not-applicable';
  if (/\bpartial|\bin progress\b|\bongoing\b|\bunder way\b|\bunderway\b/.test(s)) return 'partial';
  if (/\bplanned\b|\bnot (?:yet )?(?:started|implemented|in place)\b|\bto ?do\b|\bscheduled\b|\bproposed\b/.test(s)) return 'planned';
  if (/\bimplemented\b|\bin place\b|\boperational\b|\beffective\b|\bcomplete[d]?\b|\bdone\b/.test(s)) return 'implemented';
  return 'other';
}


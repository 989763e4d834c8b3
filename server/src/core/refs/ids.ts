/** Pure helpers of scan.ts: what kind of ID a control-shaped ID is, ranges, clause numbers, numbered sequences. */
import type { Reference, ReferenceType } from '../model/types.js';
import { getControl, getControlGroup, getObjectiveGroup } from '../catalogue/lookup.js';

/**
 * "A.6.3 Deployment Controls", "A.6.4 Monitoring Controls", "A.6.5 Decommissioning Controls": an
 * ID read as ISO/IEC 27001's only because the document mentions 27001 somewhere is 42001's when
 * the control IDs next to it, numbered one below or above in the same group, are 42001's.
 */
export function inSequence(refs: Reference[], soft: ReadonlySet<number>): Reference[] {
  const controls = refs.filter((r) => r.type === 'control' || r.type === 'control-group');
  const at = new Map(controls.map((r, i) => [r, i]));
  const adjacent = (a: string, b: string) => {
    const x = a.split('.');
    const y = b.split('.');
    return x.length === y.length && x.slice(0, -1).join('.') === y.slice(0, -1).join('.') && Math.abs(Number(x[x.length - 1]) - Number(y[y.length - 1])) === 1;
  };
  return refs.map((r) => {
    if (!soft.has(r.span.start) || r.framework !== '27001') return r;
    const i = at.get(r)!;
    const near = [controls[i - 1], controls[i + 1]].filter((n): n is Reference => n !== undefined && Math.abs(n.span.start - r.span.start) < 2000);
    return near.some((n) => n.framework === '42001' && adjacent(n.id, r.id)) && !near.some((n) => n.framework === '27001' && !soft.has(n.span.start)) ? { ...r, framework: '42001' } : r;
  });
}

/** "6.1.2." -> "6.1.2"; "06.1" -> "6.1". */
export function normalizeClause(s: string): string {
  return s
    .split('.')
    .map((p) => String(Number(p)))
    .join('.');
}

export function classifyControl(id: string): ReferenceType {
  if (getControl(id)) return 'control';
  if (getControlGroup(id)) return 'control-group';
  if (getObjectiveGroup(id)) return 'control-objective';
  const parts = id.split('.');
  // A.2 ... A.10 style with nothing further that is not a group is still group-shaped.
  if (parts.length === 2) return 'control-group';
  return 'control';
}

/** "A.5.2" + "A.5.5" -> A.5.2..A.5.5; "A.2.2" + "4" -> A.2.2..A.2.4. Only within one group, at most 20 IDs. */
export function expandRange(from: string, to: string): string[] | undefined {
  const fp = from.slice(2).split('.').map(Number);
  let tp: number[];
  if (to.startsWith('A.')) tp = to.slice(2).split('.').map(Number);
  else if (!to.includes('.')) tp = [...fp.slice(0, -1), Number(to)];
  else return undefined;
  if (fp.length !== tp.length || fp.length < 2) return undefined;
  for (let i = 0; i < fp.length - 1; i++) if (fp[i] !== tp[i]) return undefined;
  const a = fp[fp.length - 1]!;
  const b = tp[tp.length - 1]!;
  if (b <= a || b - a > 20) return undefined;
  const prefix = 'A.' + fp.slice(0, -1).join('.') + '.';
  const ids: string[] = [];
  for (let n = a; n <= b; n++) ids.push(prefix + n);
  return ids;
}

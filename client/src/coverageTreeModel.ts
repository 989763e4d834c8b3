/**
 * The coverage tree as plain data, built from the server's coverage model
 * (aims/coverageModel). No `vscode` here: the tree view (coverageTree.ts) only
 * turns these nodes into TreeItems, and node tests check this shape directly.
 *
 *   Clauses 4–10 → clause → documented information → providing documents (→ their errors,
 *                  missing content and overdue review, each at its line) | "missing"
 *   A node's icon is the worst of its children's: an overdue or incomplete document shows up
 *   on its requirement, its clause and the root.
 *   Annex A      → objective group → (sub-group →) control → decision, justification,
 *                  status, evidence, citing documents and risks, contradictions
 *   NIST AI RMF / EU AI Act (when `frameworks:` enables them) → subcategory or article,
 *                  evidenced or open → the mapped controls' states, the documents citing it
 */
import type { ClauseCoverage, ControlCoverage, CoverageModel, FrameworkCoverage, FrameworkItemCoverage, GroupCoverage, Location, Provider, RequirementCoverage } from '../../protocol/requests.js';

/** Names of codicons (https://code.visualstudio.com/api/references/icons-in-labels), with a theme colour. */
export type Icon =
  | 'pass'
  | 'warning'
  | 'error'
  | 'circle-large-outline'
  | 'circle-slash'
  | 'clock'
  | 'file'
  | 'link'
  | 'law'
  | 'shield'
  | 'folder'
  | 'note'
  | 'references'
  | 'code';

export interface TreeNode {
  /** Stable across refreshes (expansion state survives). */
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  readonly icon?: Icon;
  /** Where clicking goes: a workspace-relative path and 1-based line. */
  readonly target?: Location;
  /** A gap: shown when the view is filtered to gaps, and counted in its parent. */
  readonly gap: boolean;
  readonly children: readonly TreeNode[];
}

export function buildCoverageTree(model: CoverageModel, folderId = ''): TreeNode[] {
  // `frameworks` is absent in a model from a server older than issue 17.
  return [clausesNode(model, folderId), annexANode(model, folderId), ...(model.frameworks ?? []).map((fw) => frameworkNode(fw, folderId))];
}

/** Only the gaps and the nodes on the way to them. */
export function gapsOnly(nodes: readonly TreeNode[]): TreeNode[] {
  return nodes.flatMap((n) => {
    if (n.children.length === 0) return n.gap ? [n] : [];
    const children = gapsOnly(n.children);
    return children.length > 0 ? [{ ...n, children }] : n.gap ? [{ ...n, children: [] }] : [];
  });
}

/** How bad a node's icon is, for rolling problems up: a parent shows its worst child's. */
const SEVERITY: Partial<Record<Icon, number>> = { pass: 0, warning: 1, clock: 1, error: 2 };

/** `own`, or a warning or error when a child is worse (an error stays an error). */
function rolledUp(own: Icon, children: readonly TreeNode[]): Icon {
  let worst = SEVERITY[own] ?? 0;
  for (const c of children) worst = Math.max(worst, SEVERITY[c.icon ?? 'pass'] ?? 0);
  return worst === 2 ? 'error' : worst === 1 && (SEVERITY[own] ?? 0) < 1 ? 'warning' : own;
}

function clausesNode(model: CoverageModel, f: string): TreeNode {
  const { clauses } = model.clauses;
  const all = clauses.flatMap((c) => c.requirements);
  const provided = all.filter((r) => r.provided).length;
  const children = clauses.map((c) => clauseNode(c, f));
  return {
    id: `${f}clauses`,
    label: 'Clauses 4–10: documented information',
    description: `${provided}/${all.length} provided`,
    tooltip: 'What clauses 4 to 10 ask to be documented, and the documents that provide it. Provided means: a document in force, without errors and with the content its kind requires.',
    icon: rolledUp('pass', children),
    gap: false,
    children,
  };
}

function clauseNode(c: ClauseCoverage, f: string): TreeNode {
  const provided = c.requirements.filter((r) => r.provided).length;
  const children = c.requirements.map((r) => requirementNode(r, f));
  return {
    id: `${f}clause:${c.id}`,
    label: `${c.id} ${c.title}`,
    description: `${provided}/${c.requirements.length}`,
    icon: rolledUp('pass', children),
    gap: false,
    children,
  };
}

function providerNode(r: RequirementCoverage, p: Provider, f: string): TreeNode {
  const id = `${f}req:${r.id}:${p.path}`;
  const blocking = p.problems.filter((x) => x.blocks);
  // Each problem is a child at its own line: a click lands on the finding, not the top of the file.
  const children: TreeNode[] = p.problems.map((x, i) => ({
    id: `${id}:problem:${i}`,
    label: x.message,
    description: x.code,
    tooltip: `${x.path}:${x.line} ${x.severity} ${x.code}${x.blocks ? '\nThe document does not count as providing this until it is fixed.' : ''}`,
    icon: x.code === 'review-overdue' ? 'clock' : x.severity === 'error' ? 'error' : 'warning',
    target: { path: x.path, line: x.line },
    gap: true,
    children: [],
  }));
  const own: Icon = p.status === 'retired' ? 'circle-slash' : p.status === 'overdue' ? 'clock' : 'file';
  return {
    id,
    label: p.title ?? p.id ?? p.path,
    description: [p.id && p.title ? p.id : undefined, statusWord(p.status), p.via === 'clauses' ? 'by aims.clauses' : p.via === 'chapter' ? 'by a chapter' : undefined, blocking.length ? `incomplete: ${blocking.length} problem${blocking.length === 1 ? '' : 's'}` : undefined]
      .filter(Boolean)
      .join(' · '),
    tooltip: `${p.path}:${p.line}${p.owner ? `\nOwner: ${p.owner}` : ''}${p.nextReview ? `\nNext review: ${p.nextReview}` : ''}`,
    icon: p.status === 'retired' ? own : rolledUp(own, children),
    target: { path: p.path, line: p.line },
    gap: p.status !== 'retired' && p.problems.length > 0,
    children: p.status === 'retired' ? [] : children,
  };
}

function requirementNode(r: RequirementCoverage, f: string): TreeNode {
  const live = r.providers.filter((p) => p.status !== 'retired');
  const children: TreeNode[] = r.providers.map((p) => providerNode(r, p, f));
  if (!r.present)
    children.push({
      id: `${f}req:${r.id}:missing`,
      label: 'missing',
      description: `expected a ${r.kinds.join(' or ')} document`,
      tooltip: `No document in force provides this. Create one with AIMS: New AIMS Document… (kind ${r.kinds[0] ?? 'any'}), or list clause ${r.clause} in an existing document's aims.clauses.`,
      icon: 'error',
      gap: true,
      children: [],
    });
  return {
    id: `${f}req:${r.id}`,
    label: r.what,
    description: r.provided ? `${live.length} document${live.length === 1 ? '' : 's'}` : r.present ? 'incomplete' : 'missing',
    tooltip: `Clause ${r.clause}: ${r.form === 'maintain' ? 'documented information to maintain' : 'documented information to retain as evidence'}.${r.present && !r.provided ? ' The documents that provide it have errors or lack content their kind requires.' : ''}`,
    // Provided, a document's problems show as a warning; not provided, as its worst.
    icon: !r.present ? 'error' : r.provided ? (rolledUp('pass', children) === 'pass' ? 'pass' : 'warning') : rolledUp('warning', children),
    gap: !r.provided || children.some((c) => c.gap),
    children,
  };
}

function annexANode(model: CoverageModel, f: string): TreeNode {
  const { groups, controls, totals } = model.annexA;
  const decided = controls.length - totals.undecided;
  // A sub-group whose parent is not a group of its own (A.6.1 and A.6.2 under A.6) stands at the top.
  const top = groups.filter((g) => !g.parent || !groups.some((p) => p.id === g.parent));
  return {
    id: `${f}annexA`,
    label: 'Annex A controls',
    description: `${decided}/${controls.length} decided · ${totals.implemented} implemented`,
    tooltip: `${totals.applicable} applicable (${totals.implemented} implemented, ${totals.partial} partial, ${totals.planned} planned), ${totals.excluded} excluded, ${totals.undecided} undecided; ${totals.contradictions} contradictions.`,
    icon: totals.undecided === 0 && totals.contradictions === 0 ? 'pass' : 'warning',
    gap: false,
    children: top.map((g) => groupNode(g, groups, controls, f)),
  };
}

function groupNode(g: GroupCoverage, groups: readonly GroupCoverage[], controls: readonly ControlCoverage[], f: string): TreeNode {
  const subGroups = groups.filter((s) => s.parent === g.id);
  const own = controls.filter((c) => c.group === g.id);
  const decided = g.controls - g.undecided;
  return {
    id: `${f}group:${g.id}`,
    label: `${g.id} ${g.title}`,
    description: `${decided}/${g.controls} decided`,
    icon: g.undecided === 0 && g.contradictions === 0 ? 'pass' : 'warning',
    gap: false,
    children: [...subGroups.map((s) => groupNode(s, groups, controls, f)), ...own.map((c) => controlNode(c, f))],
  };
}

const STATE: Record<ControlCoverage['state'], { word: string; icon: Icon }> = {
  contradiction: { word: 'contradiction', icon: 'error' },
  undecided: { word: 'undecided', icon: 'circle-large-outline' },
  excluded: { word: 'excluded', icon: 'circle-slash' },
  implemented: { word: 'implemented', icon: 'pass' },
  partial: { word: 'partly implemented', icon: 'clock' },
  planned: { word: 'planned', icon: 'clock' },
  applicable: { word: 'applicable', icon: 'shield' },
};

function controlNode(c: ControlCoverage, f: string): TreeNode {
  const state = STATE[c.state];
  const unjustified = c.decision === 'excluded' && !c.justification;
  const unresolved = c.evidence.filter((e) => !e.resolved && e.kind !== 'text');
  const id = `${f}control:${c.id}`;
  const children: TreeNode[] = [];
  children.push({
    id: `${id}:decision`,
    label: c.decision === 'undecided' ? 'No decision in the statement of applicability' : `Decision: ${c.decision}${c.conflict ? ' (the statement contradicts itself)' : ''}`,
    ...(c.status ? { description: c.status } : {}),
    icon: c.decision === 'undecided' ? 'error' : 'law',
    ...(c.source ? { target: c.source } : {}),
    gap: c.decision === 'undecided' || c.conflict,
    children: [],
  });
  if (c.decision === 'excluded')
    children.push({
      id: `${id}:justification`,
      label: c.justification ? `Justification: ${c.justification}` : 'No justification for the exclusion',
      tooltip: c.justification ?? 'An excluded control needs a reason in the statement of applicability.',
      icon: c.justification ? 'note' : 'error',
      ...(c.source ? { target: c.source } : {}),
      gap: unjustified,
      children: [],
    });
  for (const [i, e] of c.evidence.entries())
    children.push({
      id: `${id}:evidence:${i}`,
      label: `Evidence: ${e.text}`,
      description: e.kind === 'text' ? 'free text' : e.resolved ? e.kind : `${e.kind} not found`,
      icon: e.kind === 'text' ? 'note' : e.resolved ? 'link' : 'warning',
      ...(e.target ? { target: e.target } : c.source ? { target: c.source } : {}),
      gap: !e.resolved && e.kind !== 'text',
      children: [],
    });
  for (const e of c.codeEvidence)
    children.push({
      id: `${id}:code:${e.path}:${e.line}`,
      label: `Code: ${e.path}:${e.line}`,
      description: [e.note, ...e.systems, ...e.risks].filter(Boolean).join(' · '),
      tooltip: `A control tag in code says this implements ${c.id}${e.note ? `: ${e.note}` : ''}.`,
      icon: 'code',
      target: { path: e.path, line: e.line },
      gap: false,
      children: [],
    });
  for (const x of c.contradictions)
    children.push({ id: `${id}:contradiction:${x.path}:${x.line}`, label: x.message, icon: 'error', target: { path: x.path, line: x.line }, gap: true, children: [] });
  for (const d of c.citedBy)
    children.push({ id: `${id}:cited:${d.path}`, label: `Cited in ${d.path}`, description: `${d.count}×`, icon: 'references', target: { path: d.path, line: d.line }, gap: false, children: [] });
  for (const d of c.declaredBy)
    children.push({ id: `${id}:declared:${d.path}`, label: `Implemented by ${d.id ?? d.path}`, description: 'aims.controls', icon: 'file', target: { path: d.path, line: d.line }, gap: false, children: [] });
  if (c.risks.length > 0) children.push({ id: `${id}:risks`, label: `Treats ${c.risks.join(', ')}`, icon: 'shield', gap: false, children: [] });
  return {
    id,
    label: `${c.id} ${c.title}`,
    description: [state.word, unjustified ? 'no justification' : undefined, unresolved.length ? `${unresolved.length} evidence not found` : undefined].filter(Boolean).join(' · '),
    icon: unjustified || unresolved.length ? 'warning' : state.icon,
    ...(c.source ? { target: c.source } : {}),
    gap: c.state === 'undecided' || c.state === 'contradiction' || unjustified || unresolved.length > 0,
    children,
  };
}

function statusWord(s: string): string {
  return s === 'undeclared' ? 'no status' : s === 'overdue' ? 'review overdue' : s;
}

function frameworkNode(fw: FrameworkCoverage, f: string): TreeNode {
  const open = fw.total - fw.evidenced;
  return {
    id: `${f}framework:${fw.framework}`,
    label: fw.name,
    description: `${fw.evidenced}/${fw.total} evidenced`,
    tooltip: `${fw.edition}. Evidenced: a control the crosswalk (${fw.crosswalk}) maps the item to is included and not only planned, or a document cites it.`,
    icon: open === 0 ? 'pass' : 'warning',
    gap: false,
    children: fw.groups.length ? fw.groups.map((g) => frameworkGroupNode(fw, g, f)) : fw.items.map((i) => frameworkItemNode(fw, i, f)),
  };
}

/** An AI RMF category, its subcategories under it (issue 17: the coverage rolls up). */
function frameworkGroupNode(fw: FrameworkCoverage, g: FrameworkCoverage['groups'][number], f: string): TreeNode {
  const id = `${f}framework:${fw.framework}:group:${g.id}`;
  const children = fw.items.filter((i) => g.items.includes(i.id)).map((i) => frameworkItemNode(fw, i, f));
  for (const d of g.citedBy)
    children.push({ id: `${id}:cited:${d.path}`, label: `Cited in ${d.path}`, description: `${d.count}×`, icon: 'references', target: { path: d.path, line: d.line }, gap: false, children: [] });
  return { id, label: `${g.id} ${g.title}`, description: `${g.evidenced}/${g.items.length} evidenced`, icon: g.evidenced === g.items.length ? 'pass' : 'warning', gap: false, children };
}

function frameworkItemNode(fw: FrameworkCoverage, i: FrameworkItemCoverage, f: string): TreeNode {
  const id = `${f}framework:${fw.framework}:${i.id}`;
  const children: TreeNode[] = i.controls.map((c) => ({ id: `${id}:control:${c.id}`, label: `${c.id} ${c.title}`, description: c.state, icon: 'shield' as const, gap: false, children: [] }));
  for (const d of i.citedBy)
    children.push({ id: `${id}:cited:${d.path}`, label: `Cited in ${d.path}`, description: `${d.count}×`, icon: 'references', target: { path: d.path, line: d.line }, gap: false, children: [] });
  return {
    id,
    label: `${i.id} ${i.title}`,
    description: i.state === 'evidenced' ? 'evidenced' : 'open',
    tooltip: `Mapped by ${i.sources.map((s) => (s === 'project' ? `the project${i.rationale ? ` (${i.rationale})` : ''}` : s)).join('; ')}`,
    icon: i.state === 'evidenced' ? 'pass' : 'circle-large-outline',
    gap: i.state === 'open',
    children,
  };
}

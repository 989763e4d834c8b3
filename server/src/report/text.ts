/** `aims coverage --format text`: the coverage model as a few readable lines per part (control characters made visible). */
import type { CoverageModel, DocumentStatus, HeatMap, Provider } from '../core/index.js';
import { visibleLines } from './visible.js';

export function coverageText(model: CoverageModel): string {
  const s = model.summary;
  const out: string[] = [];
  out.push(`AIMS coverage on ${model.today}: ${s.percent}% (documented information ${s.requirementsProvided}/${s.requirements}, Annex A decided ${s.controlsDecided}/${s.controls}); ${s.documents} AIMS documents`);
  out.push(`  ${model.formula}`);

  const reqs = model.clauses.clauses.flatMap((c) => c.requirements);
  out.push('', `Documented information: ${reqs.filter((r) => r.provided).length} of ${reqs.length} requirements provided`);
  for (const r of reqs) out.push(`  ${r.clause.padEnd(6)} ${r.what}: ${r.providers.length ? r.providers.map(provider).join(', ') : 'MISSING'}`);
  out.push(`  gaps: ${model.clauses.gaps.length ? model.clauses.gaps.map((g) => `${g.clause} ${g.what}${g.state === 'incomplete' ? ' (incomplete)' : ''}`).join('; ') : 'none'}`);

  const a = model.annexA;
  const t = a.totals;
  out.push('', `Annex A: ${t.applicable} applicable (${t.implemented} implemented, ${t.partial} partial, ${t.planned} planned), ${t.excluded} excluded, ${t.undecided} undecided${t.provisional ? ` (${t.provisional} included provisionally)` : ''}, ${t.contradictions} with contradictions`);
  for (const g of a.groups)
    out.push(`  ${g.id.padEnd(6)} ${g.title.padEnd(50)} ${String(g.controls).padStart(2)} controls: ${g.applicable} applicable, ${g.excluded} excluded, ${g.undecided} undecided; ${g.implemented} implemented, ${g.partial} partial, ${g.planned} planned`);
  const list = (ids: readonly string[]) => (ids.length ? ids.join(', ') : 'none');
  out.push(`  excluded: ${list(a.controls.filter((c) => c.decision === 'excluded').map((c) => `${c.id} ${c.title}`))}`);
  out.push(`  undecided: ${list(a.controls.filter((c) => c.decision === 'undecided').map((c) => c.id))}`);
  out.push(`  evidence: ${t.evidenceItems} items, ${t.evidenceResolved} resolved, ${t.evidenceUnresolved} naming nothing in the workspace, ${t.evidenceText} free text`);
  const unresolved = a.controls.flatMap((c) => c.evidence.filter((e) => e.kind !== 'text' && !e.resolved).map((e) => `${c.id} ${e.text}`));
  if (unresolved.length) out.push(`  unresolved evidence: ${unresolved.join('; ')}`);
  const code = a.controls.flatMap((c) => c.codeEvidence.map((e) => `${c.id} ${e.path}:${e.line}`));
  if (code.length) out.push(`  code evidence (control tags): ${code.join('; ')}`);
  const contradictions = [...a.controls.flatMap((c) => c.contradictions), ...a.documentContradictions];
  out.push(`  contradictions: ${contradictions.length ? '' : 'none'}`.trimEnd());
  for (const c of contradictions) out.push(`    ${c.path}:${c.line}: ${c.message}`);
  const conflicts = a.controls.filter((c) => c.conflict).map((c) => c.id);
  if (conflicts.length) out.push(`  SoA rows that disagree: ${conflicts.join(', ')}`);

  const c = model.annexC;
  const named = c.objectives.filter((o) => o.documents.length > 0);
  out.push('', `Annex C objectives named in objectives documents: ${named.length} of ${c.objectives.length}`);
  out.push(`  named: ${list(named.map((o) => o.name))}`);
  out.push(`  not named: ${list(c.objectives.filter((o) => o.documents.length === 0).map((o) => o.name))}`);
  const used = c.riskSources.filter((r) => r.risks.length > 0);
  out.push(`Annex C risk sources used by risks: ${used.length} of ${c.riskSources.length}`);
  for (const r of c.riskSources) out.push(`  ${r.name}: ${list(r.risks)}`);
  if (c.unmatchedSources.length) out.push(`  risks with no Annex C source: ${c.unmatchedSources.map((u) => (u.source ? `${u.risk} ("${u.source}")` : u.risk)).join(', ')}`);

  const k = model.risks;
  out.push('', `Risks: ${k.risks.length}; above the acceptance threshold of ${k.method.acceptanceThreshold}: ${list(k.aboveThreshold)}; untreated: ${list(k.untreated)}`);
  out.push(`  before treatment: ${heatLine(k.before)}`);
  out.push(`  after treatment:  ${heatLine(k.after)}`);
  out.push(`  owners: ${list(k.owners.map((o) => `${o.owner} (${o.risks.join(', ')})`))}`);
  if (k.withoutOwner.length) out.push(`  without an owner: ${k.withoutOwner.join(', ')}`);

  for (const f of model.frameworks) {
    out.push('', `${f.name} (${f.edition}): ${f.evidenced} of ${f.total} ${f.framework === 'eu-ai-act' ? 'mapped articles' : 'subcategories'} evidenced, through mapped controls the SoA includes, mapped clauses a written document addresses, or documents citing them (crosswalk: ${f.crosswalk})`);
    if (f.groups.length) out.push(`  by category: ${f.groups.map((g) => `${g.id} ${g.evidenced}/${g.items.length}`).join(', ')}`);
    for (const i of f.items) {
      const via = [...(i.evidencedBy.length ? [`controls ${i.evidencedBy.join(', ')}`] : []), ...(i.evidencedByClauses.length ? [`clauses ${i.evidencedByClauses.join(', ')}`] : []), ...(i.citedBy.length ? [`cited in ${i.citedBy.map((c) => c.path).join(', ')}`] : [])];
      const mapped = i.controls.length ? ` (maps to ${i.controls.map((c) => `${c.id} ${c.state}`).join(', ')}${i.clauses.length ? `; clauses ${i.clauses.join(', ')}` : ''})` : i.clauses.length ? ` (maps to clauses ${i.clauses.join(', ')})` : '';
      out.push(`  ${i.id.padEnd(12)} ${i.state === 'evidenced' ? 'evidenced' : 'OPEN     '} ${i.title}${i.state === 'evidenced' ? `: ${via.join('; ')}` : mapped}`);
    }
  }

  const n = (sev: string[]) => model.findings.filter((f) => sev.includes(f.severity)).length;
  out.push('', `Findings: ${n(['error'])} errors, ${n(['warning'])} warnings, ${n(['information', 'hint'])} notices (aims check lists them)`);
  return visibleLines(out);
}

export function statusWords(s: DocumentStatus): string {
  return s === 'overdue' ? 'overdue for review' : s === 'undeclared' ? 'no status' : s;
}

function provider(p: Provider): string {
  return `${p.path} (${statusWords(p.status)}${p.via === 'clauses' ? ', by its clauses field' : p.via === 'chapter' ? ', by a chapter' : ''}${incomplete(p)})`;
}

/** ", incomplete: 2 problems" for a provider whose errors or missing content keep it from providing, else "". */
export function incomplete(p: Provider): string {
  const blocking = p.problems.filter((x) => x.blocks).length;
  return blocking ? `, incomplete: ${blocking} problem${blocking === 1 ? '' : 's'}` : '';
}

export function heatLine(h: HeatMap): string {
  const levels = h.byLevel.filter((b) => b.count > 0).reverse();
  const parts = [levels.length ? levels.map((b) => `${b.level} ${b.count}`).join(', ') : 'no ratings'];
  const how = [`${h.placed} on likelihood x impact`, ...(h.levelOnly ? [`${h.levelOnly} as a level or score only`] : []), ...(h.unrated ? [`${h.unrated} unrated`] : [])];
  return `${parts[0]} (${how.join(', ')})`;
}

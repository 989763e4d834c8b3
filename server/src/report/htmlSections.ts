/**
 * The parts of the HTML report that draw: the clause x document matrix, the
 * Annex A heat map by objective group, the risk heat maps. Every cell says in
 * words what its colour shows, and carries data-* attributes for tests.
 * All workspace text goes through esc().
 */
import type { CoverageModel, HeatMap } from '../core/index.js';
import { relativeLink } from './links.js';

export function esc(s: string | number): string {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A relative link to a line of a workspace file ("./path#L12"), escaped for an attribute. */
export function href(path: string, line?: number): string {
  return esc(relativeLink(path, line));
}

const STATUS_WORD: Record<string, string> = { approved: 'approved', draft: 'draft', overdue: 'overdue', retired: 'retired', undeclared: 'no status' };

export function clauseMatrix(model: CoverageModel): string {
  const docs = model.clauses.documents.filter((d) => model.clauses.clauses.some((c) => c.requirements.some((r) => r.providers.some((p) => p.path === d.path))));
  const head = docs.map((d) => `<th scope="col" class="doc" title="${esc(d.path)}"><a href="${href(d.path, d.line)}">${esc(d.id ?? d.path)}</a></th>`).join('');
  const rows = model.clauses.clauses.flatMap((c) =>
    c.requirements.map((r, i) => {
      const clause = i === 0 ? `<th scope="rowgroup" rowspan="${c.requirements.length}">${esc(c.id)} ${esc(c.title)}</th>` : '';
      const cells = docs
        .map((d) => {
          const p = r.providers.find((x) => x.path === d.path);
          if (!p) return `<td class="cell" data-requirement="${esc(r.id)}" data-doc="${esc(d.path)}" data-status="none"><span class="sr">–</span></td>`;
          const blocking = p.problems.filter((x) => x.blocks);
          const problems = blocking.length ? `<small title="${esc(blocking.map((x) => `${x.code}: ${x.message}`).join('\n'))}">${blocking.length} problem${blocking.length === 1 ? '' : 's'}</small>` : '';
          return `<td class="cell st-${p.status}" data-requirement="${esc(r.id)}" data-doc="${esc(d.path)}" data-status="${p.status}">${STATUS_WORD[p.status]}${p.via === 'clauses' ? '<small>by clauses</small>' : p.via === 'chapter' ? '<small>by a chapter</small>' : ''}${problems}</td>`;
        })
        .join('');
      const state = r.provided ? 'provided' : r.present ? '<strong>incomplete</strong>' : '<strong>gap</strong>';
      return `<tr>${clause}<td${r.provided ? '' : ' class="gap"'}>${esc(r.what)}<br><small>${state}</small></td>${cells}</tr>`;
    }),
  );
  return [
    '<table class="matrix">',
    `<thead><tr><th scope="col">Clause</th><th scope="col">Documented information</th>${head}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
}

const STATE_WORD: Record<string, string> = {
  implemented: 'implemented',
  partial: 'partial',
  planned: 'planned',
  applicable: 'applicable, status not stated',
  excluded: 'excluded',
  undecided: 'undecided',
  contradiction: 'contradiction',
};

export function annexAHeatMap(model: CoverageModel): string {
  const legend = Object.entries(STATE_WORD)
    .map(([k, v]) => `<li class="s-${k}">${esc(v)}</li>`)
    .join('');
  const rows = model.annexA.groups.map((g) => {
    const cells = model.annexA.controls
      .filter((c) => c.group === g.id)
      .map((c) => {
        const target = c.source ? `<a href="${href(c.source.path, c.source.line)}">${esc(c.id)}</a>` : esc(c.id);
        const tip = [c.title, c.justification ? `Justification: ${c.justification}` : '', c.status ? `Status: ${c.status}` : ''].filter(Boolean).join(' — ');
        const evidence =
          (c.evidence.length ? ` · evidence ${c.evidence.filter((e) => e.resolved).length}/${c.evidence.length}` : '') +
          (c.codeEvidence.length ? ` · code ${c.codeEvidence.map((e) => `<a href="${href(e.path, e.line)}" title="${esc(e.note ?? '')}">${esc(`${e.path}:${e.line}`)}</a>`).join(', ')}` : '');
        return `<li class="ctl s-${c.state}" data-control="${esc(c.id)}" data-state="${c.state}" data-decision="${c.decision}" title="${esc(tip)}"><b>${target}</b><span>${esc(STATE_WORD[c.state]!)}${evidence}</span></li>`;
      })
      .join('');
    const counts = `${g.applicable} applicable, ${g.excluded} excluded, ${g.undecided} undecided<br>${g.implemented} implemented, ${g.partial} partial, ${g.planned} planned${g.contradictions ? `<br><strong>${g.contradictions} contradiction${g.contradictions === 1 ? '' : 's'}</strong>` : ''}`;
    return `<tr data-group="${esc(g.id)}"><th scope="row">${esc(g.id)}<br><small>${esc(g.title)}</small></th><td><ul class="controls">${cells}</ul></td><td>${counts}</td></tr>`;
  });
  return [
    `<ul class="legend" aria-label="Legend">${legend}</ul>`,
    '<table class="heatmap">',
    '<thead><tr><th scope="col">Objective group</th><th scope="col">Controls</th><th scope="col">Counts</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
}

export function riskHeatMap(h: HeatMap, which: 'before' | 'after', caption: string): string {
  if (h.rows.length === 0) return `<p class="note">${esc(caption)}: the scales are too large to draw.</p>`;
  const impacts = h.rows[0]!.map((c) => `<th scope="col">${c.impact}</th>`).join('');
  const rows = h.rows.map((row) => {
    const cells = row
      .map((c) => {
        const ids = c.risks.length ? `<span class="ids">${esc(c.risks.join(', '))}</span>` : '';
        return `<td class="heat b-${c.level ? esc(c.level) : 'none'}${c.count ? '' : ' empty'}" data-map="${which}" data-likelihood="${c.likelihood}" data-impact="${c.impact}" data-count="${c.count}" data-level="${esc(c.level ?? '')}" title="${esc(`likelihood ${c.likelihood} x impact ${c.impact} = ${c.score}${c.level ? ` (${c.level})` : ''}`)}"><span class="n">${c.count}</span><span class="lvl">${esc(c.level ?? 'no band')}</span>${ids}</td>`;
      })
      .join('');
    return `<tr><th scope="row">${row[0]!.likelihood}</th>${cells}</tr>`;
  });
  const bands = h.byLevel.map((b) => `${esc(b.level)} ${b.count}`).join(', ');
  const extra = [h.levelOnly ? `${h.levelOnly} given as a level or score only (not on the grid)` : '', h.unrated ? `${h.unrated} unrated` : ''].filter(Boolean).join('; ');
  return [
    '<figure>',
    `<table class="risk" data-map="${which}">`,
    `<caption>${esc(caption)}</caption>`,
    `<thead><tr><th scope="col">Likelihood \\ impact</th>${impacts}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    `<figcaption>${h.placed} on the grid. By level: ${bands}.${extra ? ` ${extra}.` : ''}</figcaption>`,
    '</figure>',
  ].join('\n');
}

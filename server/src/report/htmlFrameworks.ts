/**
 * The HTML report's section per other framework (issue 17): one row per AI RMF subcategory or
 * mapped AI Act article, evidenced or open, with the mapped controls' states and the documents
 * citing it. Every workspace string goes through esc().
 */
import type { FrameworkCoverage } from '../core/index.js';
import { esc, href } from './htmlSections.js';

export function frameworkTable(f: FrameworkCoverage): string {
  const rows = f.items.map((i) => {
    const controls = i.controls.map((c) => `${esc(c.id)} <small>${esc(c.state)}</small>`).join('<br>');
    const clauses = i.clauses.length ? `${controls ? '<br>' : ''}<small>clauses ${esc(i.clauses.join(', '))}</small>` : '';
    const cited = i.citedBy.map((c) => `<a href="${href(c.path, c.line)}">${esc(c.path)}</a>`).join('<br>');
    const state = i.state === 'evidenced' ? 'evidenced' : '<strong>open</strong>';
    return `<tr data-item="${esc(i.id)}" data-state="${i.state}"><th scope="row">${esc(i.id)}</th><td>${esc(i.title)}</td><td${i.state === 'open' ? ' class="gap"' : ''}>${state}</td><td>${controls}${clauses}</td><td>${cited || '–'}</td></tr>`;
  });
  const groups = f.groups.length
    ? [
        '<table class="framework groups">',
        '<thead><tr><th scope="col">Category</th><th scope="col">Title</th><th scope="col">Evidenced</th><th scope="col">Cited in</th></tr></thead>',
        `<tbody>\n${f.groups.map((g) => `<tr data-group="${esc(g.id)}"><th scope="row">${esc(g.id)}</th><td>${esc(g.title)}</td><td${g.evidenced < g.items.length ? ' class="gap"' : ''}>${g.evidenced} of ${g.items.length}</td><td>${g.citedBy.map((c) => `<a href="${href(c.path, c.line)}">${esc(c.path)}</a>`).join('<br>') || '–'}</td></tr>`).join('\n')}\n</tbody>`,
        '</table>',
      ]
    : [];
  return [
    `<p class="note">${esc(f.edition)}. ${f.evidenced} of ${f.total} evidenced: a control the crosswalk maps the item to is included in the statement of applicability and not only planned, a clause it maps to is addressed by a written document in force, or a document cites the item. Crosswalk: ${esc(f.crosswalk)}.</p>`,
    ...groups,
    '<table class="framework">',
    '<thead><tr><th scope="col">Item</th><th scope="col">Title</th><th scope="col">State</th><th scope="col">ISO/IEC 42001 (state)</th><th scope="col">Cited in</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  ].join('\n');
}

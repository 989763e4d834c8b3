/** `aims coverage --format markdown`: the coverage model as a Markdown audit pack (tables, relative links; control characters made visible). */
import type { CoverageModel, HeatMap } from '../core/index.js';
import { heatLine, incomplete, statusWords } from './text.js';
import { relativeLink } from './links.js';
import { visibleLines } from './visible.js';
import { maxOf, pushAll } from '../core/util/arrays.js';
import { frameworkMarkdown } from './markdownFrameworks.js';

/** A table cell: pipes escaped, one line, no HTML taken as markup, no brackets that could make a link. */
function cell(s: string): string {
  return s
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\[\]]/g, '\\$&')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;');
}

/**
 * Text quoted from findings or unresolved evidence, in a code span: saved in the
 * workspace, the report must not report the invalid IDs it quotes all over again
 * (nothing in a code span is a reference).
 */
function quoted(s: string): string {
  const text = s.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\|/g, '\\|');
  const longest = maxOf([...text.matchAll(/`+/g)].map((m) => m[0].length), 0);
  const fence = '`'.repeat(longest + 1);
  return longest ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

function link(path: string, line: number): string {
  return `[${cell(path)}:${line}](${relativeLink(path, line)})`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

export function coverageMarkdown(model: CoverageModel): string {
  const s = model.summary;
  const a = model.annexA;
  const t = a.totals;
  const k = model.risks;
  const count = (sev: string[]) => model.findings.filter((f) => sev.includes(f.severity)).length;
  const out: string[] = ['# AIMS coverage report', ''];
  out.push(`Workspace state on ${model.today}, against ISO/IEC 42001:2023. Links are relative to the workspace root.`, '');
  out.push('## Summary', '');
  pushAll(out, table(
      ['Figure', 'Value'],
      [
        ['Coverage', `**${s.percent}%**`],
        ['Documented information provided', `${s.requirementsProvided} of ${s.requirements}`],
        ['Annex A controls decided', `${s.controlsDecided} of ${s.controls}`],
        ['Applicable / excluded / undecided', `${t.applicable} / ${t.excluded} / ${t.undecided}`],
        ['Implemented / partial / planned', `${t.implemented} / ${t.partial} / ${t.planned}`],
        ['Evidence items resolved', `${t.evidenceResolved} of ${t.evidenceItems} (${t.evidenceUnresolved} naming nothing, ${t.evidenceText} free text)`],
        ['Risks (above threshold, untreated)', `${k.risks.length} (${k.aboveThreshold.length}, ${k.untreated.length})`],
        ['AIMS documents', String(s.documents)],
        ['Findings', `${count(['error'])} errors, ${count(['warning'])} warnings, ${count(['information', 'hint'])} notices`],
      ],
    ));
  out.push('', `Formula: \`${model.formula}\`.`, '');

  out.push('## Documented information by clause', '');
  const reqRows = model.clauses.clauses.flatMap((c) =>
    c.requirements.map((r) => [
      `${c.id} ${cell(c.title)}`,
      cell(r.what),
      r.providers.length ? r.providers.map((p) => `${link(p.path, p.line)} (${statusWords(p.status)}${p.via === 'clauses' ? ', by clauses' : p.via === 'chapter' ? ', by a chapter' : ''}${incomplete(p)})`).join('<br>') : '**missing**',
    ]),
  );
  pushAll(out, table(['Clause', 'Documented information', 'Provided by'], reqRows)).push('');
  out.push(`Gaps: ${model.clauses.gaps.length ? model.clauses.gaps.map((g) => `${g.clause} ${cell(g.what)}${g.state === 'incomplete' ? ' (incomplete)' : ''}`).join('; ') : 'none'}.`, '');

  out.push('## Annex A by objective group', '');
  pushAll(out, table(
      ['Group', 'Title', 'Controls', 'Applicable', 'Excluded', 'Undecided', 'Implemented', 'Partial', 'Planned', 'Contradictions'],
      a.groups.map((g) => [g.id, cell(g.title), ...[g.controls, g.applicable, g.excluded, g.undecided, g.implemented, g.partial, g.planned, g.contradictions].map(String)]),
    ));
  out.push('');

  out.push('## Annex A controls', '');
  pushAll(out, table(
      ['Control', 'Title', 'Decision', 'Status', 'Evidence', 'Code', 'Cited by', 'Risks'],
      a.controls.map((c) => [
        c.source ? `[${cell(c.id)}](${relativeLink(c.source.path, c.source.line)})` : c.id,
        cell(c.title),
        c.decision + (c.conflict ? ' (rows disagree)' : ''),
        c.state === 'contradiction' ? `**contradiction**${c.status ? ': ' + cell(c.status) : ''}` : cell(c.status ?? ''),
        c.evidence.length ? c.evidence.map((e) => (e.kind === 'text' ? cell(e.text) : e.resolved ? `${cell(e.text)} ✓` : `${quoted(e.text)} ✗ (not found)`)).join(', ') : '',
        c.codeEvidence.map((e) => `[${cell(`${e.path}:${e.line}`)}](${relativeLink(e.path, e.line)})${e.note ? ` (${cell(e.note)})` : ''}`).join(', '),
        `${c.citedBy.length} document${c.citedBy.length === 1 ? '' : 's'}`,
        c.risks.join(', '),
      ]),
    ));
  out.push('');
  const contradictions = [...a.controls.flatMap((c) => c.contradictions), ...a.documentContradictions];
  if (contradictions.length) {
    out.push('Contradictions:', '');
    pushAll(out, contradictions.map((c) => `- ${link(c.path, c.line)}: ${quoted(c.message)}`));
    out.push('');
  }

  out.push('## Annex C', '');
  pushAll(out, table(
      ['Objective', 'Named in'],
      model.annexC.objectives.map((o) => [cell(o.name), o.documents.length ? o.documents.map((d) => link(d.path, d.line)).join(', ') : 'not named']),
    ));
  out.push('');
  pushAll(out, table(['Risk source', 'Risks'], model.annexC.riskSources.map((r) => [cell(r.name), r.risks.join(', ') || 'none']))).push('');
  if (model.annexC.unmatchedSources.length)
    out.push(`Risks with no Annex C source: ${model.annexC.unmatchedSources.map((u) => (u.source ? `${u.risk} (${quoted(u.source)})` : u.risk)).join(', ')}.`, '');

  out.push('## Risks', '');
  out.push(`Acceptance threshold ${k.method.acceptanceThreshold}. Above it: ${k.aboveThreshold.join(', ') || 'none'}. Untreated: ${k.untreated.join(', ') || 'none'}.`, '');
  out.push(`Before treatment: ${heatLine(k.before)}.`, '');
  pushAll(out, heatTable(k.before));
  out.push('');
  out.push(`After treatment: ${heatLine(k.after)}.`, '');
  pushAll(out, heatTable(k.after));
  out.push('');
  pushAll(out, table(['Owner', 'Risks'], k.owners.map((o) => [cell(o.owner), o.risks.join(', ')]))).push('');
  if (k.withoutOwner.length) out.push(`Without an owner: ${k.withoutOwner.join(', ')}.`, '');

  for (const f of model.frameworks) pushAll(out, frameworkMarkdown(f, { cell, link, table }));

  out.push('## Findings', '');
  if (model.findings.length === 0) out.push('None.');
  else pushAll(out, table(['Where', 'Severity', 'Code', 'Message'], model.findings.map((f) => [link(f.path, f.line), f.severity, `\`${f.code}\``, quoted(f.message)])));
  return visibleLines(out);
}

/** Likelihood down the side (highest first), impact across; each cell "count (level)". */
function heatTable(h: HeatMap): string[] {
  if (h.rows.length === 0) return [];
  const impacts = h.rows[0]!.map((c) => String(c.impact));
  return table(
    ['Likelihood \\ impact', ...impacts],
    h.rows.map((row) => [String(row[0]!.likelihood), ...row.map((c) => `${c.count ? `**${c.count}**` : '0'}${c.level ? ` (${c.level})` : ''}`)]),
  );
}

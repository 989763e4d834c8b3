/**
 * fast-check generators of AIMS workspaces for the fuzz tests (test/fuzz/):
 * Markdown with front matter, headings, risk and SoA tables, references,
 * code fences, lists, quotes and comments; YAML registers; and mutations that
 * break them the way real edits and real files do (truncation, random bytes,
 * shuffled lines, broken tables and front matter, CRLF, lone CR, BOM).
 * Everything is built from fast-check values, so failures shrink and replay.
 */
import fc from 'fast-check';
import { CONTROLS, KINDS } from '../../server/src/core/index.js';

/** Cases per property: AIMS_FUZZ_RUNS (scripts/fuzz.mjs sets it high), else `fallback`. */
export function fuzzRuns(fallback: number): number {
  const n = Number(process.env['AIMS_FUZZ_RUNS']);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}

/** fast-check parameters shared by the fuzz tests: run count, and a seed to replay (AIMS_FUZZ_SEED). */
export function fuzzParams(fallbackRuns: number): { numRuns: number; seed?: number; includeErrorInReport: true } {
  const seed = Number(process.env['AIMS_FUZZ_SEED']);
  return { numRuns: fuzzRuns(fallbackRuns), includeErrorInReport: true, ...(Number.isInteger(seed) ? { seed } : {}) };
}

const KIND_IDS = KINDS.map((k) => k.id);
const SECTION_TITLES = KINDS.flatMap((k) => k.sections.map((s) => s.title));
const CONTROL_IDS = CONTROLS.map((c) => c.id);

const controlId = fc.oneof(
  fc.constantFrom(...CONTROL_IDS),
  fc.constantFrom('A.6.2.9', 'A.11.1', 'A.5', 'A.6.1', 'A.2.1', 'A.6.1.1', 'A.99.99.99', 'A.0', 'A.5.1'),
);
const controlRef = fc.oneof(
  controlId,
  controlId.map((id) => `Annex ${id}`),
  controlId.map((id) => `Control ${id}`),
  fc.constantFrom(...CONTROLS.map((c) => `${c.id} (${c.title})`)),
  fc.constantFrom('A.7.4 (Human oversight)', 'A.7.4 – Data quality', 'A.5.2–A.5.5', 'A.5.2-A.5.5', 'A.2.2-4', 'A.5.5-A.5.2', 'A.6.2.2 to A.6.2.8'),
  fc.constantFrom('ISO/IEC 27001 A.5.23', 'ISO 27001:2022 A.8.9', 'B.6.2.4', 'Plan B.2', 'Appendix A.1', 'Table A.3'),
);
const clauseRef = fc.constantFrom(
  'Clause 6.1.2',
  'Clauses 6.1.2 and 8.2',
  'Clauses 6.1.2, 6.1.3 and 9.9',
  'cl. 9.4',
  '§6.1.4',
  '§§ 4.1-4.4',
  'ISO/IEC 42001 6.1',
  'ISO/IEC 42001:2023, clause 8.5',
  '**Clause:** 6.1.3',
  'clause 14.2 of the supplier agreement',
  'Clause 6.4 of ISO/IEC 23894',
  'Clause 11',
);
const entityId = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map((n) => `R-${String(n).padStart(3, '0')}`),
  fc.constantFrom('RISK-01', 'AI-R01', 'R-9999', 'SYS-001', 'SYS-002', 'AIS-77', 'POL-001', 'RR-2026', 'SOA-2026', 'AIMS-SOA-001', 'RTP-2026', 'AIIA-001'),
);
const oddText = fc.constantFrom('Pólicy', '😀', '漢字', 'עברית', '\u200b', '\u00a0', 'é', '\t', '\\|', '&amp;', '<br>', '\u2028', '\ud83d', '\udc00', '\uffff', '\u0000', '\u001b[31m');
const word = fc.constantFrom('the', 'AI', 'risk', 'policy', 'review', 'owner', 'data', 'model', 'ISO/IEC 42001', 'ISO/IEC 27001', 'EU AI Act', 'GDPR', 'TBD', 'N/A', 'yes', 'no', '-', '3', '12', 'high', 'likely');

const inline = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 3, arbitrary: controlRef },
  { weight: 2, arbitrary: clauseRef },
  { weight: 3, arbitrary: entityId },
  { weight: 1, arbitrary: oddText },
  { weight: 1, arbitrary: controlRef.map((r) => `\`${r}\``) },
  { weight: 1, arbitrary: entityId.map((r) => `**${r}**`) },
  { weight: 1, arbitrary: entityId.map((r) => `[${r}](./risk-register.md#${r.toLowerCase()})`) },
  { weight: 1, arbitrary: controlRef.map((r) => `<!-- ${r} -->`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const sentence = fc.array(inline, { minLength: 1, maxLength: 10 }).map((ws) => ws.join(' '));

const heading = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.oneof(fc.constantFrom(...SECTION_TITLES), sentence, controlRef.map((c) => `${c} notes`), entityId.map((e) => `${e} Biased ranking`)))
  .map(([level, title]) => `${'#'.repeat(level)} ${title}`);

const cell = fc.oneof(inline, sentence, fc.constant(''));
const RISK_HEADERS = ['ID', 'Risk ID', 'Ref', 'Title', 'Risk', 'Owner', 'Likelihood', 'L', 'Impact', 'I', 'Score', 'Level', 'Treatment', 'Controls', 'Residual', 'Status', 'Source', 'Systems'];
const SOA_HEADERS = ['Control', 'Title', 'Applicable', 'Included', 'Justification', 'Status', 'Evidence', 'Owner'];
const level = fc.constantFrom('low', 'medium', 'high', 'critical', 'High (12)', 'TBD', '', '99');
const score = fc.oneof(fc.integer({ min: 0, max: 7 }).map(String), fc.constantFrom('likely', 'rare', 'almost certain', 'x', '', '3.5', '-1'));

const riskTable = fc
  .tuple(fc.shuffledSubarray(RISK_HEADERS, { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(entityId, fc.array(fc.oneof(score, level, cell, controlRef), { minLength: 0, maxLength: 9 })), { maxLength: 6 }))
  .map(([headers, rows]) => table(headers, rows.map(([id, rest]) => [id, ...rest])));
const soaTable = fc
  .tuple(fc.shuffledSubarray(SOA_HEADERS, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(controlId, fc.array(fc.oneof(fc.constantFrom('Yes', 'No', '✅', '❌', 'N/A', 'implemented', 'planned', 'excluded'), cell), { maxLength: 6 })), { maxLength: 8 }))
  .map(([headers, rows]) => table(headers, rows.map(([id, rest]) => [id, ...rest])));

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|').replace(/[\r\n]/g, ' ')).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

const fence = fc
  .tuple(fc.constantFrom('```', '~~~', '````', '```yaml'), fc.array(fc.oneof(sentence, controlRef), { maxLength: 3 }), fc.boolean())
  .map(([f, body, closed]) => [f, ...body, ...(closed ? [f.replace(/yaml$/, '')] : [])].join('\n'));

const block = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 3, arbitrary: heading },
  { weight: 2, arbitrary: riskTable },
  { weight: 2, arbitrary: soaTable },
  { weight: 1, arbitrary: fence },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ls) => ls.map((l, i) => `${'  '.repeat(i % 3)}- ${l}`).join('\n')) },
  { weight: 1, arbitrary: sentence.map((s) => `> ${s}`) },
  { weight: 1, arbitrary: fc.constantFrom('<!-- comment', '-->', '<div>', '</div>', '***', 'Setext title\n===', '    indented code A.6.2.9', 'Document ID: POL-009') },
  // A pandoc grid table (parse/gridTable.ts): a register's rows over one or two lines.
  {
    weight: 1,
    arbitrary: fc
      .array(fc.tuple(entityId, score, score, controlId, fc.boolean()), { minLength: 1, maxLength: 4 })
      .map((rows) => {
        const border = '+--------+------+------+-----------+';
        const cell = (t: string, w: number) => ` ${t.slice(0, w - 2).padEnd(w - 2)} `;
        const line = (cells: string[]) => `|${cells.map((c, i) => cell(c, [8, 6, 6, 11][i]!)).join('|')}|`;
        const body = rows.flatMap(([id, l, i, c, wrap]) => [line([id, l, i, c]), ...(wrap ? [line(['', '', '', 'more'])] : []), border]);
        return [border, line(['ID', 'L', 'I', 'Controls']), border.replaceAll('-', '='), ...body].join('\n');
      }),
  },
  // An MkDocs admonition: its body, indented after a blank line, is read as Markdown (parse/markdown.ts).
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('!!! note "Impact scale"', '??? info', '???+ warning "Oversight"', '!!!'), fc.constantFrom('\n\n', '\n'), fc.array(fc.oneof(sentence, controlRef.map((c) => `See \`${c}\` and ${c}.`), fc.constant('| Value | Label |\n    |---|---|\n    | 1 | Rare |'), fc.constant('')), { minLength: 1, maxLength: 3 }))
      .map(([open, gap, body]) => `${open}${gap}${body.map((l) => (l === '' ? '' : `    ${l}`)).join('\n')}`),
  },
  // MyST directives (parse/listTable.ts): a list table of rated rows, a cell going on to a second line; a note's body.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(fc.tuple(entityId, score, controlId, fc.boolean()), { minLength: 1, maxLength: 4 }), fc.constantFrom(':header-rows: 1\n', '', ':header-rows: 1\n:widths: 10 10 20 5\n\n'), fc.boolean())
      .map(([rows, options, closed]) =>
        [
          '```{list-table} Risks',
          options + '* - ID\n  - Likelihood\n  - Controls\n  - Note',
          ...rows.map(([id, l, c, wrap]) => `* - ${id}\n  - ${l}\n  - ${c}${wrap ? '\n    and more' : ''}\n  -`),
          ...(closed ? ['```'] : []),
        ].join('\n'),
      ),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```{note}', '```{admonition} Control', '```{code-block} yaml'), sentence, controlRef).map(([open, s, c]) => `${open}\n${s} (${c})\n\`\`\``) },
);

const date = fc.constantFrom('2026-01-01', '2025-06-30', '2027-12-31', '2026-13-45', 'soon', '');
const aimsField = fc.oneof(
  fc.constantFrom(...KIND_IDS, 'no-such-kind').map((k) => `kind: ${k}`),
  entityId.map((id) => `id: ${id}`),
  sentence.map((t) => `title: ${JSON.stringify(t)}`),
  fc.constantFrom('owner: Head of AI Governance', 'version: "1.0"', 'version: 2', 'status: approved', 'status: draft', 'status: bogus', 'approved_by: Board'),
  date.map((d) => `approved_on: ${d}`),
  date.map((d) => `next_review: ${d}`),
  fc.array(clauseRef.map((c) => c.replace(/[^\d.]/g, '') || '4'), { maxLength: 3 }).map((cs) => `clauses: [${cs.map((c) => JSON.stringify(c)).join(', ')}]`),
  fc.array(controlId, { maxLength: 3 }).map((cs) => `controls: [${cs.join(', ')}]`),
  fc.constantFrom('frameworks: [iso42001]', 'frameworks: [iso27001]', 'frameworks: [iso42001, iso27001]', 'risks: [R-001, R-002]', 'systems: [SYS-001]', 'mystery: 1', 'kind: [policy'),
);
const aimsBlock = fc.array(aimsField, { minLength: 0, maxLength: 10 }).map((fs) => ['aims:', ...fs.map((f) => `  ${f}`)].join('\n'));

/** Hugo's `+++` front matter (TOML): a page's keys, then an `[aims]` table. */
const tomlField = fc.oneof(
  fc.constantFrom(...KIND_IDS, 'no-such-kind').map((k) => `kind = "${k}"`),
  entityId.map((id) => `id = "${id}"`),
  sentence.map((t) => `title = ${JSON.stringify(t)}`),
  date.map((d) => `next_review = ${/^\d/.test(d) ? d : JSON.stringify(d)}`),
  fc.array(controlId, { maxLength: 3 }).map((cs) => `controls = [${cs.map((c) => JSON.stringify(c)).join(', ')}]`),
  fc.constantFrom('owner = "Head of AI Governance"', 'status = "approved"', 'weight = 10', '[params]', 'system_id = "SYS-001"', 'broken = [', 'x = "unterminated', "notes = '''\nA.6.2.4 and R-001'''"),
);
const tomlMatter = fc.tuple(fc.array(tomlField, { maxLength: 4 }), fc.array(tomlField, { maxLength: 6 })).map(([page, aims]) => [...page, '[aims]', ...aims].join('\n'));

/** A Markdown AIMS document: optional front matter (YAML, or TOML as Hugo writes it), then blocks. */
export const markdownDoc: fc.Arbitrary<string> = fc
  .tuple(fc.option(fc.oneof({ weight: 3, arbitrary: aimsBlock.map((b) => `---\n${b}\n---`) }, { weight: 1, arbitrary: tomlMatter.map((b) => `+++\n${b}\n+++`) }), { nil: undefined }), fc.array(block, { maxLength: 14 }), fc.constantFrom('\n', '\n\n'))
  .map(([fm, blocks, sep]) => (fm !== undefined ? `${fm}\n\n` : '') + blocks.join(sep) + '\n');

const yamlRisk = fc
  .tuple(entityId, fc.array(fc.oneof(sentence.map((t) => `title: ${JSON.stringify(t)}`), score.map((s) => `likelihood: ${s}`), score.map((s) => `impact: ${s}`), level.map((l) => `level: ${l}`), fc.constantFrom('treatment: modify', 'treatment: retain', 'owner: CPO', 'status: open', 'residual: low', 'source: level of automation'), fc.array(controlId, { maxLength: 3 }).map((cs) => `controls: [${cs.join(', ')}]`)), { maxLength: 8 }))
  .map(([id, fields]) => [`  - id: ${id}`, ...fields.map((f) => `    ${f}`)].join('\n'));
const yamlControl = fc
  .tuple(controlId, fc.array(fc.constantFrom('applicable: true', 'applicable: false', 'applicable: maybe', 'justification: Needed', 'justification: ""', 'status: implemented', 'status: not applicable', 'evidence: [POL-001]'), { maxLength: 4 }))
  .map(([id, fields]) => [`  - id: ${id}`, ...fields.map((f) => `    ${f}`)].join('\n'));
const yamlExtra = fc.constantFrom('# comment A.6.2.9', 'anchor: &a [A.5.2, A.5.3]', 'alias: *a', 'systems:\n  - id: SYS-001\n    name: TalentMatch', '---', '...', 'key: [unclosed', '\tkey: tab', 'notes: "Clause 9.9 and R-404"', 'flow: {a: 1, b: [R-001]}', ': no key', '? complex\n: key');

/** A YAML register: optional `aims:` block, a risks or controls list, odd extras. */
export const yamlDoc: fc.Arbitrary<string> = fc
  .tuple(fc.option(aimsBlock, { nil: undefined }), fc.option(fc.array(yamlRisk, { maxLength: 5 }), { nil: undefined }), fc.option(fc.array(yamlControl, { maxLength: 5 }), { nil: undefined }), fc.array(yamlExtra, { maxLength: 3 }))
  .map(([a, risks, controls, extra]) => [a, risks && ['risks:', ...risks].join('\n'), controls && ['controls:', ...controls].join('\n'), ...extra].filter((x) => x !== undefined).join('\n') + '\n');

/** One mutation, position-independent (positions are fractions of the text). */
export type Mutation =
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'insert'; readonly at: number; readonly text: string }
  | { readonly op: 'delete'; readonly at: number; readonly length: number }
  | { readonly op: 'shuffle-lines'; readonly keys: readonly number[] }
  | { readonly op: 'duplicate-line'; readonly at: number }
  | { readonly op: 'break-table'; readonly at: number }
  | { readonly op: 'break-front-matter'; readonly which: 'open' | 'close' }
  | { readonly op: 'eol'; readonly eol: '\r\n' | '\r' | 'mixed' }
  | { readonly op: 'bom' }
  | { readonly op: 'indent'; readonly at: number; readonly by: string };

const frac = fc.double({ min: 0, max: 1, noNaN: true });
const junk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.uint8Array({ maxLength: 8 }).map((b) => String.fromCharCode(...b)),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 3 }),
  fc.constantFrom('\n', '\r', '\r\n', '|', '---\n', '```\n', '<!--', '-->', '# ', '\n## Risk criteria\n', 'A.', 'R-0', ': ', '- ', '\t', '\\', '`', '*', '['),
  block,
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  frac.map((at) => ({ op: 'truncate' as const, at })),
  fc.record({ op: fc.constant('insert' as const), at: frac, text: junk }),
  fc.record({ op: fc.constant('delete' as const), at: frac, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('shuffle-lines' as const), keys: fc.array(fc.nat(), { minLength: 1, maxLength: 64 }) }),
  frac.map((at) => ({ op: 'duplicate-line' as const, at })),
  frac.map((at) => ({ op: 'break-table' as const, at })),
  fc.constantFrom('open' as const, 'close' as const).map((which) => ({ op: 'break-front-matter' as const, which })),
  fc.constantFrom('\r\n' as const, '\r' as const, 'mixed' as const).map((eol) => ({ op: 'eol' as const, eol })),
  fc.constant({ op: 'bom' as const }),
  fc.record({ op: fc.constant('indent' as const), at: frac, by: fc.constantFrom('  ', '    ', '\t', '> ', '- ') }),
);

export function mutate(text: string, m: Mutation): string {
  const pos = (f: number) => Math.min(text.length, Math.floor(f * (text.length + 1)));
  const lines = text.split('\n');
  const lineAt = (f: number) => Math.min(lines.length - 1, Math.floor(f * lines.length));
  switch (m.op) {
    case 'truncate':
      return text.slice(0, pos(m.at));
    case 'insert':
      return text.slice(0, pos(m.at)) + m.text + text.slice(pos(m.at));
    case 'delete':
      return text.slice(0, pos(m.at)) + text.slice(pos(m.at) + m.length);
    case 'shuffle-lines':
      return lines
        .map((l, i) => ({ l, k: m.keys[i % m.keys.length]! + i }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.l)
        .join('\n');
    case 'duplicate-line': {
      const i = lineAt(m.at);
      return [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)].join('\n');
    }
    case 'break-table': {
      const pipes = [...text.matchAll(/\||-{3}/g)];
      const hit = pipes[Math.min(pipes.length - 1, Math.floor(m.at * pipes.length))];
      return hit ? text.slice(0, hit.index) + text.slice(hit.index + 1) : text;
    }
    case 'break-front-matter': {
      const idx = m.which === 'open' ? text.indexOf('---') : text.indexOf('\n---', 3);
      return idx < 0 ? text : text.slice(0, idx) + text.slice(idx + (m.which === 'open' ? 3 : 4));
    }
    case 'eol':
      return m.eol === 'mixed' ? lines.map((l, i) => l + (i === lines.length - 1 ? '' : i % 2 ? '\r\n' : '\n')).join('') : lines.join(m.eol);
    case 'bom':
      return '\uFEFF' + text;
    case 'indent': {
      const i = lineAt(m.at);
      return [...lines.slice(0, i), m.by + lines[i]!, ...lines.slice(i + 1)].join('\n');
    }
  }
}

const mutations = fc.array(mutation, { maxLength: 3 });

/** A generated file: its path, its text after mutations, and the mutations (for reports). */
export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

const MD_PATHS = ['policy.md', 'risk/risk-register.md', 'soa.md', 'statement-of-applicability.md', 'notes.md', 'systems/talentmatch.md', 'templates/policy-template.md', 'review.markdown'];
const YAML_PATHS = ['risk/risk-register.yaml', 'soa.yaml', 'systems.yml', 'inventory.yaml'];

const mdFile = fc.tuple(fc.constantFrom(...MD_PATHS), markdownDoc, mutations).map(([path, text, ms]) => ({ path, text: ms.reduce(mutate, text) }));
const yamlFile = fc.tuple(fc.constantFrom(...YAML_PATHS), yamlDoc, mutations).map(([path, text, ms]) => ({ path, text: ms.reduce(mutate, text) }));
const configFile = fc
  .constantFrom('today: 2026-11-28\n', 'frameworks: [iso27001]\n', 'rules:\n  kind-inferred: off\n', 'ids:\n  risk: "(a+)+b"\n', 'ids:\n  risk: "\\\\bR\\\\d+"\n', 'max_file_size: 200\n', 'documents:\n  kinds:\n    - { glob: "notes.md", kind: policy }\n', 'risk: 7\n', '[')
  .map((text) => ({ path: '.aims.yaml', text }));

/** A workspace of one to four files (paths unique; the first wins), sometimes with a configuration. */
export const workspaceFiles: fc.Arbitrary<GeneratedFile[]> = fc
  .tuple(fc.array(fc.oneof({ weight: 3, arbitrary: mdFile }, { weight: 2, arbitrary: yamlFile }), { minLength: 1, maxLength: 4 }), fc.option(configFile, { nil: undefined, freq: 4 }))
  .map(([files, config]) => {
    const seen = new Set<string>();
    const out = [...files, ...(config ? [config] : [])].filter((f) => !seen.has(f.path) && seen.add(f.path));
    return out;
  });

/** Cursor positions as fractions of a document, plus out-of-range ones (past the last line or column). */
export const positionSeeds = fc.array(fc.tuple(frac, fc.oneof({ weight: 5, arbitrary: frac }, { weight: 1, arbitrary: fc.constant(1e6) })), { minLength: 1, maxLength: 6 });

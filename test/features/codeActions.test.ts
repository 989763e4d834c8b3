/**
 * Code actions: each quick fix applied to a fixture must give exactly the
 * expected text (whole file compared, CRLF kept, files without a final line
 * break handled), and the engine run again on the fixed text must no longer
 * report what was fixed. Also: what is offered where, and what is not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getCodeActions } from '../../server/src/core/index.js';
import { CONTROLS, KINDS, type AimsLanguageService, type CodeActionResult, type Finding, type Position } from '../../server/src/core/index.js';
import { workspace, describeFinding } from '../support/check.js';
import { parseFixture } from '../support/fixture.js';
import { applyEdits } from '../support/cursor.js';
import { pathOf, uriOf } from '../support/memoryHost.js';

const TODAY = '2026-11-28';
const toCrlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

/** An `aims:` block with the common fields (front matter for Markdown, a top-level key for YAML); null leaves a field out. */
function fm(kind: string, id: string, markdown = true, fields: Record<string, string | null> = {}): string {
  const all: Record<string, string | null> = { kind, id, title: 'Document', owner: 'Head of AI Governance', version: '"1.0"', status: 'draft', ...fields };
  const lines = ['aims:', ...Object.entries(all).flatMap(([k, v]) => (v === null ? [] : [v === '' ? `  ${k}:` : `  ${k}: ${v}`]))];
  return markdown ? ['---', ...lines, '---', ''].join('\n') : lines.join('\n') + '\n';
}

const titleOf = (id: string) => CONTROLS.find((c) => c.id === id)!.title;
const ALL_IDS = CONTROLS.map((c) => c.id);
const without = (...ids: string[]) => ALL_IDS.filter((id) => !ids.includes(id));

interface SoaOptions {
  /** Control IDs in the order written. */
  readonly rows: readonly string[];
  /** Rows written as a quick fix adds them (no decision, justification or status). */
  readonly empty?: readonly string[];
  /** Rows with a justification but no decision. */
  readonly undecided?: readonly string[];
  /** Where `$0` goes: in the kind value, or in a control ID. */
  readonly cursorAt?: string;
  /** Two tables, A.2-A.5 and A.6-A.10 (Markdown); items with a title, separated by blank lines (YAML). */
  readonly split?: boolean;
}

function soaMarkdown(o: SoaOptions): string {
  const row = (id: string) => {
    const written = o.cursorAt === id ? id.replace('A.', 'A.$0') : id;
    if (o.empty?.includes(id)) return `| ${written} | ${titleOf(id)} | | | |`;
    return `| ${written} | ${titleOf(id)} | ${o.undecided?.includes(id) ? '' : 'Yes'} | Needed for our AI systems | implemented |`;
  };
  const table = (ids: readonly string[]) => ['| Control | Title | Applicable | Justification | Status |', '|---|---|---|---|---|', ...ids.map(row)].join('\n');
  const head = `${fm(o.cursorAt === 'kind' ? 'so$0a' : 'soa', 'SOA-1')}\n# Statement of applicability\n\n`;
  if (!o.split) return head + table(o.rows) + '\n';
  const early = o.rows.filter((id) => Number(id.split('.')[1]) < 6);
  const late = o.rows.filter((id) => Number(id.split('.')[1]) >= 6);
  return `${head}## Early groups\n\n${table(early)}\n\n## Later groups\n\n${table(late)}\n`;
}

function soaYaml(o: SoaOptions): string {
  const item = (id: string) => {
    const empty = o.empty?.includes(id);
    return [
      `  - id: ${o.cursorAt === id ? id.replace('A.', 'A.$0') : id}`,
      ...(o.split ? [`    title: ${titleOf(id)}`] : []),
      empty ? '    applicable:' : '    applicable: true',
      empty ? '    justification: ""' : '    justification: Needed for our AI systems',
    ].join('\n');
  };
  return `${fm(o.cursorAt === 'kind' ? 'so$0a' : 'soa', 'SOA-1', false)}\ncontrols:\n${o.rows.map(item).join(o.split ? '\n\n' : '\n')}\n`;
}

/** The same table written without the leading and trailing pipes. */
const noOuterPipes = (md: string) => md.replace(/^\|(.*)\|$/gm, (_, inner: string) => inner.trim());

const soaGone = (id: string) => (f: Finding) => f.code === 'soa-missing-control' && f.data?.['id'] === id && f.data?.['undecided'] !== true;

interface FixCase {
  readonly name: string;
  /** Files with a `$0` cursor in the one whose findings are fixed. */
  readonly fixture: string;
  /** The exact title of the action to apply. */
  readonly title: string;
  readonly kind?: CodeActionResult['kind'];
  /** Every file the action changes: its whole new text, or [text, replacement] applied once to the original. */
  readonly expected: Readonly<Record<string, string | readonly [string, string]>>;
  /** What must be reported before the fix and no longer after it (in the cursor's file). */
  readonly gone: (f: Finding) => boolean;
  /** Also run with every file in CRLF. */
  readonly crlf?: boolean;
}

const COMMUNICATION_BODY = `# Communication plan

## What is communicated

Changes to the AI policy and AIMS performance.

## When

Quarterly, and on each policy change.

## With whom

All staff in scope and the steering committee.

## Who communicates

The Head of AI Governance.
`;

const HOW = '<!-- The channel used for each communication. -->';
/** The one missing-section finding of a document lists its missing items. */
const listsItem = (f: Finding, id: string) => f.code === 'missing-section' && Array.isArray(f.data?.['items']) && (f.data['items'] as { id: string }[]).some((i) => i.id === id);
const howGone = (f: Finding) => listsItem(f, 'channel');

const REGISTER_YAML = `${fm('risk-register', 'RR-1', false, { title: 'AI risk register' })}
risks:
  - id: R-001
    title: Biased ranking
    owner: Chief Product Officer
    likelihood: 2
    impact: 3
    treatment: modify
    controls: [A.5.4]
    status: open

  - id: R-002
    title: Forecast drift
    owner: Head of Workforce Products
    likelihood: 3
    impact: 3
    treatment: modify
    controls: [A.6.2.6]
    status: open
`;

const REVIEW_NOTES = `# Steering committee notes

Under ISO/IEC 42001 the committee accepted the residual risk of R-0$042.
`;

const riskGone = (id: string) => (f: Finding) => f.code === 'dangling-reference' && f.data?.['id'] === id;

const FIX_CASES: readonly FixCase[] = [
  // unknown-control
  {
    name: 'unknown-control: the ID changes, nothing else (Markdown)',
    fixture: '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, event logs follow A.6.2.$09.\n',
    title: 'Change to A.6.2.8 (AI system recording of event logs)',
    expected: { 'notes.md': ['follow A.6.2.9.', 'follow A.6.2.8.'] },
    gone: (f) => f.code === 'unknown-control',
    crlf: true,
  },
  {
    name: 'unknown-control: "Annex" before the ID stays',
    fixture: '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, see Annex A.6.2.$09 for logs.\n',
    title: 'Change to A.6.2.7 (AI system technical documentation)',
    expected: { 'notes.md': ['Annex A.6.2.9 for', 'Annex A.6.2.7 for'] },
    gone: (f) => f.code === 'unknown-control',
  },
  {
    name: 'unknown-control: inside a range, only the wrong end changes',
    fixture: '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, controls A.6.2.7-A.6.2.$09 apply.\n',
    title: 'Change to A.6.2.8 (AI system recording of event logs)',
    expected: { 'notes.md': ['A.6.2.7-A.6.2.9 apply', 'A.6.2.7-A.6.2.8 apply'] },
    gone: (f) => f.code === 'unknown-control',
  },
  {
    name: 'unknown-control: in a YAML list',
    fixture: `//- risk/register.yaml\n${REGISTER_YAML.replace('controls: [A.5.4]', 'controls: [A.5.4, A.6.2.$09]')}`,
    title: 'Change to A.6.2.8 (AI system recording of event logs)',
    expected: { 'risk/register.yaml': ['[A.5.4, A.6.2.9]', '[A.5.4, A.6.2.8]'] },
    gone: (f) => f.code === 'unknown-control',
    crlf: true,
  },
  {
    name: 'unknown-control: fix all takes the closest control for each',
    fixture: '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, logs follow A.6.2.$09 and data A.7.7.\n',
    title: 'Fix all unknown-control in this file',
    kind: 'source.fixAll',
    expected: { 'notes.md': ['A.6.2.9 and data A.7.7.', 'A.6.2.8 and data A.7.6.'] },
    gone: (f) => f.code === 'unknown-control',
    crlf: true,
  },
  // control-title-mismatch
  {
    name: 'control-title-mismatch: the written title becomes the real one',
    fixture: '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, reviews follow A.7.4 (Human $0oversight).\n',
    title: 'Use the real title: "Quality of data for AI systems"',
    expected: { 'notes.md': ['A.7.4 (Human oversight).', 'A.7.4 (Quality of data for AI systems).'] },
    gone: (f) => f.code === 'control-title-mismatch',
    crlf: true,
  },
  {
    name: 'control-title-mismatch: a bold title cell keeps its emphasis',
    fixture: '//- notes.md\n# Notes\n\nISO/IEC 42001 controls we rely on:\n\n| ID | Title |\n|---|---|\n| A.7.4 | **Human $0oversight** |\n',
    title: 'Use the real title: "Quality of data for AI systems"',
    expected: { 'notes.md': ['| **Human oversight** |', '| **Quality of data for AI systems** |'] },
    gone: (f) => f.code === 'control-title-mismatch',
  },
  {
    name: "control-title-mismatch: or the ID changes to the control the title names",
    fixture: '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, lineage follows A.7.4 (Data $0provenance).\n',
    title: 'Change the ID to A.7.5 (Data provenance)',
    expected: { 'notes.md': ['A.7.4 (Data provenance)', 'A.7.5 (Data provenance)'] },
    gone: (f) => f.code === 'control-title-mismatch',
  },
  {
    name: 'control-title-mismatch: in a YAML value',
    fixture: `//- objectives.yaml\n${fm('objectives', 'OBJ-1', false)}objectives:\n  - measure: A.7.4 (Human $0oversight)\n`,
    title: 'Use the real title: "Quality of data for AI systems"',
    expected: { 'objectives.yaml': ['A.7.4 (Human oversight)', 'A.7.4 (Quality of data for AI systems)'] },
    gone: (f) => f.code === 'control-title-mismatch',
  },
  // missing-section
  {
    name: 'missing-section: after the last section, before a trailing appendix',
    fixture: `//- support/communication-plan.md\n${fm('communi$0cation', 'COMM-1')}\n${COMMUNICATION_BODY}\n## Appendix A: Templates\n\nThe notice templates.\n`,
    title: 'Add a "How" section',
    expected: { 'support/communication-plan.md': ['\n## Appendix A', `\n## How\n\n${HOW}\n\n## Appendix A`] },
    gone: howGone,
    crlf: true,
  },
  {
    name: 'missing-section: before the review history, and a footer stays last',
    fixture: `//- support/communication-plan.md\n${fm('communi$0cation', 'COMM-1')}\n${COMMUNICATION_BODY}\n## Review History\n\n| Version | Date |\n|---|---|\n| 1.0 | 2026-01-05 |\n\n---\n\n*Veldra AIMS | Communication plan*\n`,
    title: 'Add a "How" section',
    expected: { 'support/communication-plan.md': ['\n## Review History', `\n## How\n\n${HOW}\n\n## Review History`] },
    gone: howGone,
  },
  {
    name: 'missing-section: before a closing rule and footer',
    fixture: `//- support/communication-plan.md\n${fm('communi$0cation', 'COMM-1')}\n${COMMUNICATION_BODY}\n---\n\n*Maintained by the AI Governance office | Veldra*\n*See the README for the full index*`,
    title: 'Add a "How" section',
    expected: { 'support/communication-plan.md': ['Governance.\n\n---', `Governance.\n\n## How\n\n${HOW}\n\n---`] },
    gone: howGone,
    crlf: true,
  },
  {
    name: 'missing-section: at the end of a file without a final line break',
    fixture: `//- support/communication-plan.md\n${fm('communi$0cation', 'COMM-1')}\n${COMMUNICATION_BODY.trimEnd()}`,
    title: 'Add a "How" section',
    expected: { 'support/communication-plan.md': `${fm('communication', 'COMM-1')}\n${COMMUNICATION_BODY}\n## How\n\n${HOW}\n` },
    gone: howGone,
    crlf: true,
  },
  {
    name: 'missing-section: sections written as level-1 headings get a level-1 heading',
    fixture: `//- support/communication-plan.md\n${fm('communi$0cation', 'COMM-1')}\n${COMMUNICATION_BODY.replace('# Communication plan\n\n', '').replace(/^## /gm, '# ')}`,
    title: 'Add a "How" section',
    expected: { 'support/communication-plan.md': ['The Head of AI Governance.\n', `The Head of AI Governance.\n\n# How\n\n${HOW}\n`] },
    gone: howGone,
  },
  {
    name: 'missing-section: deeper sections under a title keep their level',
    fixture: `//- support/communication-plan.md\n${fm('communi$0cation', 'COMM-1')}\n${COMMUNICATION_BODY.replace(/^## /gm, '### ')}\n# Annex 1: Records\n\nKept by the AI Governance office.\n`,
    title: 'Add a "How" section',
    expected: { 'support/communication-plan.md': ['The Head of AI Governance.\n\n', `The Head of AI Governance.\n\n### How\n\n${HOW}\n\n`] },
    gone: howGone,
  },
  {
    name: 'missing-section: a document with no headings yet',
    fixture: `//- support/communication-plan.md\n${fm('communi$0cation', 'COMM-1')}`,
    title: 'Add the 5 missing sections',
    expected: {
      'support/communication-plan.md': `${fm('communication', 'COMM-1')}\n${['What is communicated', 'When', 'With whom', 'How', 'Who communicates']
        .map((t) => `## ${t}\n\n<!-- ${KINDS.find((k) => k.id === 'communication')!.sections.find((i) => i.title === t)!.hint} -->\n`)
        .join('\n')}`,
    },
    gone: howGone,
  },
  {
    name: 'missing-section: a top-level key in YAML, spaced like the others',
    fixture: `//- support/communication-plan.yaml\n${fm('communi$0cation', 'COMM-1', false)}\nwhat_is_communicated: Changes to the AI policy\n\nwhen: Quarterly\n\nwith_whom: All staff\n\nwho_communicates: Head of AI Governance\n`,
    title: 'Add a "how" key',
    expected: { 'support/communication-plan.yaml': ['who_communicates: Head of AI Governance\n', 'who_communicates: Head of AI Governance\n\nhow: ""\n'] },
    gone: howGone,
    crlf: true,
  },
  {
    name: 'missing-section: one fix inserts every missing section in one edit, in the kind\'s order',
    fixture: `//- governance/ai-policy.md\n${fm('pol$0icy', 'POL-1', true, { title: 'AI policy' })}\n# AI policy\n\n## Purpose\n\nWhy we have a policy.\n\n## Scope\n\nAll AI systems we build or use.\n`,
    title: 'Add the 6 missing sections',
    expected: {
      'governance/ai-policy.md': `${fm('policy', 'POL-1', true, { title: 'AI policy' })}
# AI policy

## Purpose

Why we have a policy.

## Scope

All AI systems we build or use.

## Policy statement and principles

<!-- The direction top management gives for responsible AI. -->

## Framework for AI objectives

<!-- How AI objectives are set and followed up (clause 6.2). -->

## Meeting applicable requirements

<!-- The commitment to meet legal, contractual and other applicable requirements. -->

## Continual improvement

<!-- The commitment to keep improving the AI management system. -->

## Roles and responsibilities

<!-- Who owns the policy and who is accountable for AI decisions. -->

## Review of the policy

<!-- When and by whom the policy is reviewed (control A.2.4). -->
`,
    },
    gone: (f) => f.code === 'missing-section',
    crlf: true,
  },
  // soa-missing-control
  {
    name: 'soa-missing-control: a row after the control before it, cells in the table\'s columns',
    fixture: `//- risk/soa.md\n${soaMarkdown({ rows: without('A.2.3'), cursorAt: 'kind' })}`,
    title: 'Add A.2.3 (Alignment with other organizational policies) to the statement of applicability',
    expected: { 'risk/soa.md': soaMarkdown({ rows: ALL_IDS, empty: ['A.2.3'] }) },
    gone: soaGone('A.2.3'),
    crlf: true,
  },
  {
    name: 'soa-missing-control: a table without outer pipes gets a row without them',
    fixture: `//- risk/soa.md\n${noOuterPipes(soaMarkdown({ rows: without('A.9.3'), cursorAt: 'kind' }))}`,
    title: 'Add A.9.3 (Objectives for responsible use of AI system) to the statement of applicability',
    expected: { 'risk/soa.md': noOuterPipes(soaMarkdown({ rows: ALL_IDS, empty: ['A.9.3'] })) },
    gone: soaGone('A.9.3'),
  },
  {
    name: 'soa-missing-control: the first control goes before the first row',
    fixture: `//- risk/soa.md\n${soaMarkdown({ rows: without('A.2.2'), cursorAt: 'kind' })}`,
    title: 'Add A.2.2 (AI policy) to the statement of applicability',
    expected: { 'risk/soa.md': soaMarkdown({ rows: ALL_IDS, empty: ['A.2.2'] }) },
    gone: soaGone('A.2.2'),
  },
  {
    name: 'soa-missing-control: in the table that holds its group',
    fixture: `//- risk/soa.md\n${soaMarkdown({ rows: without('A.6.1.2'), cursorAt: 'kind', split: true })}`,
    title: 'Add A.6.1.2 (Objectives for responsible development of AI system) to the statement of applicability',
    expected: { 'risk/soa.md': soaMarkdown({ rows: ALL_IDS, empty: ['A.6.1.2'], split: true }) },
    gone: soaGone('A.6.1.2'),
  },
  {
    name: 'soa-missing-control: add all, each in its place',
    fixture: `//- risk/soa.md\n${soaMarkdown({ rows: without('A.2.3', 'A.5.5', 'A.10.4'), cursorAt: 'kind', split: true })}`,
    title: 'Add all 3 missing controls',
    expected: { 'risk/soa.md': soaMarkdown({ rows: ALL_IDS, empty: ['A.2.3', 'A.5.5', 'A.10.4'], split: true }) },
    gone: (f) => f.code === 'soa-missing-control' && f.data?.['undecided'] !== true,
    crlf: true,
  },
  {
    name: 'soa-missing-control: a YAML item appended to controls',
    fixture: `//- risk/soa.yaml\n${soaYaml({ rows: without('A.5.3'), cursorAt: 'kind' })}`,
    title: 'Add A.5.3 (Documentation of AI system impact assessments) to the statement of applicability',
    expected: { 'risk/soa.yaml': soaYaml({ rows: [...without('A.5.3'), 'A.5.3'], empty: ['A.5.3'] }) },
    gone: soaGone('A.5.3'),
    crlf: true,
  },
  {
    name: 'soa-missing-control: YAML items with titles and blank lines are mirrored',
    fixture: `//- risk/soa.yaml\n${soaYaml({ rows: without('A.10.2', 'A.4.4'), cursorAt: 'kind', split: true })}`,
    title: 'Add all 2 missing controls',
    kind: 'quickfix',
    expected: { 'risk/soa.yaml': soaYaml({ rows: [...without('A.10.2', 'A.4.4'), 'A.4.4', 'A.10.2'], empty: ['A.4.4', 'A.10.2'], split: true }) },
    gone: (f) => f.code === 'soa-missing-control' && f.data?.['undecided'] !== true,
  },
  // dangling-reference
  {
    name: 'dangling-reference: a stub item in the YAML risk register',
    fixture: `//- notes/steering.md\n${REVIEW_NOTES}\n//- risk/register.yaml\n${REGISTER_YAML}`,
    title: 'Create R-042 in the risk register',
    expected: {
      'risk/register.yaml': [
        '    controls: [A.6.2.6]\n    status: open\n',
        '    controls: [A.6.2.6]\n    status: open\n\n  - id: R-042\n    title: ""\n    owner: ""\n    likelihood:\n    impact:\n    treatment: ""\n    controls: []\n    status: ""\n',
      ],
    },
    gone: riskGone('R-042'),
    crlf: true,
  },
  {
    name: 'dangling-reference: a row in the Markdown risk register, ID in the ID column',
    fixture: `//- notes/steering.md\n${REVIEW_NOTES}\n//- risk/register.md\n${fm('risk-register', 'RR-1')}\n# AI risk register\n\n| Risk | ID | Owner | L | I | Treatment | Status |\n|------|----|-------|---|---|-----------|--------|\n| Biased ranking | R-001 | CPO | 2 | 3 | modify | open |\n| Forecast drift | R-002 | CTO | 3 | 3 | modify | open |\n\nRatings follow the risk assessment process.\n`,
    title: 'Create R-042 in the risk register',
    expected: { 'risk/register.md': ['| modify | open |\n\nRatings', '| modify | open |\n| | R-042 | | | | | |\n\nRatings'] },
    gone: riskGone('R-042'),
    crlf: true,
  },
  {
    name: 'dangling-reference: fix all creates each missing risk once',
    fixture: `//- notes/steering.md\n${REVIEW_NOTES.replace('R-0$042.', 'R-0$042, then R-043 and R-042 again.')}\n//- risk/register.yaml\n${REGISTER_YAML.trimEnd()}`,
    title: 'Fix all dangling-reference in this file',
    kind: 'source.fixAll',
    expected: {
      'risk/register.yaml': [
        '    controls: [A.6.2.6]\n    status: open',
        '    controls: [A.6.2.6]\n    status: open\n\n  - id: R-042\n    title: ""\n    owner: ""\n    likelihood:\n    impact:\n    treatment: ""\n    controls: []\n    status: ""\n\n  - id: R-043\n    title: ""\n    owner: ""\n    likelihood:\n    impact:\n    treatment: ""\n    controls: []\n    status: ""',
      ],
    },
    gone: (f) => f.code === 'dangling-reference',
  },
  // missing-field
  {
    name: 'missing-field: added at the end of the front-matter block',
    fixture: `//- governance/ai-policy.md\n${fm('policy', 'POL-1', true, { status: null }).replace('aims:', 'ai$0ms:')}\n# AI policy\n`,
    title: 'Add status to the aims block',
    expected: { 'governance/ai-policy.md': ['  version: "1.0"\n---', '  version: "1.0"\n  status: draft\n---'] },
    gone: (f) => f.code === 'missing-field',
    crlf: true,
  },
  {
    name: 'missing-field: in a YAML document, before the blank line that ends the block',
    fixture: `//- risk/register.yaml\n${REGISTER_YAML.replace('  version: "1.0"\n', '').replace('aims:', 'ai$0ms:')}`,
    title: 'Add version to the aims block',
    expected: { 'risk/register.yaml': ['  status: draft\n\nrisks:', '  status: draft\n  version: "0.1"\n\nrisks:'] },
    gone: (f) => f.code === 'missing-field',
    crlf: true,
  },
  {
    name: 'missing-field: a YAML document without a final line break',
    fixture: `//- governance/scope.yaml\n${fm('scope', 'SCOPE-1', false, { version: null }).replace('aims:', 'ai$0ms:').trimEnd()}`,
    title: 'Add version to the aims block',
    expected: { 'governance/scope.yaml': `${fm('scope', 'SCOPE-1', false, { version: null })}  version: "0.1"` },
    gone: (f) => f.code === 'missing-field',
  },
  {
    name: 'missing-field: inside a flow-style block',
    fixture: '//- governance/ai-policy.md\n---\nai$0ms: { kind: policy, id: POL-1, title: AI policy, owner: CISO, version: "1.0" }\n---\n# AI policy\n',
    title: 'Add status to the aims block',
    expected: { 'governance/ai-policy.md': ['version: "1.0" }', 'version: "1.0", status: draft }'] },
    gone: (f) => f.code === 'missing-field',
  },
  {
    name: 'missing-field: the title the document already has',
    fixture: `//- governance/ai-policy.md\n${fm('policy', 'POL-1', true, { title: null }).replace('aims:', 'ai$0ms:')}\n# AI policy: Veldra\n`,
    title: 'Add title to the aims block',
    expected: { 'governance/ai-policy.md': ['  status: draft\n---', '  status: draft\n  title: "AI policy: Veldra"\n---'] },
    gone: (f) => f.code === 'missing-field',
  },
  {
    name: 'missing-field: a field without a sensible value is added empty, to fill in',
    fixture: `//- governance/ai-policy.md\n${fm('policy', 'POL-1', true, { owner: null }).replace('aims:', 'ai$0ms:')}\n# AI policy\n`,
    title: 'Add owner to the aims block',
    expected: { 'governance/ai-policy.md': ['  status: draft\n---', '  status: draft\n  owner: ""\n---'] },
    gone: (f) => f.code === 'missing-field' && f.message.includes('no "owner" field'),
  },
  {
    name: 'missing-field: an empty field with a sensible value is filled in',
    fixture: `//- governance/ai-policy.md\n${fm('policy', 'POL-1', true, { status: '' }).replace('  status:', '  sta$0tus:')}\n# AI policy\n`,
    title: 'Set status to draft',
    expected: { 'governance/ai-policy.md': ['  status:\n---', '  status: draft\n---'] },
    gone: (f) => f.code === 'missing-field',
  },
  {
    name: 'missing-field: fix all adds the approval dates',
    fixture: `//- governance/ai-policy.md\n${fm('policy', 'POL-1', true, { status: 'approved', approved_by: 'AI Steering Committee' }).replace('aims:', 'ai$0ms:')}\n# AI policy\n`,
    title: 'Fix all missing-field in this file',
    kind: 'source.fixAll',
    expected: { 'governance/ai-policy.md': ['  approved_by: AI Steering Committee\n---', `  approved_by: AI Steering Committee\n  approved_on: ${TODAY}\n  next_review: ${TODAY}\n---`] },
    gone: (f) => f.code === 'missing-field',
    crlf: true,
  },
];

interface Opened {
  readonly service: AimsLanguageService;
  readonly uri: string;
  readonly position: Position;
}

/** The fixture's workspace, optionally with CRLF line ends, and the position of its `$0`. */
async function open(fixture: string, options: { crlf?: boolean } = {}): Promise<Opened> {
  const fx = parseFixture(fixture);
  if (!fx.cursor) throw new Error('fixture has no $0 cursor');
  const before = fx.files[fx.cursor.path]!.slice(0, fx.cursor.offset);
  const line = before.split('\n').length - 1;
  const position = { line, character: before.length - (before.lastIndexOf('\n') + 1) };
  const files = options.crlf ? Object.fromEntries(Object.entries(fx.files).map(([p, t]) => [p, toCrlf(t)])) : fx.files;
  const { service } = await workspace({ ...fx, files }, { today: TODAY });
  return { service, uri: uriOf(fx.cursor.path), position };
}

function actionsAt(o: Opened, only?: readonly string[], end?: Position): CodeActionResult[] {
  return getCodeActions(o.service, o.uri, { start: o.position, end: end ?? o.position }, only);
}

/** The new text of every file the action changes, by path. */
function apply(service: AimsLanguageService, action: CodeActionResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [uri, edits] of Object.entries(action.edit.changes)) {
    const doc = service.getDocument(uri)!;
    out[pathOf(uri)] = applyEdits(doc.text, edits, (p) => doc.lines.offsetAt(p));
  }
  return out;
}

/** Put the fixed texts in the service (as an editor would) and return the findings of `uri`. */
function findingsAfter(service: AimsLanguageService, texts: Record<string, string>, uri: string): Finding[] {
  for (const [path, text] of Object.entries(texts)) {
    const u = uriOf(path);
    service.setDocument({ uri: u, relativePath: path }, text, service.getDocument(u)!.version + 1);
  }
  return service.getFindings(uri);
}

function titles(actions: readonly CodeActionResult[]): string[] {
  return actions.map((a) => `${a.kind}: ${a.title}`);
}

async function runCase(c: FixCase, crlf: boolean): Promise<void> {
  const o = await open(c.fixture, { crlf });
  const fx = parseFixture(c.fixture);
  assert.ok(o.service.getFindings(o.uri).some(c.gone), 'the finding to fix is reported before the fix');
  const actions = actionsAt(o);
  const action = actions.find((a) => a.title === c.title);
  assert.ok(action, `no action "${c.title}" at the cursor; got:\n  ${titles(actions).join('\n  ')}`);
  assert.equal(action.kind, c.kind ?? 'quickfix');
  const texts = apply(o.service, action);
  const expected: Record<string, string> = {};
  for (const [path, e] of Object.entries(c.expected)) {
    let text: string;
    if (typeof e === 'string') text = e;
    else {
      const original = fx.files[path]!;
      assert.equal(original.split(e[0]).length, 2, `"${e[0]}" should occur once in ${path}`);
      text = original.replace(e[0], e[1]);
    }
    expected[path] = crlf ? toCrlf(text) : text;
  }
  assert.deepEqual(texts, expected);
  const left = findingsAfter(o.service, texts, o.uri).filter(c.gone);
  assert.deepEqual(left.map((f) => `${describeFinding(f)}: ${f.message}`), [], 'the fixed finding is gone');
}

for (const c of FIX_CASES) {
  test(`code action: ${c.name}`, () => runCase(c, false));
  if (c.crlf) test(`code action: ${c.name} (CRLF)`, () => runCase(c, true));
}

test('code action: unknown-control offers every suggestion, the closest preferred', async () => {
  const o = await open('//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, logs follow A.6.2.$09.\n');
  const actions = actionsAt(o);
  assert.deepEqual(
    actions.map((a) => [a.title, a.kind, a.fixes, a.isPreferred ?? false]),
    [
      ['Change to A.6.2.8 (AI system recording of event logs)', 'quickfix', ['unknown-control'], true],
      ['Change to A.6.2.7 (AI system technical documentation)', 'quickfix', ['unknown-control'], false],
      ['Change to A.6.2.6 (AI system operation and monitoring)', 'quickfix', ['unknown-control'], false],
    ],
  );
});

test('code action: nothing where there is no finding, or no fix for it', async () => {
  // [name, fixture, the code of the finding under the cursor (there, but without a fix)]
  const cases: [string, string, string | undefined][] = [
    ['plain text', '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, logs follow A.6.2.9.\n\nNothing to $0fix here.\n', undefined],
    ['next to a finding, not on it', '//- notes.md\n# Notes\n\nUnder ISO/IEC $042001, logs follow A.6.2.9.\n', undefined],
    ['a rule without a fix (unknown-clause)', '//- notes.md\n# Notes\n\nPer ISO/IEC 42001 clause 8.$05 we monitor.\n', 'unknown-clause'],
    ['an unknown control with no close match', '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, see A.12.$01.4.\n', 'unknown-control'],
    ['a dangling system ID', '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, SYS-0$009 is watched.\n', 'dangling-reference'],
    ['a dangling document ID', '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, see POL-0$009.\n', 'dangling-reference'],
    ['a dangling risk with no risk register in the workspace', '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, R-0$042 is accepted.\n', 'dangling-reference'],
    ['an SoA that lists no controls at all', `//- soa.md\n${fm('so$0a', 'SOA-1')}\n# Statement of applicability\n\nTo be written.\n`, 'missing-section'],
    ['an SoA row without a decision', `//- risk/soa.md\n${soaMarkdown({ rows: ALL_IDS, undecided: ['A.2.3'], cursorAt: 'A.2.3' })}`, 'soa-missing-control'],
    ['a register missing a column (missing-field about columns)', `//- rr.md\n${fm('risk-register', 'RR-1')}\n# Risk register\n\n| I$0D | Title | Owner | Likelihood | Impact | Status |\n|---|---|---|---|---|---|\n| R-001 | Drift | CTO | 2 | 3 | open |\n`, 'missing-field'],
  ];
  for (const [name, fixture, code] of cases) {
    const o = await open(fixture);
    const doc = o.service.getDocument(o.uri)!;
    const at = doc.lines.offsetAt(o.position);
    const codes = o.service.getFindings(o.uri).filter((f) => f.span.start <= at && at <= f.span.end).map((f) => f.code);
    if (code === undefined) assert.deepEqual(codes, [], `${name}: no finding under the cursor`);
    else assert.ok(codes.includes(code), `${name}: a ${code} finding under the cursor (found: ${codes.join(', ')})`);
    assert.deepEqual(titles(actionsAt(o)), [], `${name} (findings: ${codes.join(', ')})`);
  }
});

test('code action: a selection gets the fixes of every finding it touches', async () => {
  const o = await open('//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, $0logs follow A.6.2.9 and A.7.7 (Data provenance).\n');
  const line = o.position.line;
  const actions = actionsAt(o, undefined, { line, character: 60 });
  assert.deepEqual(titles(actions), [
    'quickfix: Change to A.6.2.8 (AI system recording of event logs)',
    'quickfix: Change to A.6.2.7 (AI system technical documentation)',
    'quickfix: Change to A.6.2.6 (AI system operation and monitoring)',
    'quickfix: Change to A.7.6 (Data preparation)',
    'quickfix: Change to A.7.5 (Data provenance)',
    'quickfix: Change to A.7.4 (Quality of data for AI systems)',
    'source.fixAll: Fix all unknown-control in this file',
  ]);
});

test('code action: "only" keeps the kinds asked for; source.fixAll asked for explicitly is offered anywhere in the file', async () => {
  const fixture = '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, logs follow A.6.2.$09 and A.7.7.\n\nNothing $1here.\n';
  const o = await open(fixture.replace('$1', ''));
  assert.equal(actionsAt(o, ['quickfix']).length, 3);
  assert.deepEqual(titles(actionsAt(o, ['source.fixAll'])), ['source.fixAll: Fix all unknown-control in this file']);
  assert.deepEqual(titles(actionsAt(o, ['source'])), ['source.fixAll: Fix all unknown-control in this file']);
  assert.deepEqual(titles(actionsAt(o, ['refactor'])), []);
  const elsewhere = await open(fixture.replace('$0', '').replace('$1', '$0'));
  assert.deepEqual(titles(actionsAt(elsewhere)), []);
  assert.deepEqual(titles(actionsAt(elsewhere, ['source.fixAll'])), ['source.fixAll: Fix all unknown-control in this file']);
});

test('code action: no fix-all for a code with a single fixable finding', async () => {
  const o = await open('//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, logs follow A.6.2.$09 and A.12.1.4.\n');
  assert.ok(actionsAt(o).every((a) => a.kind === 'quickfix'));
  assert.deepEqual(titles(actionsAt(o, ['source.fixAll'])), []);
});

test('code action: one soa-missing-control finding lists the missing controls, and its one fix adds them all', async () => {
  const o = await open(`//- risk/soa.md\n${soaMarkdown({ rows: without('A.2.3', 'A.10.2'), cursorAt: 'kind' })}`);
  const missing = o.service.getAllFindings().filter((f) => f.code === 'soa-missing-control');
  assert.equal(missing.length, 1);
  assert.deepEqual(missing[0]!.data?.['ids'], ['A.2.3', 'A.10.2']);
  const actions = actionsAt(o);
  const all = actions.find((a) => a.title === 'Add all 2 missing controls');
  assert.ok(all, titles(actions).join('\n'));
  assert.equal(all.kind, 'quickfix');
  const text = JSON.stringify(all.edit);
  assert.ok(text.includes('A.2.3') && text.includes('A.10.2'), text);
});

// Every kind's required items, inserted by the fix-all into a document that has none of them,
// must satisfy missing-section: the titles and keys the fix writes are ones the rule recognises.
for (const kind of KINDS.filter((k) => k.sections.length > 0))
  for (const lang of ['markdown', 'yaml'] as const)
    test(`code action: fix-all inserts every missing section a ${kind.id} needs (${lang})`, async () => {
      const fixture =
        lang === 'markdown'
          ? `//- doc.md\n${fm(kind.id, 'DOC-1').replace(`kind: ${kind.id}`, `kind: ${kind.id}$0`)}\n# Document\n\nIntroduction.\n`
          : `//- doc.yaml\n${fm(kind.id, 'DOC-1', false).replace(`kind: ${kind.id}`, `kind: ${kind.id}$0`)}`;
      const o = await open(fixture);
      const missing = (fs: readonly Finding[]) => fs.filter((f) => f.code === 'missing-section' && f.data?.['item'] !== 'entries');
      // One finding for the document, listing every item the fixture lacks.
      const before = missing(o.service.getFindings(o.uri));
      assert.equal(before.length, 1);
      assert.ok((before[0]!.data?.['items'] as unknown[]).length >= kind.sections.length - 1);
      const action = actionsAt(o, ['quickfix']).find((a) => /^Add (?:a|the \d+ missing) /.test(a.title));
      assert.ok(action);
      const texts = apply(o.service, action);
      assert.deepEqual(missing(findingsAfter(o.service, texts, o.uri)).map((f) => f.message), []);
    });

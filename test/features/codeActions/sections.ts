/** Quick-fix cases: missing-section and missing-field. */
import { KINDS } from '../../../server/src/core/index.js';
import { COMMUNICATION_BODY, type FixCase, fm, HOW, howGone, REGISTER_YAML, TODAY } from './case.js';

export const SECTIONS_CASES: readonly FixCase[] = [
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

/**
 * Huge and deeply nested input: a 5 MB single line (Markdown and YAML) and
 * 10,000-deep nesting beyond test/robustness.test.ts (ordered lists, quotes in
 * lists, lazy continuation lines, HTML, brackets, emphasis, deep YAML in front
 * matter and files). Each is parsed and checked, then every feature is asked
 * (test/fuzz/exercise.ts), each step under a watchdog: the named finding is
 * still reported (no word lost), nothing throws, and the time is bounded.
 * Inputs the engine is known to be slow on are todo tests (reported), run with
 * the same bound so they fail fast until fixed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/index.js';
import { bounded } from '../fuzz/invariants.js';
import { exercise } from '../fuzz/exercise.js';

interface Case {
  readonly path: string;
  readonly text: () => string;
  /** Rule codes the document must get (at least these). */
  readonly expect: readonly string[];
  readonly parseMs: number;
  readonly todo?: string;
}

const MB5 = 5_000_000;
const base64 = (n: number) => Buffer.from(Array.from({ length: Math.ceil((n * 3) / 4) }, (_, i) => (i * 7919) & 255)).toString('base64').slice(0, n);
const times = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const CASES: Record<string, Case> = {
  'a 5 MB single line in Markdown (a pasted base64 image)': {
    path: 'architecture.md',
    text: () => `# ISO/IEC 42001 architecture\n\n![diagram](data:image/png;base64,${base64(MB5)})\n\nLogs: A.6.2.9.\n`,
    expect: ['unknown-control'],
    parseMs: 10_000,
  },
  'a 5 MB single line in YAML (a base64 scalar)': {
    path: 'systems/record.yaml',
    text: () => `aims:\n  kind: ai-system\ndiagram: ${base64(MB5)}\nnotes: Logs are kept under A.6.2.9.\n`,
    expect: ['unknown-control', 'missing-field'],
    parseMs: 10_000,
  },
  'a 5 MB single line of prose citing a control every 40 characters': {
    path: 'notes.md',
    text: () => `# ISO/IEC 42001 notes\n\n${times('The logging control A.6.2.4 applies here. ', MB5)}\n\nLogs: A.6.2.9.\n`,
    expect: ['unknown-control'],
    parseMs: 10_000,
  },
  '10,000-deep ordered lists on one line': {
    path: 'deep-ol.md',
    text: () => `# ISO/IEC 42001\n\n${'1. '.repeat(10_000)}A.6.2.9\n`,
    expect: ['unknown-control', 'file-skipped'],
    parseMs: 2000,
  },
  '10,000-deep bullet lists on one line (robustness.test.ts has 5,000)': {
    path: 'deep-ul.md',
    text: () => `# ISO/IEC 42001\n\n${'- '.repeat(10_000)}A.6.2.9\n`,
    expect: ['unknown-control', 'file-skipped'],
    parseMs: 2000,
  },
  '10,000-deep quotes inside lists': {
    path: 'deep-quote-list.md',
    text: () => `# ISO/IEC 42001\n\n${'> - '.repeat(10_000)}A.6.2.9\n`,
    expect: ['unknown-control', 'file-skipped'],
    parseMs: 2000,
  },
  '10,000-deep emphasis around a control ID': {
    path: 'deep-emphasis.md',
    text: () => `# ISO/IEC 42001\n\n${'*'.repeat(10_000)}A.6.2.9${'*'.repeat(10_000)}\n`,
    expect: ['unknown-control'],
    parseMs: 2000,
  },
  '40,000 emphasised words in one paragraph': {
    path: 'emphasis.md',
    text: () => `# ISO/IEC 42001\n\n${'*a* '.repeat(40_000)}A.6.2.9\n`,
    expect: ['unknown-control'],
    parseMs: 2000,
  },
  'a list nested 600 deep by indentation, one level a line (0.36 MB)': {
    path: 'deep-indented.md',
    text: () => `# ISO/IEC 42001\n\n${Array.from({ length: 600 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n\nA.6.2.9\n`,
    expect: ['unknown-control', 'file-skipped'],
    parseMs: 10_000,
  },
  '10,000-deep quote followed by 1,000 lazy continuation lines': {
    path: 'deep-lazy.md',
    text: () => `# ISO/IEC 42001\n\n${'> '.repeat(10_000)}text\n${'more A.6.2.9\n'.repeat(1000)}`,
    expect: ['unknown-control', 'file-skipped'],
    parseMs: 2000,
  },
  '10,000 nested HTML elements': {
    path: 'deep-html.md',
    text: () => `# ISO/IEC 42001\n\n${'<div>'.repeat(10_000)}\n\nA.6.2.9\n`,
    expect: ['unknown-control'],
    parseMs: 2000,
  },
  '10,000-deep link brackets': {
    path: 'deep-brackets.md',
    text: () => `# ISO/IEC 42001\n\n${'['.repeat(10_000)}A.6.2.9${']'.repeat(10_000)}\n`,
    expect: ['unknown-control'],
    parseMs: 2000,
  },
  '10,000-deep flow mappings in front matter': {
    path: 'deep-front-matter.md',
    text: () => `---\naims:\n  kind: policy\nx: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n---\n# ISO/IEC 42001\n\nA.6.2.9\n`,
    expect: ['unknown-control', 'file-skipped'],
    parseMs: 2000,
  },
  '10,000-deep flow mappings in a YAML file': {
    path: 'deep-map.yaml',
    text: () => `aims:\n  kind: risk-register\nnotes: ISO/IEC 42001 A.6.2.9\nx: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`,
    expect: ['unknown-control', 'file-skipped'],
    parseMs: 2000,
  },
  '10,000-deep compact sequences in a YAML file': {
    path: 'deep-seq.yaml',
    text: () => `aims:\n  kind: risk-register\nnotes: ISO/IEC 42001 A.6.2.9\nx:\n  ${'- '.repeat(10_000)}1\n`,
    expect: ['unknown-control'],
    parseMs: 2000,
  },
};

for (const [name, c] of Object.entries(CASES))
  test(name, c.todo ? { todo: c.todo } : {}, (t) => {
    const text = c.text();
    const service = createLanguageService({ listFiles: async () => [], readFile: async () => undefined, today: () => '2026-11-28' });
    const uri = `file:///ws/${c.path}`;
    const parsed = bounded(`parsing and checking ${c.path}`, c.parseMs, () => {
      service.setDocument({ uri, relativePath: c.path }, text, 1);
      return service.getAllFindings();
    });
    const codes = new Set(parsed.value.map((f) => f.code));
    for (const code of c.expect) assert.ok(codes.has(code), `expected ${code}; got ${[...codes].join(', ')}`);
    const features = bounded(`the features on ${c.path}`, c.parseMs * 3, () => exercise(service, new Map(), [[0.5, 0.5], [0.99, 2]], 'A'));
    t.diagnostic(`${(text.length / 1e6).toFixed(2)} M characters: parsed and checked in ${parsed.ms.toFixed(0)} ms, features in ${features.ms.toFixed(0)} ms`);
  });

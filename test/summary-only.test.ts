/**
 * A closed document indexed without its rules' reports is parsed for its summary only
 * (parse/document.ts `summaryOnly`: no reuse for a next version, the document-wide mentions read
 * only where a reference asks, refs/mentions.ts lazyMentions). Its summary must be the full
 * parse's: on generated Markdown, YAML and CSV with the words that decide whose an article or a
 * control is (the AI Act, GDPR, NIST, ISO/IEC 27001), on the examples, and on the shared corpus.
 * Units: parse/document.ts, parse/chunkReferences.ts, refs/mentions.ts, workspace/analysis.ts (summaryOf).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { DEFAULT_CONFIG, parseDocument } from '../server/src/core/index.js';
import { summaryOf } from '../server/src/core/workspace/analysis.js';
import { lazyMentions, documentMentions } from '../server/src/core/refs/mentions.js';
import { fuzzParams, markdownDoc, yamlDoc } from './support/generators.js';
import { SOURCE_TEST_DIR } from './support/snapshot.js';

const params = fuzzParams(200);
const EXAMPLES = path.resolve(SOURCE_TEST_DIR, '..', 'examples');
const CORPUS = path.resolve(SOURCE_TEST_DIR, '..', '..', 'shared', 'corpus');

function sameSummary(relativePath: string, text: string): void {
  const input = { uri: `file:///ws/${relativePath}`, relativePath, text, version: 1, config: DEFAULT_CONFIG };
  const full = summaryOf(parseDocument(input));
  const only = parseDocument({ ...input, summaryOnly: true });
  assert.deepStrictEqual(summaryOf(only), full, relativePath);
  assert.equal(only.reuse, undefined, 'nothing is kept for a next version');
}

/** Phrases whose references depend on what the whole document names. */
const context = fc.constantFrom(
  'Article 10 applies.',
  'See Art. 14(4) and Articles 9-15.',
  'Annex III lists the uses.',
  'Under the EU AI Act, providers register.',
  'GDPR Article 22 covers automated decisions.',
  'Regulation (EU) 2016/679 and the Data Act.',
  'GOVERN 1.1 and Gv 1.2 and Map 2.3 and MEASURE 2',
  'The NIST AI RMF is used.',
  'ISO/IEC 27001 A.5.7 and A.8.16 apply; A.6.3 Deployment controls.',
  'Clause 6.1.2 of ISO/IEC 42001; contract clause 12.4.',
  '| Control | Title |\n|---|---|\n| A.6.2.4 | Verification | \n| Article 9 | Risk management |',
);
const withContext = (doc: fc.Arbitrary<string>) => fc.tuple(doc, fc.array(context, { maxLength: 4 })).map(([d, cs]) => `${d}\n${cs.join('\n\n')}\n`);

test('summary-only Markdown: the full parse summary, on generated documents with framework context', () => {
  fc.assert(fc.property(withContext(markdownDoc), (text) => sameSummary('docs/policy.md', text)), params);
});

test('summary-only YAML and CSV: the full parse summary', () => {
  fc.assert(fc.property(yamlDoc, fc.array(context, { maxLength: 3 }), (text, cs) => sameSummary('registers/risks.yaml', `${text}notes: ${JSON.stringify(cs.join(' '))}\n`)), params);
  sameSummary('registers/risks.csv', 'Risk ID,Title,Likelihood,Impact,Controls\nR-001,Bias under GDPR Article 22,3,4,A.6.2.4\nR-002,Annex III use,2,2,"A.5.2, A.5.4"\n');
});

test('summary-only: the full parse summary on every example and corpus document', { skip: !existsSync(EXAMPLES) && 'no examples' }, () => {
  let n = 0;
  for (const root of [EXAMPLES, ...(existsSync(CORPUS) ? [CORPUS] : [])])
    for (const name of readdirSync(root, { recursive: true }) as string[]) {
      if (!/\.(?:md|markdown|ya?ml|json|csv)$/i.test(name)) continue;
      sameSummary(name.split(path.sep).join('/'), readFileSync(path.join(root, name), 'utf8'));
      n++;
    }
  assert.ok(n > 10, `read ${n} documents`);
});

test('lazy mentions answer as a whole scan does, each flag and witness', () => {
  fc.assert(
    fc.property(withContext(markdownDoc), (text) => {
      const eager = documentMentions(text);
      const lazy = lazyMentions(text);
      assert.deepStrictEqual({ ...lazy.mentions }, { ...eager.mentions });
      assert.deepStrictEqual(lazy.witnesses, eager.witnesses);
    }),
    params,
  );
});

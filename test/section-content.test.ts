/**
 * Differential tests of what missing-section, empty-section and the template check read of a
 * document's text, now kept per Markdown chunk (text/chunkMemo.ts): for generated documents
 * and random edits, the chunked reading (fresh, and reusing the previous version's chunks)
 * equals the whole-text reading as it was written before (the reference below, kept verbatim),
 * and the document rules' reports equal those of a parse in one piece (`whole: true`).
 * Lines are chosen to put a synonym's words in two chunks, leading numbers, accents, a final
 * sigma, lone carriage returns, placeholders and blank fields. AIMS_FUZZ_RUNS sets the count.
 * The risk method's bands read from lines (parse/riskMethod.ts) are kept per chunk too, and
 * control-title-mismatch keeps its judgements of control citations per reference chunk, and
 * empty-section counts a section's characters per chunk.
 * Units: rules/missingSection.ts (missingItems), rules/sectionContent.ts (documentLanguage),
 * rules/proseMentions.ts (the synonyms and words read), parse/template.ts (looksLikeTemplate),
 * workspace/analysis.ts (runDocumentRules), util/text.ts (normalizeTitle, for the reference),
 * rules/chunkReports.ts (judgeByChunk), rules/emptySection.ts (surelyWritten).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_CONFIG, KINDS, parseDocument, type AimsDocument } from '../server/src/core/index.js';
import { isItemPresent, missingItems } from '../server/src/core/rules/missingSection.js';
import { documentLanguage, naturalLanguageOf } from '../server/src/core/rules/sectionContent.js';
import { proseSynonyms, proseWords } from '../server/src/core/rules/proseMentions.js';
import { looksLikeTemplate } from '../server/src/core/parse/template.js';
import { runDocumentRules } from '../server/src/core/workspace/analysis.js';

type KindSpec = (typeof KINDS)[number];
type RequiredItem = KindSpec['sections'][number];
import { foldAccents, normalizeTitle } from '../server/src/core/util/text.js';
import { fuzzParams } from './support/generators.js';

const params = fuzzParams(200);

// ---- The whole-text reading as it was before the chunked one (the reference). ----

const norm = (s: string) => foldAccents(normalizeTitle(s));
const FIELD_LABEL = /^[ \t]*(?:>[ \t]*)?(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?:\*\*|__)?([^:*_\n|\s][^:*_\n|]{1,59}?)(?:\*\*|__)?[ \t]*:(?!\/)/gm;

function labelsRef(doc: AimsDocument): string[] {
  const first = doc.sections[0];
  const titled =
    first && doc.languageId === 'markdown' && doc.title !== undefined && first.title.trim() === doc.title.trim() && !doc.sections.some((s, i) => i > 0 && s.level <= first.level);
  const labels = (titled ? doc.sections.slice(1) : doc.sections).map((s) => foldAccents(s.normalized));
  for (const t of doc.tables) {
    for (const h of t.header) labels.push(norm(h.text));
    for (const row of t.rows) {
      if (row[0] && row[0].text.length <= 80) labels.push(norm(row[0].text));
      for (const c of row) if (/^\s*(?:\*\*|__)[^*_]{2,60}(?:\*\*|__)/.test(c.text)) labels.push(norm(c.text));
    }
  }
  labels.push(...doc.nestedKeys.map(foldAccents));
  if (doc.languageId === 'markdown') {
    const from = doc.meta.frontMatterSpan?.end ?? 0;
    for (const m of doc.text.slice(from, from + 300_000).matchAll(FIELD_LABEL)) labels.push(norm(m[1]!));
  }
  return labels.filter((l) => l.length > 0);
}

function missingRef(doc: AimsDocument, kind: KindSpec): RequiredItem[] {
  const labels = labelsRef(doc);
  const prose = ' ' + norm(doc.text.length > 1_000_000 ? doc.text.slice(0, 1_000_000) : doc.text) + ' ';
  const labelled = (id: string) => kind.sections.some((s) => s.id === id && isItemPresent(s, labels));
  // An item is also there when a reference of its type is cited, or when the labels name all the
  // parts it is made of (a method written as its steps).
  return kind.sections.filter(
    (item) =>
      !labelled(item.id) &&
      !(item.citedBy && doc.references.some((r) => r.type === item.citedBy)) &&
      !item.metBy?.every(labelled) &&
      !proseSynonyms(item).some((s) => prose.includes(' ' + s)),
  );
}

const TEMPLATE_WORD = /\btemplates?\b/i;
function templateRef(text: string, title: string | undefined): boolean {
  if (title && TEMPLATE_WORD.test(title)) return true;
  const organisation = /\[(?:organi[sz]ation|company|client|entity|your organi[sz]ation)(?:'s)?(?: name)?\]/gi;
  for (const line of text.split('\n').slice(0, 25).map((l) => l.slice(0, 500))) {
    const t = line.trim();
    if (/^(?:#{1,6}\s|>|\*|_)/.test(t) && TEMPLATE_WORD.test(t)) return true;
    if (/\bthis (?:document )?is a template\b/i.test(t)) return true;
    // "[Company Name]" near the top, or twice anywhere.
    if (new RegExp(organisation.source, 'i').test(line)) return true;
  }
  if ((text.match(organisation) ?? []).length >= 2) return true;
  const sample = text.slice(0, 200_000);
  if ((sample.match(/^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?[^:\n]{2,40}:(?:\*\*|__)?[ \t]*_{5,}/gm) ?? []).length >= 3) return true;
  // Not a wiki link ("[[AI Risk Register]]"), as the rule has since f3d76b1.
  return new Set(sample.match(/(?<!\[)\[(?:[A-Z][A-Za-z0-9 /&+.,'#-]{1,40})\](?![(\[:\]])/g) ?? []).size >= 8;
}

// ---- Generated documents. ----

/** Words of every kind's prose synonyms of two words or more, to be cut across chunks. */
const PHRASES = [...new Set(KINDS.flatMap((k) => k.sections.flatMap((i) => proseSynonyms(i).filter((s) => s.includes(' ')))))];
const SYNONYMS = [...new Set(KINDS.flatMap((k) => k.sections.flatMap((i) => i.synonyms.map((s) => s.replace(/^=/, '')))))];

const phraseLines = fc.constantFrom(...PHRASES).chain((p) => {
  const words = p.split(' ');
  return fc.nat({ max: words.length - 1 }).chain((cut) =>
    fc.constantFrom('\n\n', '\n\n## ', '\n', '\r\r', '\n\n- ', '\n\n| ').map((sep) => words.slice(0, cut + 1).join(' ') + sep + words.slice(cut + 1).join(' ')),
  );
});

const line = fc.oneof(
  fc.constantFrom(
    '# Generated AI policy',
    '## Purpose',
    '## 1 2 Scope',
    'iv responsibilities',
    '1 2 3',
    'IV',
    '## Σ ΣΊΣΥΦΟΣ review',
    'Portée et objectifs: la politique',
    'Die Geltungsbereich und der Zweck ist nicht',
    '**Owner:** ________',
    '- Approved by: ______',
    'Reviewer:\r_______',
    'Scope\r: all systems',
    'Scope',
    'Objectives',
    'owner: the board',
    'by: ________',
    'x: ______',
    'Low 1 to 8 / Medium 9 to 15 / High 16 to 25',
    '- Critical (20-25)',
    '- 16–25: Critical',
    'Low 1-4',
    'Medium 5-9',
    '| 1-4 | Low |',
    '| Low 1 to 8 | x |',
    'Approved',
    'Signed: ______',
    '[Organisation Name] and [Date] and [CEO / Board]',
    '[A] [B1] [Cc] [Dd] [Ee] [Ff] [Gg] [Hh] [Ii]',
    // Control citations with titles after and before them, and group titles (control-title-mismatch).
    '| Testing A.6.2.5 |',
    '- Data provenance documented (A.7.3)',
    'Human oversight A.7.4',
    '### A.7.4 Human oversight',
    'A.6.2.4 AI system verification and validation',
    'the evaluation and testing phase (A.6.2.6, A.6.2.8)',
    '**A.1 — Identification:** the parties',
    'Annex A.7 — Responsible AI',
    '> This is a template',
    // Clause titles after references (clause-title-mismatch judges them per reference chunk):
    // another clause's title, a lower-case one going on, a quoted list of the standard's clauses.
    'Clause 9.2 Management review',
    'as set out in Clause 10.1 nonconformity and corrective action records',
    '- ISO/IEC 42001:2023 Clause 8.4 — Supplier onboarding',
    // Unknown control and Annex B IDs (unknown-control judges them per reference chunk), one said not to exist.
    'Logging follows A.6.2.11 and A.12.4.1.',
    'Guidance B.6.2.4 and B.9.9 applies.',
    'The SoA cites non-existent A.6.2.9 (invented).',
    // Clause numbers in cells (clause-title-mismatch, which keeps per chunk which tables have one).
    '| Clause | Title |\n|---|---|\n| 10.1 | Nonconformity and corrective action |',
    '| Field | Value |',
    '|---|---|',
    '| **Scope** | all |',
    '```',
    'The policy is reviewed and the objectives are set for the organisation with care.',
    // Sections long enough for empty-section's per-chunk proof that they are written (more than
    // 400 characters kept), and what must stop it: a comment, or length of stripped characters only.
    'Each AI system is assessed before release, monitored in use and reviewed every year by its owner, who reports to the board. '.repeat(3),
    '<!-- ' + 'A note for the writer, to be removed before approval. '.repeat(9) + '-->',
    '_'.repeat(450),
    '',
    '',
    '---',
    'aims:',
    '  kind: policy',
  ),
  fc.constantFrom(...SYNONYMS),
  phraseLines,
  fc.string({ maxLength: 8 }),
);

const FRONT = fc.constantFrom('', '---\naims:\n  kind: policy\n---\n', '---\naims:\n  kind: risk-register\n---\n', '---\ntitle: Template\n---\n', '---\naims:\n  kind: internal-audit-report\n---\n');
const doc = fc.tuple(FRONT, fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r')).map(([front, ls, eol]) => front + ls.join(eol));

const parse = (text: string, version: number, extra: { previous?: AimsDocument; whole?: boolean } = {}, path = 'policy.md') =>
  parseDocument({ uri: `file:///ws/${path}`, relativePath: path, text, version, config: DEFAULT_CONFIG, ...extra });

const ids = (items: readonly RequiredItem[]) => items.map((i) => i.id);

function unchunked(d: AimsDocument): AimsDocument {
  const rest: Record<string, unknown> = { ...d };
  for (const key of ['textChunks', 'referenceChunks', 'looseReferences']) delete rest[key];
  return rest as unknown as AimsDocument;
}

/** Every reading of the chunked `d` equals the reference over its text, and the rules' reports equal a whole parse's. */
function agrees(d: AimsDocument): void {
  const text = d.text;
  const whole = parse(text, d.version, { whole: true }, d.uri.slice('file:///ws/'.length));
  for (const kind of KINDS) {
    const ref = ids(missingRef(whole, kind));
    assert.deepEqual(ids(missingItems(d, kind)), ref, `${kind.id}: chunked != whole text: ${JSON.stringify(text)}`);
    assert.deepEqual(ids(missingItems(whole, kind)), ref, `${kind.id}: one piece != whole text: ${JSON.stringify(text)}`);
  }
  assert.equal(documentLanguage(d), naturalLanguageOf(text));
  assert.equal(JSON.stringify(d.riskMethod ?? null), JSON.stringify(whole.riskMethod ?? null), `risk method: ${JSON.stringify(text)}`);
  assert.equal(looksLikeTemplate(d), templateRef(text, d.title), JSON.stringify(text));
  assert.equal(looksLikeTemplate(whole), templateRef(text, whole.title));
  const reports = (x: AimsDocument) => JSON.stringify(runDocumentRules(x, DEFAULT_CONFIG).map((r) => [r.code, r.span, r.message, r.atMost]));
  assert.equal(reports(d), reports(whole), JSON.stringify(text));
  // Without its chunks every rule reads the text whole: what is kept per chunk must not change a report.
  assert.equal(reports(d), reports(unchunked(d)), JSON.stringify(text));
}

test('prose words are the whole-text normalisation but for a leading number', () => {
  fc.assert(
    fc.property(doc, (t) => {
      const stripped = foldAccents(normalizeTitle(t));
      const words = proseWords(t);
      assert.ok(words === stripped || words.endsWith(' ' + stripped) || stripped === '', JSON.stringify(t));
    }),
    params,
  );
});

test('no prose synonym starts with a number the whole-text reading could drop (else the kind is read whole)', () => {
  for (const p of PHRASES.concat(SYNONYMS)) assert.doesNotMatch(foldAccents(p).split(' ')[0]!, /^(?:[a-z]?\d+|[ivx]+)$/, p);
});

/** Where a chunk boundary cuts what the whole-text reading reads across: a phrase, a lone carriage return in a label or a blank field. */
const BOUNDARY_CASES = [
  '---\naims:\n  kind: policy\n---\n# Policy\n\nWe aim at continual\n\nimprovement of the system.\n',
  '---\naims:\n  kind: policy\n---\n# Policy\n\n## Continual\n\n## Improvement\n',
  '# AI policy\r\rScope\r\rall: the systems\r',
  '# Audit report\r\rApproved\r\rx: ______\r**Owner:** ______\r- Signed: ______\r',
  '1 2 iv\n\nPurpose of this policy\n',
  // Risk bands in lines: one inside a table, which is not read; then the same with CRLF line ends.
  '---\naims:\n  kind: risk-register\n---\n# Register\n\nLow 1 to 8\n\n| Level | Note |\n|---|---|\n| Medium 9 to 15 | x |\n\nHigh 16 to 25\n',
  // empty-section's per-chunk proof that a section is written: a long comment and a long run
  // of markers are still placeholder text; prose after a heading with no blank line between.
  `---\naims:\n  kind: policy\n---\n# P\n\n## Purpose\n\n<!-- ${'A note for the writer, to be removed before approval. '.repeat(12)}-->\n\n## Scope\n\nAll.`,
  `---\naims:\n  kind: policy\n---\n# P\n\n## Purpose\n\n${'** '.repeat(200)}\n\n## Scope\n${'Each AI system is assessed before release. '.repeat(12)}\n\nMore.\n`,
  // A clause title going on in a first chunk, an attached one in a later chunk: reported in the
  // order of a reading of the whole (the long differential run found them swapped).
  '---\naims:\n  kind: risk-register\n---\nas set out in Clause 10.1 nonconformity and corrective action records\ninterested\n\npart\nClause 9.2 Management review',
  // Tables with and without a clause number in a cell, in chunks before and after others.
  '---\naims:\n  kind: audit-report\n---\n# Audit\n\n| Clause | Title |\n|---|---|\n| 9.2 | Internal audit |\n\nText.\n\n| Area | Note |\n|---|---|\n| x | y |\n\n| Clause | Title |\n|---|---|\n| 10.1 | Nonconformity and corrective action |\n',
  '---\naims:\n  kind: audit-report\n---\n# Audit\n\n| Area | Note |\n|---|---|\n| x | y |\n\n| Clause | Title |\n|---|---|\n| 10.1 | Nonconformity and corrective action |\n',
  '---\r\naims:\r\n  kind: risk-register\r\n---\r\n# Register\r\n\r\nLow 1 to 8\r\n\r\n| Level | Note |\r\n|---|---|\r\n| Medium 9 to 15 | x |\r\n| a | b |\r\n| c | d |\r\n| e | f |\r\n| g | h |\r\n\r\nMedium 9 to 15\r\nHigh 16 to 25\r\n',
];

test('the cases where a chunk boundary cuts what the whole text reads across', () => {
  for (const t of BOUNDARY_CASES) agrees(parse(t, 1));
});

test('a chunk cut short by an edit after it (a new heading) is read again, not taken from the longer chunk it was', () => {
  const before = '---\naims:\n  kind: policy\n---\n# P\n\nWe aim\nimprovement here\n';
  const at = before.indexOf('improvement');
  const first = parse(before, 1);
  agrees(first);
  agrees(parse(before.slice(0, at) + '# x' + before.slice(at + 16), 2, { previous: first }));
});

test('missing items, language and template read chunk by chunk equal the whole-text reading', () => {
  fc.assert(
    fc.property(doc, (t) => agrees(parse(t, 1))),
    params,
  );
});

test('after random edits, reusing the previous chunks, they still equal the whole-text reading', () => {
  const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), insert: fc.oneof(line, fc.string({ maxLength: 4 }), fc.constant('\n\n')) });
  fc.assert(
    fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => {
      let current = parse(text, 1);
      agrees(current);
      let t = text;
      edits.forEach((e, i) => {
        const at = t.length ? e.at % (t.length + 1) : 0;
        t = t.slice(0, at) + e.insert + t.slice(Math.min(t.length, at + e.del));
        current = parse(t, i + 2, { previous: current });
        agrees(current);
      });
    }),
    params,
  );
});

// A YAML register read by its items (parse/yamlChunks.ts): the same readings, chunk by chunk.
const yamlItem = fc.oneof(
  fc.constantFrom(
    '  - id: R-001\n    title: Model drift\n    owner: ______\n    likelihood: 3\n    impact: 4',
    '  - id: R-002\n    title: Sesgo en los datos de la organización\n    owner: Responsable de riesgos\n    treatment: la política se revisa y los objetivos',
    '  - id: R-003\n    title: "[Organisation Name] supplier"\n    owner: "[CEO / Board]"',
    '  - id: R-004\n    title: Die Verantwortung und der Zweck ist nicht\n    controls: [A.6.2.4, A.7.4]',
    '  - id: R-005\n    title: continual improvement of the risk criteria and acceptance\n    review: ______',
    '  # This is a template',
    '  - x: ______\n    y: ______',
  ),
  fc.constantFrom(...SYNONYMS).map((w) => `  - id: R-009\n    title: ${w}`),
);
const yamlDoc = fc
  .tuple(fc.array(yamlItem, { minLength: 1, maxLength: 12 }), fc.constantFrom('', 'notes: the organisation reviews the policy\n', 'scope: all AI systems\n'), fc.constantFrom('\n', '\r\n'))
  .map(([items, extra, eol]) => `aims:\n  kind: risk-register\n  id: RR-1\nrisks:\n${items.join('\n')}\n${extra}`.replace(/\n/g, eol));

test('a YAML register read by its items gives the whole-text readings, fresh and after edits reusing its items', () => {
  const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), insert: fc.oneof(yamlItem.map((i) => i + '\n'), fc.string({ maxLength: 4 }), fc.constantFrom('\n', '  ', 'x')) });
  let cases = 0;
  let byItems = 0;
  fc.assert(
    fc.property(yamlDoc, fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => {
      let current = parse(text, 1, {}, 'register.yaml');
      cases++;
      if (current.textChunks && current.textChunks.length > 2) byItems++;
      agrees(current);
      let t = text;
      edits.forEach((e, i) => {
        const at = t.length ? e.at % (t.length + 1) : 0;
        t = t.slice(0, at) + e.insert + t.slice(Math.min(t.length, at + e.del));
        current = parse(t, i + 2, { previous: current }, 'register.yaml');
        agrees(current);
      });
    }),
    params,
  );
  // Not vacuous: most generated registers are read by their items.
  assert.ok(byItems > cases / 2, `${byItems} of ${cases} read by items`);
});

test('a title before a control ID, judged once per line text, is reported where the line is, in its own document', () => {
  for (const [i, lead] of ['', 'Intro line.\n\n', 'Two\n\nparagraphs first.\n\n'].entries()) {
    const text = `# ISO/IEC 42001 controls\n\n${lead}| Item | Note |\n|---|---|\n| Data quality A.9.2 | x |\n`;
    const uri = `file:///ws/controls-${i}.md`;
    const d = parseDocument({ uri, relativePath: 'controls.md', text, version: 1, config: DEFAULT_CONFIG });
    const found = runDocumentRules(d, DEFAULT_CONFIG).filter((r) => r.code === 'control-title-mismatch');
    assert.deepEqual(
      found.map((r) => [text.slice(r.span.start, r.span.end), (r.related ?? []).map((l) => [l.uri, text.slice(l.span.start, l.span.end)])]),
      [['Data quality', [[uri, 'A.9.2']]]],
    );
  }
});

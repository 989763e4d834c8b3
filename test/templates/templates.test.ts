/**
 * Templates for new documents (server/src/core/templates): every kind in every format, as
 * plain text and as a snippet, checked by the engine itself. A template that drifts from the
 * kinds data (a required section added to kinds.ts, a column renamed) fails here.
 * Units also: templates/layout.ts and templates/builder.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { createLanguageService, DEFAULT_ID_PATTERNS, KINDS, renderTemplate, templateChoices, templateSnippet, type Finding, type TemplateFormat } from '../../server/src/core/index.js';
import { YAML_LAYOUT } from '../../server/src/core/templates/layout.js';
import { renderSnippet, renderText, TemplateBuilder } from '../../server/src/core/templates/builder.js';
import { MemoryHost, pathOf, uriOf } from '../support/memoryHost.js';
import { dateVariables, expandSnippet, parseSnippet, snippetProblems } from '../support/snippet.js';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';

const TODAY = '2026-11-28';

const all = templateChoices().flatMap((c) => c.formats.map((format) => ({ kind: c.kind, format, file: `docs/${c.fileNames[format]!}` })));

/** The findings of a workspace made of these files, as "path severity code: message". */
async function findings(files: Record<string, string>): Promise<{ list: Finding[]; lines: string[]; service: ReturnType<typeof createLanguageService> }> {
  const host = new MemoryHost(files, TODAY);
  const service = createLanguageService(host);
  await service.indexWorkspace();
  const list = service.getAllFindings();
  assert.deepEqual(host.logs.filter((l) => /error|threw/i.test(l)), [], 'a rule threw');
  return { list, lines: list.map((f) => `${pathOf(f.uri)} ${f.severity} ${f.code}: ${f.message}`), service };
}

test('templates: a Markdown template for every kind, and YAML for the registers and records', () => {
  assert.deepEqual(
    templateChoices().map((c) => c.kind),
    KINDS.map((k) => k.id),
  );
  const yaml = templateChoices()
    .filter((c) => c.formats.includes('yaml'))
    .map((c) => c.kind);
  // The examples keep the risk register and an AI system record in YAML; the other registers read as naturally.
  assert.deepEqual(yaml, ['risk-register', 'soa', 'objectives', 'competence', 'nonconformity-log', 'ai-system']);
  for (const c of templateChoices()) {
    assert.equal(c.formats[0], 'markdown');
    assert.ok(c.label && /^(?:Clauses? |Controls A\.)/.test(c.description) && c.detail, `${c.kind}: label, description and detail`);
    for (const f of c.formats) assert.match(c.fileNames[f]!, f === 'yaml' ? /^[a-z0-9-]+\.yaml$/ : /^[a-z0-9-]+\.md$/);
  }
  assert.equal(new Set(all.map((t) => t.file)).size, all.length, 'file names are distinct');
});

for (const eol of ['\n', '\r\n'] as const) {
  test(`templates: each checks clean on its own, declares its kind and defines its ID (${eol === '\n' ? 'LF' : 'CRLF'})`, async () => {
    for (const t of all) {
      const text = renderTemplate(t.kind, t.format, { today: TODAY, eol });
      assert.equal(text.includes('\r\n'), eol === '\r\n');
      assert.ok(!/\r(?!\n)/.test(text) && (eol === '\n' || !/(?<!\r)\n/.test(text)), `${t.kind}/${t.format}: mixed line ends`);
      const { list, lines, service } = await findings({ [t.file]: text });
      const doc = service.getDocument(uriOf(t.file))!;
      assert.equal(doc.meta.kind, t.kind, `${t.kind}/${t.format} declares its kind`);
      assert.equal(doc.meta.kindSource, 'declared');
      const id = String(doc.meta.fields.get('id')?.value);
      assert.ok(doc.definitions.some((d) => d.type === 'document' && d.id === id), `${t.kind}/${t.format} defines ${id}`);
      const pattern = new RegExp(t.kind === 'ai-system' ? DEFAULT_ID_PATTERNS.system : DEFAULT_ID_PATTERNS.document);
      assert.match(id, pattern, `${t.kind}: the default ID follows the default ID patterns`);
      // On its own, an impact assessment names an AI system that has no record yet: that one
      // warning is true. Everything else must be silent apart from information.
      const expected = t.kind === 'impact-assessment' ? [`${t.file} warning dangling-reference`] : [];
      assert.deepEqual(
        list.filter((f) => f.severity !== 'information' && f.severity !== 'hint').map((f) => `${pathOf(f.uri)} ${f.severity} ${f.code}`),
        expected,
        `${t.kind}/${t.format}:\n  ${lines.join('\n  ')}`,
      );
      if (t.kind === 'risk-register') assert.equal(doc.risks.length, 1);
      if (t.kind === 'soa') assert.equal(new Set(doc.soa.map((e) => e.controlId)).size, 38);
    }
  });
}

test('templates: a workspace of templates checks clean, the impact assessment finding the system record', async () => {
  for (const prefer of ['markdown', 'yaml'] as const) {
    const files: Record<string, string> = {};
    for (const c of templateChoices()) {
      const format: TemplateFormat = c.formats.includes(prefer) ? prefer : 'markdown';
      files[`docs/${c.fileNames[format]!}`] = renderTemplate(c.kind, format, { today: TODAY });
    }
    const { list, lines } = await findings(files);
    assert.deepEqual(
      list.filter((f) => f.severity !== 'information' && f.severity !== 'hint'),
      [],
      `${prefer}:\n  ${lines.join('\n  ')}`,
    );
  }
});

test('templates: title, ID and owner replace the defaults everywhere, written safely for YAML and headings', async () => {
  const options = { today: TODAY, title: 'AI policy: 2027 edition #2', id: 'POL-042', owner: 'Head of "Responsible AI"' };
  for (const format of ['markdown', 'yaml'] as const) {
    const kind = format === 'markdown' ? 'policy' : 'ai-system';
    const id = kind === 'ai-system' ? 'SYS-042' : options.id;
    const text = renderTemplate(kind, format, { ...options, id });
    const file = `docs/x.${format === 'yaml' ? 'yaml' : 'md'}`;
    const { list, lines, service } = await findings({ [file]: text });
    const meta = service.getDocument(uriOf(file))!.meta;
    assert.equal(meta.fields.get('title')?.value, options.title);
    assert.equal(meta.fields.get('owner')?.value, options.owner);
    assert.equal(meta.fields.get('id')?.value, id);
    if (format === 'markdown') assert.match(text, /^# AI policy: 2027 edition #2$/m);
    assert.deepEqual(
      list.filter((f) => f.severity !== 'information'),
      [],
      lines.join('\n'),
    );
  }
});

test('templates: the year of a yearly record and the drafting date come from today', () => {
  const text = renderTemplate('management-review', 'markdown', { today: '2031-02-03' });
  assert.match(text, /^ {2}id: MR-2031$/m);
  assert.match(text, /Drafted on 2031-02-03\./);
  assert.match(renderTemplate('policy', 'markdown', { today: '2031-02-03' }), /^ {2}id: POL-001$/m);
});

test('templates: every required section of the kind is in the Markdown skeleton as a heading or a column', () => {
  for (const kind of KINDS) {
    const text = renderTemplate(kind.id, 'markdown', { today: TODAY });
    for (const s of kind.sections) assert.ok(text.includes(`## ${s.title}\n`) || text.includes(` ${s.title} |`), `${kind.id} lacks ${s.title}`);
    for (const s of kind.sections) assert.ok(text.includes(s.hint), `${kind.id} lacks the note for ${s.title}`);
  }
});

test('templates: an unknown kind or a format a kind has no template in is refused', () => {
  assert.throws(() => renderTemplate('polcy' as never, 'markdown', { today: TODAY }), RangeError);
  assert.throws(() => renderTemplate('policy', 'yaml', { today: TODAY }), /No yaml template for policy/);
  assert.throws(() => templateSnippet('policy', 'json' as never), RangeError);
});

test('templates: key choices for YAML lists name items that exist (so a renamed item is noticed)', () => {
  for (const [kindId, layout] of Object.entries(YAML_LAYOUT)) {
    if (layout.shape !== 'list') continue;
    const kind = KINDS.find((k) => k.id === kindId)!;
    for (const item of Object.keys(layout.keys ?? {})) assert.ok(kind.sections.some((s) => s.id === item), `${kindId}: no item ${item}`);
  }
});

test('snippets: each template as a snippet is well formed and, expanded to its defaults, is the plain template', () => {
  for (const t of all) {
    const body = templateSnippet(t.kind, t.format);
    const nodes = parseSnippet(body);
    assert.deepEqual(snippetProblems(nodes, Object.keys(dateVariables(TODAY))), [], `${t.kind}/${t.format}`);
    assert.equal(expandSnippet(nodes, dateVariables(TODAY)), renderTemplate(t.kind, t.format, { today: TODAY }), `${t.kind}/${t.format}`);
    // The title, ID and owner are the first stops, so they are what the writer fills in first.
    assert.match(body, /id: \$\{1:.+\}\n\s+title: \$\{2:.+\}\n\s+owner: \$\{3:.+\}/);
  }
});

test('snippets: the reader refuses what a snippet must not contain, so the checks above can fail', () => {
  for (const bad of ['costs $ 5', '${1:open', 'a } b', '${1|a,b}', '${x']) assert.throws(() => parseSnippet(bad), Error, bad);
  assert.deepEqual(snippetProblems(parseSnippet('${1:a} ${3:b}'), []), ['0 final tab stops ($0), expected 1', 'tab stops are not numbered 1..2: 1, 3']);
  assert.deepEqual(snippetProblems(parseSnippet('$2 $2 ${1:x}$0'), []), ['$2 mirrors a stop that has no placeholder', '$2 mirrors a stop that has no placeholder']);
  assert.equal(expandSnippet(parseSnippet('\\$1 \\} \\\\ ${1:a\\}b} $1 ${2|x\\,y,z|}$0'), {}), '$1 } \\ a}b a}b x,y');
});

test('snippets: "$", "}" and "\\" in text, defaults and choices survive the trip through snippet syntax', () => {
  const b = new TemplateBuilder()
    .text('Costs $5 {a} \\ ${1:x} ')
    .field('fee: $10 } \\n', 'yaml', 'title')
    .text(' ')
    .field(['RR-', { variable: 'CURRENT_YEAR' }, ' $ }'])
    .text(' ')
    .mirror('title')
    .text(' ')
    .choice(['a,b', 'c|d', 'e\\f', '$g}'])
    .final();
  const template = b.build();
  const plain = renderText(template, { today: TODAY });
  assert.equal(plain, 'Costs $5 {a} \\ ${1:x} "fee: $10 } \\\\n" RR-2026 $ } fee: $10 } \\n a,b');
  const nodes = parseSnippet(renderSnippet(template));
  assert.deepEqual(snippetProblems(nodes, ['CURRENT_YEAR']), []);
  // The mirror shows what the writer typed in the field (here its quoted default), not a requoted copy.
  assert.equal(expandSnippet(nodes, dateVariables(TODAY)), plain.replace('fee: $10 } \\n a,b', '"fee: $10 } \\\\n" a,b'));
  const choice = nodes.find((n) => n.type === 'choice');
  assert.deepEqual(choice && choice.type === 'choice' ? choice.options : [], ['a,b', 'c|d', 'e\\f', '$g}']);
});

test('templates: the aims block of every template is valid against schemas/aims-document.schema.json', () => {
  // The YAML language server validates front matter and YAML files with this schema in the editor.
  const schema = JSON.parse(readFileSync(path.resolve(SOURCE_TEST_DIR, '..', 'schemas', 'aims-document.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  for (const t of all) {
    const text = renderTemplate(t.kind, t.format, { today: TODAY });
    const data = t.format === 'yaml' ? parse(text) : parse(text.slice(4, text.indexOf('\n---', 4)));
    assert.ok(validate(data), `${t.kind}/${t.format}: ${JSON.stringify(validate.errors)}`);
  }
});

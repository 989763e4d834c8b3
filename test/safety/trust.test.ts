/**
 * Issue 14, item 8: workspace trust. The extension declares `untrustedWorkspaces: limited` and
 * restricts every setting that changes what is read or how (each contributed setting is
 * decided below); the core leaves the same keys of an untrusted folder's `.aims.yaml` unread,
 * for the language server told `trusted: false` and for `aims --untrusted`; the client says
 * what is ignored. The editor's side is tested inside real VS Code with trust on
 * (test/e2e/vscode.test.ts, "Restricted Mode").
 * Unit also: config/restricted.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MemoryHost, uriOf } from '../support/memoryHost.js';
import { LspClient } from '../support/lspClient.js';
import { createLanguageService } from '../../server/src/core/index.js';
import { RESTRICTED_CONFIG_KEYS, withoutRestrictedKeys } from '../../server/src/core/config/restricted.js';
import { main } from '../../server/src/node/cli.js';
import { restrictedMessage, restrictedNote } from '../../client/src/trustText.js';
import { statusText } from '../../client/src/statusText.js';
import { resolvedManifest } from '../support/manifest.js';

// As VS Code reads it: the descriptions are package.nls.json's strings.
const pkg = resolvedManifest<{
  capabilities: { untrustedWorkspaces: { supported: unknown; description?: string; restrictedConfigurations?: string[] } };
  contributes: { configuration: { properties: Record<string, unknown> } };
}>();

/**
 * Every contributed setting, decided: restricted when it changes what is read or how (globs,
 * regular expressions, a path to read, a size limit), kept when it is a value the rules compare
 * with or the client's own. A new setting fails here until it is decided.
 */
const DECISIONS: Record<string, 'restricted' | 'kept'> = {
  'aims.documents.include': 'restricted', // globs: which files are read
  'aims.documents.exclude': 'restricted', // globs: which files are not (a register hidden from review)
  'aims.documents.kinds': 'restricted', // globs: how each file is read (its kind, its rules)
  'aims.ids.risk': 'restricted', // a regular expression run over every document
  'aims.ids.system': 'restricted',
  'aims.ids.document': 'restricted',
  'aims.max_file_size': 'restricted', // how much is read and parsed, or a size that hides every file
  'aims.guidance.overlay': 'restricted', // a file whose text hovers present as the standard's
  'aims.code_tags': 'restricted', // which files are read (off: code tags hidden from review)
  'aims.risk': 'kept', // numbers and words the risk rules compare with
  'aims.rules': 'kept', // severities of the folder's own findings
  'aims.frameworks': 'kept', // names from a fixed list
  'aims.sectors': 'kept', // words looked up in a fixed list (Annex D's sectors), shown in notices
  'aims.today': 'kept', // a date
  'aims.statusBar.enabled': 'kept', // the client's own
  'aims.codeLens.tableRows': 'kept', // how the editor shows lenses
  'aims.trace.server': 'kept',
};

test('untrustedWorkspaces is "limited", and every setting that changes what is read or how is restricted (each setting decided)', () => {
  const trust = pkg.capabilities.untrustedWorkspaces;
  assert.equal(trust.supported, 'limited');
  assert.ok(trust.description && /Restricted Mode/.test(trust.description));
  assert.deepEqual(Object.keys(pkg.contributes.configuration.properties).sort(), Object.keys(DECISIONS).sort(), 'a contributed setting is not decided here');
  const restricted = Object.entries(DECISIONS).filter(([, d]) => d === 'restricted').map(([k]) => k);
  assert.deepEqual([...(trust.restrictedConfigurations ?? [])].sort(), restricted.sort());
});

test("the engine's restricted .aims.yaml keys are package.json's restrictedConfigurations (the client names them from the same list)", () => {
  assert.deepEqual(RESTRICTED_CONFIG_KEYS.map((k) => `aims.${k}`).sort(), [...(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations ?? [])].sort());
});

test('withoutRestrictedKeys: documents, ids, guidance and max_file_size are left out and named; rules, risk, frameworks and today are kept', () => {
  const raw = { version: 1, ids: { risk: 'RK-\\d+' }, documents: { include: ['**'], kinds: [] }, guidance: 'x', max_file_size: 1, rules: { 'review-overdue': 'off' }, risk: { acceptance_threshold: 4 }, frameworks: ['iso27001'], today: '2026-01-01' };
  const { kept, ignored } = withoutRestrictedKeys(raw);
  assert.deepEqual(ignored, ['documents.include', 'documents.kinds', 'guidance', 'ids.risk', 'max_file_size']);
  assert.deepEqual(kept, { version: 1, rules: { 'review-overdue': 'off' }, risk: { acceptance_threshold: 4 }, frameworks: ['iso27001'], today: '2026-01-01' });
  assert.deepEqual(withoutRestrictedKeys(null), { kept: null, ignored: [] });
  assert.deepEqual(withoutRestrictedKeys(['ids']), { kept: ['ids'], ignored: [] });
});

/** A folder whose .aims.yaml sets every restricted key, and one kept key (unknown-control as a warning). */
const HOSTILE_CONFIG = [
  'ids:',
  '  risk: "RK-\\\\d+"',
  'max_file_size: 10',
  'documents:',
  '  exclude: ["governance/**"]',
  '  kinds:',
  '    - { glob: "notes/*.md", kind: soa }',
  'guidance:',
  '  overlay: licensed.yaml',
  'rules:',
  '  unknown-control: warning',
  '',
].join('\n');
const NOTE = '# Risk notes (ISO/IEC 42001)\n\nRK-9 is handled under A.6.2.9.\n';
const POLICY = '---\naims:\n  kind: policy\n---\n# AI policy\n\nSee A.2.2.\n';
const LICENSED = 'source: "licensed"\ncontrols:\n  A.2.2: FORGED WORDING\n';

function hostile(): MemoryHost {
  return new MemoryHost({ '.aims.yaml': HOSTILE_CONFIG, 'notes/rk.md': NOTE, 'governance/policy.md': POLICY, 'licensed.yaml': LICENSED });
}

const codesOf = (service: ReturnType<typeof createLanguageService>, path: string) => service.getFindings(uriOf(path)).map((f) => `${f.code} ${f.severity}`).sort();

test('untrusted .aims.yaml "ids.risk: RK-\\d+", "max_file_size: 10", exclude, kinds and overlay are not applied; its rules are; trusted, all are', async () => {
  const untrusted = createLanguageService(hostile(), { restricted: true });
  await untrusted.indexWorkspace();
  assert.deepEqual(untrusted.ignoredConfigKeys, ['documents.exclude', 'documents.kinds', 'guidance.overlay', 'ids.risk', 'max_file_size']);
  // Defaults: the note is read (10 bytes would skip it), RK-9 is no risk ID (nothing dangles),
  // the note is no SoA (no soa-missing-control), the policy is not excluded, no overlay is read.
  assert.deepEqual(codesOf(untrusted, 'notes/rk.md'), ['unknown-control warning']);
  assert.ok(untrusted.documents().some((d) => d.uri === uriOf('governance/policy.md')));
  assert.equal(untrusted.guidanceOverlay, undefined);
  assert.equal(untrusted.config.maxFileSize, 5 * 1024 * 1024);

  const trusted = createLanguageService(hostile());
  await trusted.indexWorkspace();
  assert.deepEqual(trusted.ignoredConfigKeys, []);
  assert.deepEqual(codesOf(trusted, 'notes/rk.md'), ['file-skipped information']);
  assert.ok(trusted.guidanceOverlay);
  assert.ok(!trusted.documents().some((d) => d.uri === uriOf('governance/policy.md')));
});

test('untrusted: settings (the editor or the command line vouches for them) still apply over the unread keys', async () => {
  const service = createLanguageService(hostile(), { restricted: true, settings: { ids: { risk: 'RK-\\d+' } } });
  await service.indexWorkspace();
  const codes = codesOf(service, 'notes/rk.md');
  assert.ok(codes.some((c) => c.startsWith('dangling-reference ')), codes.join(', '));
});

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const before = process.cwd();
  process.chdir(cwd);
  let out = '';
  let err = '';
  try {
    const code = await main(args, (s) => (out += s), (s) => (err += s));
    return { code, out, err };
  } finally {
    process.chdir(before);
  }
}

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-safe-trust-'));
  writeFileSync(path.join(dir, '.aims.yaml'), HOSTILE_CONFIG);
  mkdirSync(path.join(dir, 'notes'));
  writeFileSync(path.join(dir, 'notes', 'rk.md'), NOTE);
  writeFileSync(path.join(dir, 'licensed.yaml'), LICENSED);
  return dir;
}

const ARGS = ['--today', '2026-12-03', '--no-cache', '--format', 'json'];
const cliCodes = (out: string) => (JSON.parse(out).findings as { code: string; path: string }[]).map((f) => `${f.path} ${f.code}`).sort();

test('aims check --untrusted: the folder\'s "ids.risk: RK-\\d+" and "max_file_size: 10" are not read, and stderr names them; without it (or with --config FILE, the caller\'s) they apply', async () => {
  const dir = folder();
  const untrusted = await run(['check', '.', '--untrusted', ...ARGS], dir);
  assert.deepEqual(cliCodes(untrusted.out), ['notes/rk.md unknown-control']);
  assert.match(untrusted.err, /--untrusted: \.aims\.yaml's documents\.exclude, documents\.kinds, guidance\.overlay, ids\.risk, max_file_size not read; the defaults apply/);
  const trusted = await run(['check', '.', ...ARGS], dir);
  assert.deepEqual(cliCodes(trusted.out), ['notes/rk.md file-skipped']);
  assert.doesNotMatch(trusted.err, /--untrusted/);
  const own = await run(['check', '.', '--untrusted', '--config', '.aims.yaml', ...ARGS], dir);
  assert.deepEqual(cliCodes(own.out), ['notes/rk.md file-skipped']);
});

test('language server told trusted: false (VS Code Restricted Mode): .aims.yaml\'s "ids.risk: RK-\\d+" is not applied and aims/restricted names it; trusted: true applies it', async () => {
  for (const trusted of [false, true]) {
    const dir = folder();
    writeFileSync(path.join(dir, '.aims.yaml'), 'ids:\n  risk: "RK-\\\\d+"\n');
    const uri = pathToFileURL(dir).href;
    const c = LspClient.start();
    const indexed = c.collect<unknown>('aims/indexChanged');
    try {
      await c.initialize(uri, {}, {}, { trusted });
      const note = `${uri}/notes/rk.md`;
      await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: note, languageId: 'markdown', version: 1, text: NOTE } });
      // The workspace's findings (dangling-reference is one) are pushed before the index is announced.
      await c.waitFor(() => indexed.length > 0, 'the index');
      await c.waitFor(() => c.diagnostics.get(note)?.diagnostics.some((d) => d.code === 'unknown-control') === true, 'the note\'s findings');
      if (trusted) await c.waitFor(() => c.diagnostics.get(note)!.diagnostics.some((d) => d.code === 'dangling-reference'), 'RK-9 dangling');
      const restricted = (await c.connection.sendRequest('aims/restricted')) as { folder: string; ignored: string[] }[];
      assert.deepEqual(restricted.map((r) => r.ignored), [trusted ? [] : ['ids.risk']]);
      const codes = c.diagnostics.get(note)!.diagnostics.map((d) => d.code);
      assert.equal(codes.includes('dangling-reference'), trusted, `trusted: ${trusted}: ${codes.join(', ')}`);
    } finally {
      await c.stop();
    }
  }
});

test('the client names what Restricted Mode ignores: a message and the status bar (a shield, the tooltip first); nothing when trusted', () => {
  const state = { trusted: false, ignored: ['aims.ids.risk'], configIgnored: ['ids.system', 'max_file_size'] };
  assert.equal(restrictedMessage(state), "Restricted Mode: the workspace setting aims.ids.risk and .aims.yaml's ids.system, max_file_size are ignored until you trust this folder; AIMS checks with the defaults.");
  assert.equal(restrictedMessage({ trusted: false, ignored: [], configIgnored: [] }), undefined);
  assert.equal(restrictedMessage({ trusted: true, ignored: [], configIgnored: [] }), undefined);
  const summary = { folder: 'file:///ws/', percent: 10, requirements: 18, requirementsProvided: 2, controls: 38, controlsDecided: 3, documents: 4, errors: 1, warnings: 0 };
  const shown = statusText([summary], restrictedNote(state))!;
  assert.match(shown.text, /\$\(shield\)$/);
  assert.match(shown.tooltip, /^\*\*Restricted Mode\*\*: the workspace setting aims\.ids\.risk and \.aims\.yaml's ids\.system, max\\_file\\_size are ignored until you trust this folder/);
  const quiet = statusText([summary], restrictedNote({ trusted: false, ignored: [], configIgnored: [] }))!;
  assert.doesNotMatch(quiet.text, /shield/);
  assert.match(quiet.tooltip, /^\*\*Restricted Mode\*\*: this folder is not trusted/);
  assert.equal(restrictedNote({ trusted: true, ignored: [], configIgnored: [] }), undefined);
  assert.deepEqual(statusText([summary], undefined), statusText([summary]));
});

// The peers, on the same seeded edits as our engine (edit-latency.mjs):
//   yaml-language-server over stdio, with schemas/aims-document.schema.json associated with
//     the YAML registers through its `yaml.schemas` setting (push diagnostics: the time runs
//     to the next publishDiagnostics; it waits 200 ms before validating, a fixed delay);
//   yaml-language-server's own validation in process (doValidation), without that delay;
//   vscode-markdown-languageservice in process (computeDiagnostics), with a small in-memory
//     workspace holding the one document.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import * as mdls from 'vscode-markdown-languageservice';
import { getLanguageService as yamlLanguageService } from 'yaml-language-server';
import { timeEach } from './lib.mjs';
import { StdioServer } from './lsp.mjs';

const require = createRequire(import.meta.url);
const SCHEMA = pathToFileURL(path.resolve('schemas/aims-document.schema.json')).href;
const YAML_SETTINGS = { validate: true, hover: false, completion: false, format: { enable: false }, schemas: { [SCHEMA]: ['*.yaml'] }, schemaStore: { enable: false } };

export async function yamlLsStdio(text, edits) {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-bench-yls-'));
  writeFileSync(path.join(dir, 'register.yaml'), text);
  const bin = require.resolve('yaml-language-server/bin/yaml-language-server');
  const server = new StdioServer(process.execPath, [bin, '--stdio'], { settings: { yaml: YAML_SETTINGS, http: {}, '[yaml]': {}, editor: { tabSize: 2 }, files: {} } });
  const rootUri = pathToFileURL(dir).href;
  await server.initialize(rootUri, { textDocument: { publishDiagnostics: {}, synchronization: { dynamicRegistration: true } } });
  await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: YAML_SETTINGS } });
  const uri = `${rootUri}/register.yaml`;
  const first = server.nextDiagnostics(uri);
  await server.open(uri, 'yaml', text);
  await first;
  // Let the schema load and any second validation of the opened text settle.
  await new Promise((r) => setTimeout(r, 1000));
  const times = await timeEach(edits, async (e, i) => {
    const published = server.nextDiagnostics(uri);
    await server.insert(uri, i + 2, e.position, 'x');
    await published;
  });
  await server.stop();
  return times;
}

export async function yamlLsInProcess(_text, edits) {
  const ls = yamlLanguageService({
    schemaRequestService: async (uri) => readFileSync(fileURLToPath(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  });
  ls.configure({ validate: true, hover: false, completion: false, format: false, schemas: [{ uri: SCHEMA, fileMatch: ['*.yaml'] }] });
  const uri = 'file:///bench/register.yaml';
  await ls.doValidation(TextDocument.create(uri, 'yaml', 1, edits[0].text), false);
  return timeEach(edits, (e, i) => ls.doValidation(TextDocument.create(uri, 'yaml', i + 2, e.text), false));
}

export async function markdownLs(text, edits) {
  const md = new MarkdownIt();
  const uri = URI.parse('file:///bench/policy.md');
  let doc = TextDocument.create(uri.toString(), 'markdown', 1, text);
  const changed = new Set();
  const event = (set) => (listener, thisArgs) => {
    const f = thisArgs ? listener.bind(thisArgs) : listener;
    set.add(f);
    return { dispose: () => set.delete(f) };
  };
  const workspace = {
    workspaceFolders: [URI.parse('file:///bench/')],
    onDidChangeMarkdownDocument: event(changed),
    onDidCreateMarkdownDocument: event(new Set()),
    onDidDeleteMarkdownDocument: event(new Set()),
    getAllMarkdownDocuments: async () => [doc],
    hasMarkdownDocument: (u) => u.toString() === uri.toString(),
    openMarkdownDocument: async (u) => (u.toString() === uri.toString() ? doc : undefined),
    stat: async (u) => (u.toString() === uri.toString() ? { isDirectory: false } : undefined),
    readDirectory: async () => [['policy.md', { isDirectory: false }]],
  };
  const parser = { slugifier: mdls.githubSlugifier, tokenize: async (d) => md.parse(d.getText(), {}) };
  const ls = mdls.createLanguageService({ workspace, parser, logger: { level: mdls.LogLevel.Off, log: () => {} } });
  const level = mdls.DiagnosticLevel.warning;
  const options = { validateReferences: level, validateFragmentLinks: level, validateFileLinks: level, validateMarkdownFileLinkFragments: level, validateUnusedLinkDefinitions: level, validateDuplicateLinkDefinitions: level, ignoreLinks: [] };
  const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
  await ls.computeDiagnostics(doc, options, token);
  const times = await timeEach(edits, async (e, i) => {
    doc = TextDocument.create(uri.toString(), 'markdown', i + 2, e.text);
    for (const l of changed) l(doc);
    await ls.computeDiagnostics(doc, options, token);
  });
  ls.dispose();
  return times;
}

// Edit -> diagnostics latency of this engine, for the same seeded single-character edits:
//   inProcess: the engine as the server runs it (unchanged chunks reused, findings cached)
//   stdio:     the built language server over stdio (didChange -> pull diagnostics)
//   naive:     a whole-document remark parse and all our rules on every edit (Markdown)
//   floor:     one ID regular expression over the edited text (what any checker must do)
// Used by run.mjs; every function returns one time (ms) per edit.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService, parseDocument } from '../out/server/src/core/index.js';
import { WorkspaceIndex } from '../out/server/src/core/workspaceIndex/workspaceIndex.js';
import { runDocumentRules } from '../out/server/src/core/workspace/analysis.js';
import { runWorkspaceRules } from '../out/server/src/core/workspace/findings.js';
import { SERVER_FLAGS, scanIds, timeEach } from './lib.mjs';
import { StdioServer } from './lsp.mjs';

const TODAY = '2026-11-28';
const fileOf = (kind) => (kind === 'yaml' ? 'register.yaml' : 'policy.md');
const memoryHost = (name, text) => ({
  listFiles: async () => [{ uri: 'file:///bench/' + name, relativePath: name }],
  readFile: async () => new TextEncoder().encode(text),
  today: () => TODAY,
});

export async function inProcess(text, kind, edits) {
  const name = fileOf(kind);
  const service = createLanguageService(memoryHost(name, text));
  await service.indexWorkspace();
  const file = { uri: 'file:///bench/' + name, relativePath: name };
  service.setDocument(file, text, 1);
  service.getFindings(file.uri);
  return timeEach(edits, (e, i) => {
    service.setDocument(file, e.text, i + 2);
    service.getFindings(file.uri);
  });
}

/** Whole-document parse (remark for Markdown, in one piece) and every rule, nothing reused. */
export async function naive(text, kind, edits) {
  const name = fileOf(kind);
  const config = createLanguageService(memoryHost(name, text)).config;
  return timeEach(edits, (e, i) => {
    const doc = parseDocument({ uri: 'file:///bench/' + name, relativePath: name, text: e.text, version: i + 1, config, whole: true });
    runDocumentRules(doc, config);
    runWorkspaceRules(doc, { index: new WorkspaceIndex([doc]), config, today: TODAY });
  });
}

export async function floor(_text, _kind, edits) {
  return timeEach(edits, (e) => void scanIds(e.text));
}

export async function stdio(text, kind, edits) {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-bench-'));
  const name = fileOf(kind);
  writeFileSync(path.join(dir, name), text);
  const server = new StdioServer(process.execPath, [...SERVER_FLAGS, path.resolve('dist/server.cjs'), '--stdio']);
  const rootUri = pathToFileURL(dir).href;
  await server.initialize(rootUri, { textDocument: { diagnostic: {} } }, { indexCache: false });
  const uri = `${rootUri}/${name}`;
  await server.open(uri, kind, text);
  await server.pull(uri);
  const times = await timeEach(edits, async (e, i) => {
    await server.insert(uri, i + 2, e.position, 'x');
    await server.pull(uri);
  });
  await server.stop();
  return times;
}

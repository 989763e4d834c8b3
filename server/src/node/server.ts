#!/usr/bin/env node
/**
 * `aims-language-server` entry. Transports come from the command line, as
 * vscode-languageserver reads them: --stdio, --node-ipc, --socket=PORT.
 * With --stdio, stdout carries only the protocol: console output goes to the
 * client's log instead.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server.js';
import { FileSystemHost, filePath } from './fsHost.js';
import { FileCacheStore, defaultCacheRoot } from './cacheStore.js';

const connection = createConnection(ProposedFeatures.all);
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = console.log;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${(e as Error)?.stack ?? e}`));

// Rule codes link to their section of the project's README: the one next to the bundle
// (dist/../README.md: a checkout, the .vsix) so the link works offline; the npm package's
// README is a short page without the rules, so from there they link to the published one.
const here = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
const PUBLISHED_README = 'https://github.com/aims-tools/aims-language-tools/blob/main/README.md';
const documentsRules = (file: string) => {
  try {
    return readFileSync(file, 'utf8').includes('\n## Rules\n');
  } catch {
    return false;
  }
};
const readme = [path.resolve(here, '..', 'README.md'), path.resolve(here, '..', '..', '..', 'README.md')].find((p) => existsSync(p) && documentsRules(p));

const today = () => new Date().toISOString().slice(0, 10);

const log = (m: string) => connection.console.log(m);
/** One store per cache folder, shared by the workspace folders (each has its own pack in it: node/cachePack.ts). */
const stores = new Map<string, FileCacheStore>();
const storeFor = (storagePath: string | undefined) => {
  // The client's storage folder (VS Code: the extension's workspace storage), else the OS cache folder.
  const root = storagePath ? path.join(storagePath, 'index-cache') : defaultCacheRoot();
  let s = stores.get(root);
  if (!s) stores.set(root, (s = new FileCacheStore({ root, log })));
  return s;
};

startServer(connection, {
  // Documents that are not files (untitled:, vscode-notebook-cell: ...) get a host with no files.
  makeHost: (folderUri, options) =>
    !folderUri.startsWith('file:')
      ? { listFiles: async () => [], readFile: async () => undefined, today }
      : new FileSystemHost(filePath(folderUri), today, undefined, log, options.indexCache === false ? undefined : storeFor(options.storagePath)),
  docsBase: readme ? pathToFileURL(readme).href : PUBLISHED_README,
});

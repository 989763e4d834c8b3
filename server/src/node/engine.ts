/**
 * The language server's engine (dist/engine.cjs): the LSP adapter, the core and the file
 * system host, loaded by the entry (node/server.ts) once it has answered `initialize`.
 * In the bundle, the LSP library is the entry's own copy (esbuild.mjs), so the classes the
 * adapter uses (ResponseError, TextDocuments) are the connection's.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import type { Connection, InitializeParams } from 'vscode-languageserver';
import { startServer } from '../lsp/server.js';
import type { StartedEngine } from '../lsp/handshake.js';
import { FileSystemHost, filePath } from './fsHost.js';
import { FileCacheStore, defaultCacheRoot } from './cacheStore.js';

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

const today = () => new Date().toISOString().slice(0, 10);

/** Registers the server's handlers on a connection whose `initialize` has been answered (lsp/handshake.ts). */
export function startEngine(connection: Connection, params: InitializeParams): StartedEngine {
  const readme = [path.resolve(here, '..', 'README.md'), path.resolve(here, '..', '..', '..', 'README.md')].find((p) => existsSync(p) && documentsRules(p));
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
  return startServer(
    connection,
    {
      // Documents that are not files (untitled:, vscode-notebook-cell: ...) get a host with no files.
      makeHost: (folderUri, options) =>
        !folderUri.startsWith('file:')
          ? { listFiles: async () => [], readFile: async () => undefined, today }
          : new FileSystemHost(filePath(folderUri), today, undefined, log, options.indexCache === false ? undefined : storeFor(options.storagePath)),
      docsBase: readme ? pathToFileURL(readme).href : PUBLISHED_README,
    },
    params,
  );
}

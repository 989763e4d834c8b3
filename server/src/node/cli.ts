#!/usr/bin/env node
/**
 * `aims` command-line entry: parse arguments, build a file-system host, ask the
 * core for findings (check), the coverage model (coverage) or a statement of
 * applicability (soa), print them. Exit 0 clean, 1 errors (or too many
 * warnings), 2 usage or I/O errors. Writes a file only for `soa --update FILE --write`.
 */
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { createLanguageService, computeCoverage, decodeText, parseDocument, RULES, type AimsLanguageService } from '../core/index.js';
import { computeCoverageModel, generateSoa, soaUpdateProblem, updateSoa, type CoverageModel } from '../core/index.js';
import { parseArgs, USAGE, type CheckOptions, type CoverageOptions, type SoaOptions } from '../cli/args.js';
import { init } from './init.js';
import { progressLine, type ProgressStream } from './progress.js';
import { formatCoverage, scopeFindings } from '../cli/coverage.js';
import { formatText } from '../cli/formatText.js';
import { formatJson } from '../cli/formatJson.js';
import { formatSarif } from '../cli/formatSarif.js';
import { formatGithub } from '../cli/formatGithub.js';
import { repositoryHome } from '../cli/ruleDocs.js';
import { FileSystemHost, filePath, fileUri, findRepositoryRoot, findWorkspaceRoot } from './fsHost.js';
import { FileCacheStore, defaultCacheRoot } from './cacheStore.js';
import { insideRoot, readCapped, replaceFile } from './safeWrite.js';
import { visible } from '../report/visible.js';

declare const AIMS_VERSION: string | undefined;
declare const AIMS_REPOSITORY: string | undefined;
const VERSION = typeof AIMS_VERSION === 'string' ? AIMS_VERSION : '0.1.0';
/** package.json's repository URL (esbuild defines it; the fallback, for the unbundled tests, is held equal to it by test/sarif.test.ts). */
export const HOME = repositoryHome(typeof AIMS_REPOSITORY === 'string' ? AIMS_REPOSITORY : 'https://github.com/aims-tools/aims-language-tools.git');

/**
 * `out` gets the report, `err` messages; `terminal` is the stream a progress line may be drawn
 * on (process.stderr from the command line; nothing is drawn unless it is a terminal).
 */
export async function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void, terminal?: ProgressStream): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    err(`aims: ${args.error}\n\n${USAGE}`);
    return 2;
  }
  if (args.command === 'help') {
    out(USAGE);
    return 0;
  }
  if (args.command === 'version') {
    out(VERSION + '\n');
    return 0;
  }
  if (args.command === 'init') return init(args, out, err, openWorkspace);
  const context: Context = { out, err, quiet: args.quiet === true, ...(terminal && !args.quiet ? { terminal } : {}) };
  if (!args.output) return run(args, context);
  // --output FILE: the report is written whole once it is complete (a failed run leaves no half file).
  let report = '';
  const code = await run(args, { ...context, out: (s) => (report += s) });
  if (code === 2) return code;
  const failed = await fs.writeFile(args.output, report).catch((e: NodeJS.ErrnoException) => e);
  if (failed) {
    err(`aims: cannot write ${args.output}: ${failed.code === 'ENOENT' ? 'its folder does not exist' : failed.message}\n`);
    return 2;
  }
  return code;
}

function run(args: CheckOptions | CoverageOptions | SoaOptions, context: Context): Promise<number> {
  if (args.command === 'coverage') return coverage(args, context);
  if (args.command === 'soa') return soa(args, context);
  return check(args, context);
}

/** Where a command's output goes. */
interface Context {
  readonly out: (s: string) => void;
  /** Errors: always said. */
  readonly err: (s: string) => void;
  /** --quiet: notices and hints are not said. */
  readonly quiet: boolean;
  readonly terminal?: ProgressStream;
}

/** What is said on stderr that is not an error (a hint, a notice), unless --quiet. */
const noticeOf = (c: Context) => (c.quiet ? () => undefined : c.err);

interface Workspace {
  readonly root: string;
  readonly host: FileSystemHost;
  readonly service: AimsLanguageService;
}

/** Check the paths, find the workspace root above the first one and read the whole workspace; a number is a usage exit code. */
async function openWorkspace(paths: readonly string[], opts: { today?: string; config?: string; noCache?: boolean; untrusted?: boolean }, context: Context): Promise<Workspace | number> {
  const { err } = context;
  const notice = noticeOf(context);
  for (const p of paths)
    if (!(await fs.stat(p).catch(() => undefined))) {
      err(`aims: no such file or folder: ${p}\n`);
      return 2;
    }
  if (opts.config) {
    const st = await fs.stat(opts.config).catch(() => undefined);
    if (!st) {
      err(`aims: no such configuration file: ${opts.config}\n`);
      return 2;
    }
    if (!st.isFile()) {
      err(`aims: --config needs a file; ${opts.config} is ${st.isDirectory() ? 'a folder' : 'not a regular file'}.\n`);
      return 2;
    }
  }
  const root = await findWorkspaceRoot(paths[0]!);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const log = (m: string) => {
    if (process.env['AIMS_DEBUG']) err(m + '\n');
  };
  const cache = opts.noCache ? undefined : new FileCacheStore({ root: defaultCacheRoot(), log });
  const host = new FileSystemHost(root, today, opts.config, log, cache);
  // What could not be read is said on stderr, always (the findings cover only what was read).
  const said = new Set<string>();
  host.onNotice = (m) => {
    if (!said.has(m)) notice(`aims: ${visible(m)}\n`);
    said.add(m);
  };
  // --untrusted restricts the workspace's own .aims.yaml; a --config FILE is the caller's, read in full.
  const restricted = opts.untrusted === true && !opts.config;
  // Every command reads every document's findings (check lists them, coverage and the SoA count
  // them): the rules run while each document's model is at hand, not on a second parse.
  const service = createLanguageService(host, { ...(opts.today ? { settings: { today: opts.today } } : {}), ...(restricted ? { restricted } : {}), reportsWhileIndexing: true });
  const progress = context.terminal ? progressLine(context.terminal) : undefined;
  try {
    await service.indexWorkspace(undefined, undefined, progress?.update);
  } finally {
    progress?.end();
  }
  if (service.ignoredConfigKeys.length > 0) notice(`aims: --untrusted: .aims.yaml's ${visible(service.ignoredConfigKeys.join(', '))} not read; the defaults apply\n`);
  cache?.prune();
  return { root, host, service };
}

async function check(opts: CheckOptions, context: Context): Promise<number> {
  const { out, err } = context;
  const ws = await openWorkspace(opts.paths, opts, context);
  if (typeof ws === 'number') return ws;
  const { root, service } = ws;

  // Report only on the paths asked for; the whole workspace is still read so cross-file references resolve.
  const wanted = opts.paths.map((p) => path.resolve(p));
  const inScope = (uri: string) => {
    const file = filePath(uri);
    return wanted.some((w) => file === w || file.startsWith(w.endsWith(path.sep) ? w : w + path.sep));
  };
  const findings = service.getAllFindings().filter((f) => inScope(f.uri));
  const relative = (uri: string) => path.relative(root, filePath(uri)).split(path.sep).join('/');
  const coverage = computeCoverage(service);

  switch (opts.format) {
    case 'text':
      out(formatText(findings, (u) => path.relative(process.cwd(), filePath(u)).split(path.sep).join('/'), coverage));
      break;
    case 'json':
      out(formatJson(findings, relative, coverage));
      break;
    case 'sarif':
      // Relative to the repository, not the checked folder: code scanning places alerts by repository paths.
      out(formatSarif(findings, RULES, { rootUri: fileUri(await findRepositoryRoot(opts.paths[0]!, root)), version: VERSION, home: HOME, textOf: (u) => service.getSummary(u)?.text }));
      break;
    case 'github':
      out(formatGithub(findings, (u) => path.relative(process.cwd(), filePath(u)).split(path.sep).join('/')));
      break;
  }
  // Nothing to check is not an error, but it should not pass in silence either (stderr: the
  // formats on stdout stay machine-readable).
  if (coverage.documents === 0) noticeOf(context)(noDocumentsHint(root, service.documents().length));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return 1;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    err(`aims: ${warnings} warnings, more than --max-warnings ${opts.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** What to do when a workspace holds no AIMS document: how the engine recognises one, and how to start one. */
export function noDocumentsHint(root: string, filesRead: number): string {
  return (
    `aims: no AIMS documents found in ${root} (${filesRead === 0 ? 'no Markdown, YAML, JSON or CSV file was read' : `${filesRead} file${filesRead === 1 ? ' was' : 's were'} read; none is an AIMS document`}).\n` +
    '  A document is recognised by an aims: block in its front matter (kind, id, title, owner, version, status),\n' +
    '  or by a title or file name that names its kind ("AI Policy", ai-risk-register.md); .aims.yaml can map globs to kinds.\n' +
    '  To start: "aims init --starter" writes a first set of documents from the templates; in VS Code, the command\n' +
    '  "AIMS: New AIMS Document…", or type aims- in a Markdown file.\n'
  );
}

/** The coverage model of the workspace, its findings limited to the paths given (all of it when none). */
async function scopedModel(ws: Workspace, paths: readonly string[], frameworks?: CoverageOptions['frameworks']): Promise<CoverageModel> {
  const files = (await ws.host.listFiles()).map((f) => f.relativePath);
  const prefixes = paths.length ? paths.map((p) => path.relative(ws.root, path.resolve(p)).split(path.sep).join('/')) : [''];
  return scopeFindings(computeCoverageModel(ws.service, { files, ...(frameworks ? { frameworks } : {}) }), prefixes);
}

const hasErrors = (model: CoverageModel) => (model.findings.some((f) => f.severity === 'error') ? 1 : 0);

async function coverage(opts: CoverageOptions, context: Context): Promise<number> {
  const { out } = context;
  const ws = await openWorkspace(opts.paths, opts, context);
  if (typeof ws === 'number') return ws;
  const model = await scopedModel(ws, opts.paths, opts.frameworks);
  out(formatCoverage(model, opts.format, { workspace: path.basename(ws.root), version: VERSION }));
  return hasErrors(model);
}

async function soa(opts: SoaOptions, context: Context): Promise<number> {
  if (!opts.update) {
    const { out } = context;
    const ws = await openWorkspace(opts.paths, opts, context);
    if (typeof ws === 'number') return ws;
    const model = await scopedModel(ws, opts.paths);
    out(generateSoa(model, opts.format ?? 'markdown'));
    return hasErrors(model);
  }
  return soaUpdate(opts.update, opts, context);
}

/**
 * `aims soa --update FILE [--write]`. Refuses (exit 2, nothing written) a file it could not read
 * in full (too large, binary, not UTF-8), an update that would not be complete, and a write
 * outside the workspace; otherwise keeps the file's BOM and line endings and writes atomically.
 */
async function soaUpdate(name: string, opts: SoaOptions, context: Context): Promise<number> {
  const { out, err } = context;
  const file = path.resolve(name);
  const refuse = (why: string) => {
    err(`aims: ${name} was not updated (nothing was written): ${why}.\n`);
    return 2;
  };
  const st = await fs.stat(file).catch(() => undefined);
  if (!st) {
    err(`aims: no such file: ${name}\n`);
    return 2;
  }
  if (st.isDirectory()) {
    err(`aims: ${name} is a folder; --update needs the file of a statement of applicability.\n`);
    return 2;
  }
  if (!st.isFile()) return refuse('it is not a regular file');
  const language = /\.(?:md|markdown)$/i.test(file) ? 'markdown' : /\.ya?ml$/i.test(file) ? 'yaml' : undefined;
  if (!language || (opts.format && opts.format !== language)) {
    err(`aims: --update works on a Markdown (.md) or YAML (.yaml) statement of applicability, in its own format.\n`);
    return 2;
  }
  const ws = await openWorkspace(opts.paths.length ? opts.paths : [path.dirname(file)], opts, context);
  if (typeof ws === 'number') return ws;
  const config = ws.service.config;
  const bytes = await readCapped(file, config.maxFileSize + 1).catch((e: Error) => e);
  if (bytes instanceof Error) return refuse(`it cannot be read (${bytes.message})`);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return refuse('it is UTF-16 text; save it as UTF-8 to have it updated');
  if (bytes.length > config.maxFileSize) return refuse(`it is larger than max_file_size (${config.maxFileSize} bytes; set in .aims.yaml), so it was not read`);
  if (bytes.includes(0)) return refuse('it contains NUL bytes (a binary file)');
  const decoded = decodeText(bytes, config.maxFileSize);
  if ('skipped' in decoded) return refuse('it is not valid UTF-8 text (save it as UTF-8 to have it updated)');
  const text = decoded.text;
  const uri = fileUri(file);
  const relativePath = path.relative(ws.root, file).split(path.sep).join('/');
  const doc = parseDocument({ uri, relativePath, text, version: 1, config });
  if (doc.meta.kind !== 'soa' && doc.soa.length === 0 && text.trim() !== '') {
    err(`aims: ${name} is not a statement of applicability (declare "aims: { kind: soa }" or give it a control table).\n`);
    return 2;
  }
  const model = await scopedModel(ws, opts.paths);
  const updated = updateSoa(doc, model);
  const problem = soaUpdateProblem(doc, updated, config, relativePath);
  if (problem) return refuse(problem);
  if (!opts.write) {
    out(updated);
    return hasErrors(model);
  }
  if (updated !== text) {
    if (!(await insideRoot(file, ws.root))) return refuse(`it is outside the workspace ${ws.root} (--write writes only inside it, after following links)`);
    const failed = await replaceFile(file, bytes, Buffer.from((bom ? '\uFEFF' : '') + updated, 'utf8'));
    if (failed) return refuse(failed);
  }
  noticeOf(context)(`aims: ${updated === text ? 'already up to date' : 'updated'}: ${name}\n`);
  return hasErrors(model);
}

const isEntry = process.argv[1] && /(?:cli|aims)(?:\.[cm]?js)?$/.test(process.argv[1]);
if (isEntry) {
  // `aims check | head`: the reader went away; stop quietly instead of dying with an EPIPE stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s), process.stderr).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`aims: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

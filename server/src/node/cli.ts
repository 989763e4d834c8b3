#!/usr/bin/env node
/**
 * `aims` command-line entry: parse arguments, build a file-system host, ask the
 * core for findings (check), the coverage model (coverage) or a statement of
 * applicability (soa), print them. Exit 0 clean, 1 errors (or too many
 * warnings), 2 usage or I/O errors. Writes a file only for `soa --update FILE --write`.
 */
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLanguageService, computeCoverage, parseDocument, RULES, type AimsLanguageService } from '../core/index.js';
import { computeCoverageModel, generateSoa, updateSoa, type CoverageModel } from '../core/index.js';
import { parseArgs, USAGE, type CheckOptions, type CoverageOptions, type SoaOptions } from '../cli/args.js';
import { formatCoverage, scopeFindings } from '../cli/coverage.js';
import { formatText } from '../cli/formatText.js';
import { formatJson } from '../cli/formatJson.js';
import { formatSarif } from '../cli/formatSarif.js';
import { formatGithub } from '../cli/formatGithub.js';
import { FileSystemHost, findWorkspaceRoot } from './fsHost.js';
import { FileCacheStore, defaultCacheRoot } from './cacheStore.js';

declare const AIMS_VERSION: string | undefined;
const VERSION = typeof AIMS_VERSION === 'string' ? AIMS_VERSION : '0.1.0';

export async function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
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
  if (args.command === 'coverage') return coverage(args, out, err);
  if (args.command === 'soa') return soa(args, out, err);
  return check(args, out, err);
}

interface Workspace {
  readonly root: string;
  readonly host: FileSystemHost;
  readonly service: AimsLanguageService;
}

/** Check the paths, find the workspace root above the first one and read the whole workspace; a number is a usage exit code. */
async function openWorkspace(paths: readonly string[], opts: { today?: string; config?: string; noCache?: boolean }, err: (s: string) => void): Promise<Workspace | number> {
  for (const p of paths)
    if (!(await fs.stat(p).catch(() => undefined))) {
      err(`aims: no such file or folder: ${p}\n`);
      return 2;
    }
  if (opts.config && !(await fs.stat(opts.config).catch(() => undefined))) {
    err(`aims: no such configuration file: ${opts.config}\n`);
    return 2;
  }
  const root = await findWorkspaceRoot(paths[0]!);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const log = (m: string) => {
    if (process.env['AIMS_DEBUG']) err(m + '\n');
  };
  const cache = opts.noCache ? undefined : new FileCacheStore({ root: defaultCacheRoot(), log });
  const host = new FileSystemHost(root, today, opts.config, log, cache);
  const service = createLanguageService(host, opts.today ? { settings: { today: opts.today } } : {});
  await service.indexWorkspace();
  cache?.prune();
  return { root, host, service };
}

async function check(opts: CheckOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const ws = await openWorkspace(opts.paths, opts, err);
  if (typeof ws === 'number') return ws;
  const { root, service } = ws;

  // Report only on the paths asked for; the whole workspace is still read so cross-file references resolve.
  const wanted = opts.paths.map((p) => path.resolve(p));
  const inScope = (uri: string) => {
    const file = fileURLToPath(uri);
    return wanted.some((w) => file === w || file.startsWith(w.endsWith(path.sep) ? w : w + path.sep));
  };
  const findings = service.getAllFindings().filter((f) => inScope(f.uri));
  const relative = (uri: string) => path.relative(root, fileURLToPath(uri)).split(path.sep).join('/');
  const rootUri = pathToFileURL(root).href;
  const coverage = computeCoverage(service.index);

  switch (opts.format) {
    case 'text':
      out(formatText(findings, (u) => path.relative(process.cwd(), fileURLToPath(u)).split(path.sep).join('/'), coverage));
      break;
    case 'json':
      out(formatJson(findings, relative, coverage));
      break;
    case 'sarif':
      out(formatSarif(findings, RULES, relative, rootUri, VERSION));
      break;
    case 'github':
      out(formatGithub(findings, (u) => path.relative(process.cwd(), fileURLToPath(u)).split(path.sep).join('/')));
      break;
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return 1;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    err(`aims: ${warnings} warnings, more than --max-warnings ${opts.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** The coverage model of the workspace, its findings limited to the paths given (all of it when none). */
async function scopedModel(ws: Workspace, paths: readonly string[]): Promise<CoverageModel> {
  const files = (await ws.host.listFiles()).map((f) => f.relativePath);
  const prefixes = paths.length ? paths.map((p) => path.relative(ws.root, path.resolve(p)).split(path.sep).join('/')) : [''];
  return scopeFindings(computeCoverageModel(ws.service, { files }), prefixes);
}

const hasErrors = (model: CoverageModel) => (model.findings.some((f) => f.severity === 'error') ? 1 : 0);

async function coverage(opts: CoverageOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const ws = await openWorkspace(opts.paths, opts, err);
  if (typeof ws === 'number') return ws;
  const model = await scopedModel(ws, opts.paths);
  out(formatCoverage(model, opts.format, { workspace: path.basename(ws.root), version: VERSION }));
  return hasErrors(model);
}

async function soa(opts: SoaOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (!opts.update) {
    const ws = await openWorkspace(opts.paths, opts, err);
    if (typeof ws === 'number') return ws;
    const model = await scopedModel(ws, opts.paths);
    out(generateSoa(model, opts.format ?? 'markdown'));
    return hasErrors(model);
  }
  const file = path.resolve(opts.update);
  const language = /\.(?:md|markdown)$/i.test(file) ? 'markdown' : /\.ya?ml$/i.test(file) ? 'yaml' : undefined;
  const text = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) {
    err(`aims: no such file: ${opts.update}\n`);
    return 2;
  }
  if (!language || (opts.format && opts.format !== language)) {
    err(`aims: --update works on a Markdown (.md) or YAML (.yaml) statement of applicability, in its own format.\n`);
    return 2;
  }
  const ws = await openWorkspace(opts.paths.length ? opts.paths : [path.dirname(file)], opts, err);
  if (typeof ws === 'number') return ws;
  const uri = pathToFileURL(file).href;
  const relativePath = path.relative(ws.root, file).split(path.sep).join('/');
  const doc = ws.service.getDocument(uri) ?? parseDocument({ uri, relativePath, text, version: 1, config: ws.service.config });
  if (doc.meta.kind !== 'soa' && doc.soa.length === 0 && text.trim() !== '') {
    err(`aims: ${opts.update} is not a statement of applicability (declare "aims: { kind: soa }" or give it a control table).\n`);
    return 2;
  }
  const model = await scopedModel(ws, opts.paths);
  const updated = updateSoa(doc, model);
  if (opts.write) {
    if (updated !== doc.text) await fs.writeFile(file, updated);
    err(`aims: ${updated === doc.text ? 'already up to date' : 'updated'}: ${opts.update}\n`);
  } else out(updated);
  return hasErrors(model);
}

const isEntry = process.argv[1] && /(?:cli|aims)(?:\.[cm]?js)?$/.test(process.argv[1]);
if (isEntry) {
  // `aims check | head`: the reader went away; stop quietly instead of dying with an EPIPE stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`aims: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

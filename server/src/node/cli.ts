#!/usr/bin/env node
/**
 * `aims` command-line entry: parse arguments, build a file-system host, ask the
 * core for findings, print them. Exit 0 clean, 1 errors (or too many
 * warnings), 2 usage or I/O errors.
 */
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLanguageService, computeCoverage, RULES } from '../core/index.js';
import { parseArgs, USAGE, type CheckOptions } from '../cli/args.js';
import { formatText } from '../cli/formatText.js';
import { formatJson } from '../cli/formatJson.js';
import { formatSarif } from '../cli/formatSarif.js';
import { formatGithub } from '../cli/formatGithub.js';
import { FileSystemHost, findWorkspaceRoot } from './fsHost.js';

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
  return check(args, out, err);
}

async function check(opts: CheckOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  for (const p of opts.paths)
    if (!(await fs.stat(p).catch(() => undefined))) {
      err(`aims: no such file or folder: ${p}\n`);
      return 2;
    }
  if (opts.config && !(await fs.stat(opts.config).catch(() => undefined))) {
    err(`aims: no such configuration file: ${opts.config}\n`);
    return 2;
  }
  const root = await findWorkspaceRoot(opts.paths[0]!);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const host = new FileSystemHost(root, today, opts.config, (m) => {
    if (process.env['AIMS_DEBUG']) err(m + '\n');
  });
  const service = createLanguageService(host, opts.today ? { settings: { today: opts.today } } : {});
  await service.indexWorkspace();

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

const isEntry = process.argv[1] && /(?:cli|aims)(?:\.[cm]?js)?$/.test(process.argv[1]);
if (isEntry)
  main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`aims: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );

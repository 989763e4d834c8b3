/**
 * `aims init [folder] [--starter] [--kind K,...] [--dir DIR] [--format markdown|yaml]`: start an
 * AIMS. Writes the starter `.aims.yaml` (protocol/starterConfig.ts, the file the editor offers)
 * and, when asked, documents from the templates with IDs free in the workspace
 * (core/features/starterSet.ts); then checks the workspace and lists what it still lacks.
 * Never replaces a file: one that exists is kept and said so. Exit 0 when done, 1 when the
 * new documents have errors (they should not), 2 for a usage or write error.
 */
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { computeCoverageModel, KINDS, planStarterFiles, STARTER_KINDS, type AimsLanguageService } from '../core/index.js';
import type { KindId } from '../core/catalogue/types.js';
import { STARTER_CONFIG } from '../../../protocol/starterConfig.js';
import type { InitOptions } from '../cli/args.js';
import { insideRoot } from './safeWrite.js';

type Say = (s: string) => void;
/** The CLI's reading of a workspace (cli.ts), passed in: a number is an exit status. */
type OpenWorkspace = (paths: readonly string[], opts: { today?: string; noCache?: boolean }, context: { out: Say; err: Say; quiet: boolean }) => Promise<{ readonly service: AimsLanguageService } | number>;

export async function init(opts: InitOptions, out: Say, err: Say, openWorkspace: OpenWorkspace): Promise<number> {
  const known = new Set<string>(KINDS.map((k) => k.id));
  const unknown = opts.kinds.filter((k) => !known.has(k));
  if (unknown.length > 0) {
    err(`aims: unknown document kind${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}; the kinds are: ${[...known].join(', ')}.\n`);
    return 2;
  }
  const dir = opts.dir.split(/[\\/]+/).filter((p) => p && p !== '.');
  if (path.isAbsolute(opts.dir) || dir.includes('..')) {
    err(`aims: --dir must be a folder inside ${opts.folder} (got "${opts.dir}").\n`);
    return 2;
  }
  const root = path.resolve(opts.folder);
  const made = await fs.mkdir(root, { recursive: true }).catch((e: Error) => e);
  if (made instanceof Error) {
    err(`aims: cannot create ${opts.folder}: ${made.message}\n`);
    return 2;
  }
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const quietly = { err, out, quiet: true };

  const config = await writeNew(root, '.aims.yaml', STARTER_CONFIG);
  if (config instanceof Error) return writeFailed(err, '.aims.yaml', config);
  out(`${config ? 'created' : 'kept (it exists)'}  .aims.yaml\n`);

  const kinds = [...new Set<KindId>([...(opts.starter ? STARTER_KINDS : []), ...(opts.kinds as KindId[])])];
  const written: string[] = [];
  if (kinds.length > 0) {
    // IDs free in what the workspace already holds (a second init must not redefine POL-001).
    const before = await openWorkspace([root], { today, noCache: true }, quietly);
    if (typeof before === 'number') return before;
    const files = planStarterFiles(before.service, { kinds, folder: dir.join('/'), prefer: opts.format, today });
    for (const f of files) {
      const done = await writeNew(root, f.relativePath, f.text);
      if (done instanceof Error) return writeFailed(err, f.relativePath, done);
      if (done) written.push(f.relativePath);
      out(`${done ? 'created' : 'kept (it exists)'}  ${f.relativePath}${done && f.id ? `  (${f.id})` : ''}\n`);
    }
  }

  const after = await openWorkspace([root], { today, noCache: true }, quietly);
  if (typeof after === 'number') return after;
  const model = computeCoverageModel(after.service);
  const own = model.findings.filter((f) => written.includes(f.path) && (f.severity === 'error' || f.severity === 'warning'));
  for (const f of own) out(`${f.path}:${f.line}:${f.column} ${f.severity} ${f.code}: ${f.message}\n`);
  // No coverage figure: drafts nobody has written in provide nothing (parse/template.ts), so
  // it would read 0% here; the lists below say what to write instead.
  out(`\n${model.summary.documents} AIMS document${model.summary.documents === 1 ? '' : 's'} in ${opts.folder}.\n`);
  out(nextSteps(model, kinds.length > 0));
  return own.some((f) => f.severity === 'error') ? 1 : 0;
}

/** What the AIMS still lacks, and how to go on. */
function nextSteps(model: ReturnType<typeof computeCoverageModel>, wroteDocuments: boolean): string {
  let s = '';
  // A draft nobody has written in yet provides nothing (parse/template.ts isUnwrittenSkeleton):
  // its requirement is a gap all the same, but one the writer has a document for.
  const drafted = new Set(model.clauses.documents.filter((d) => d.template).flatMap((d) => d.kind ? [d.kind] : []));
  const requirement = new Map(model.clauses.clauses.flatMap((c) => c.requirements).map((r) => [r.id, r]));
  const hasDraft = (id: string) => requirement.get(id)?.kinds.some((k) => drafted.has(k)) === true;
  const toWrite = model.clauses.gaps.filter((g) => hasDraft(g.requirement));
  const gaps = model.clauses.gaps.filter((g) => !hasDraft(g.requirement));
  const list = (items: typeof gaps) => items.map((g) => `  ${g.clause.padEnd(6)} ${g.what}${g.state === 'incomplete' ? ' (incomplete)' : ''}\n`).join('');
  if (toWrite.length > 0) s += `Documented information in drafts still to write (${toWrite.length}):\n${list(toWrite)}`;
  if (gaps.length > 0) s += `Documented information still missing or incomplete (${gaps.length}):\n${list(gaps)}`;
  const { undecided, provisional = 0 } = model.annexA.totals;
  if (provisional > 0 && provisional === undecided) s += `Annex A: the statement of applicability includes ${provisional === 38 ? 'every control' : `${provisional} controls`} provisionally: decide and justify each.\n`;
  else if (undecided > 0) s += `Annex A: ${undecided} of 38 controls undecided${provisional ? ` (${provisional} included provisionally)` : ''}: decide each in the statement of applicability.\n`;
  s += wroteDocuments
    ? 'Next: fill in the documents (each section says what it needs), then run "aims check".\n'
    : 'Next: "aims init --starter" writes a first set of documents, or "aims init --kind policy" one of a kind; then run "aims check".\n';
  return s;
}

/** true: written; false: the file exists and is kept; an Error: it could not be written. */
async function writeNew(root: string, relativePath: string, text: string): Promise<boolean | Error> {
  const file = path.join(root, ...relativePath.split('/'));
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    // A folder that is a link out of the workspace (a cloned repository's aims -> /etc) is not written into.
    if (!(await insideRoot(path.dirname(file), root)) && path.dirname(file) !== root) return new Error(`its folder leads outside ${root}`);
    // 'wx': never replaces a file, even one created since we looked, and never follows a link at the file itself.
    await fs.writeFile(file, text, { flag: 'wx' });
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EEXIST' ? false : (e as Error);
  }
}

function writeFailed(err: Say, relativePath: string, e: Error): number {
  err(`aims: cannot write ${relativePath}: ${e.message}\n`);
  return 2;
}

/** Command-line parsing for `aims`. Pure: returns options or a usage error. */
export type Format = 'text' | 'json' | 'sarif' | 'github';
export type CoverageFormat = 'text' | 'json' | 'markdown' | 'html';
export type SoaOutputFormat = 'markdown' | 'yaml' | 'csv';

interface Common {
  readonly paths: readonly string[];
  readonly today?: string;
  readonly config?: string;
  /** --no-cache: read every document afresh, and leave the index cache alone. */
  readonly noCache?: boolean;
  /** --untrusted: the workspace's .aims.yaml does not get to change what is read or how (core/config/restricted.ts). */
  readonly untrusted?: boolean;
  /** --quiet: nothing on stderr but errors (no progress, hints or notices). */
  readonly quiet?: boolean;
  /** --output FILE: the report goes to FILE instead of stdout. */
  readonly output?: string;
}

export interface CheckOptions extends Common {
  readonly command: 'check';
  readonly format: Format;
  readonly maxWarnings?: number;
}

export interface CoverageOptions extends Common {
  readonly command: 'coverage';
  readonly format: CoverageFormat;
  /** `--framework`: report on these besides ISO/IEC 42001 (issue 17). */
  readonly frameworks?: readonly ('nist-ai-rmf' | 'eu-ai-act')[];
}

export interface SoaOptions extends Common {
  readonly command: 'soa';
  /** Absent with --update: the file's own format. */
  readonly format?: SoaOutputFormat;
  /** An existing statement of applicability to bring up to date. */
  readonly update?: string;
  /** With --update: write the result back to the file instead of printing it. */
  readonly write?: boolean;
}

export interface InitOptions {
  readonly command: 'init';
  /** The folder to start the AIMS in (default: the current one). */
  readonly folder: string;
  /** Document kinds to write (--kind, repeatable or comma-separated; --starter adds the starter set). */
  readonly kinds: readonly string[];
  readonly starter: boolean;
  /** Where the documents go, relative to the folder. */
  readonly dir: string;
  /** YAML for the registers and records that have a YAML template. */
  readonly format: 'markdown' | 'yaml';
  readonly today?: string;
  readonly quiet?: boolean;
}

export type ParsedArgs = CheckOptions | CoverageOptions | SoaOptions | InitOptions | { readonly command: 'help' } | { readonly command: 'version' } | { readonly error: string };

export const USAGE = `Usage: aims check [paths...] [options]
       aims coverage [paths...] [--format text|json|markdown|html] [--framework nist-ai-rmf|eu-ai-act] [--today YYYY-MM-DD] [--config FILE]
       aims soa [paths...] [--format markdown|yaml|csv] [--today YYYY-MM-DD] [--config FILE]
       aims soa --update FILE [paths...] [--write] [--today YYYY-MM-DD] [--config FILE]
       aims init [folder] [--starter] [--kind KIND[,KIND...]] [--dir DIR] [--format markdown|yaml]

Check ISO/IEC 42001 AIMS documents (Markdown and YAML) and report what is
missing, wrong or dangling.

  check      findings, one per line, and the one-line coverage summary
  coverage   the coverage of the workspace: documented information per clause,
             Annex A decisions and evidence, Annex C, risks before and after
             treatment, findings. --format html is a self-contained audit report
             (save it at the workspace root: its links are relative to it)
  soa        a statement of applicability generated from the workspace: every
             Annex A control, the decision found or "Undecided", justification,
             status and evidence
  soa --update FILE
             FILE (a Markdown or YAML statement of applicability) brought up to
             date: every line written by hand is kept; controls it lacks get rows
             filled from the workspace. Printed to stdout; --write replaces FILE.
  init       start an AIMS in a folder: writes a starter .aims.yaml and, with
             --starter or --kind, documents from the templates (scope, policy,
             objectives, risk assessment process, risk register, treatment plan,
             SoA, an AI system record and its impact assessment), then checks
             them and lists the gaps left. Never replaces an existing file.

Options:
  --format FORMAT                   output format (check: text|json|sarif|github, default text;
                                    coverage: text|json|markdown|html, default text;
                                    soa: markdown|yaml|csv, default markdown;
                                    init: markdown|yaml, the registers' and records' format)
  --output FILE                     write the report to FILE instead of stdout
  --framework NAME                  coverage: also which NIST AI RMF subcategories (nist-ai-rmf) or EU AI Act
                                    articles (eu-ai-act) the AIMS evidences and which it leaves open
  --today YYYY-MM-DD                the date reviews are compared with (default: today)
  --config FILE                     configuration file (default: .aims.yaml at the workspace root)
  --max-warnings N                  check: exit 1 when there are more than N warnings
  --update FILE                     soa: bring an existing statement of applicability up to date
  --write                           soa --update: write the result to FILE instead of stdout
  --starter                         init: write the starter set of documents
  --kind KIND[,KIND...]             init: write a document of each KIND (policy, risk-register, soa, ...)
  --dir DIR                         init: the folder for the documents (default: aims)
  -q, --quiet                       nothing on stderr but errors: no progress, hints or notices
  --no-cache                        do not use the index cache (\$XDG_CACHE_HOME/aims-tools, or ~/.cache/aims-tools)
  --untrusted                       the workspace is someone else's (a pull request from a fork):
                                    its .aims.yaml's documents, ids, guidance and max_file_size
                                    are not read, the defaults apply (a --config FILE is yours
                                    and read in full)
  -h, --help                        show this help
  --version                         print the version

The workspace is the nearest folder upward from the first path (or from the
--update FILE) that holds .aims.yaml. Findings count for the paths given.

Exit status: 0 no errors, 1 errors found (or too many warnings), 2 usage error.
`;

const FORMATS: Record<'check' | 'coverage' | 'soa' | 'init', readonly string[]> = {
  init: ['markdown', 'yaml'],
  check: ['text', 'json', 'sarif', 'github'],
  coverage: ['text', 'json', 'markdown', 'html'],
  soa: ['markdown', 'yaml', 'csv'],
};

/** A real day written YYYY-MM-DD (2026-02-31 is not one, though Date.parse takes it). */
function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  const command = argv[0];
  if (command !== 'check' && command !== 'coverage' && command !== 'soa' && command !== 'init') return { error: `Unknown command "${argv[0]}". Try "aims check", "aims coverage", "aims soa" or "aims init".` };
  const paths: string[] = [];
  let format: string | undefined;
  let today: string | undefined;
  let config: string | undefined;
  let maxWarnings: number | undefined;
  let update: string | undefined;
  let write = false;
  let noCache = false;
  let untrusted = false;
  let quiet = false;
  let output: string | undefined;
  let starter = false;
  let dir: string | undefined;
  const kinds: string[] = [];
  const frameworks: ('nist-ai-rmf' | 'eu-ai-act')[] = [];
  const only = (option: string, commands: readonly string[]): string | undefined =>
    commands.includes(command) ? undefined : `${option} belongs to ${commands.map((c) => `"aims ${c}"`).join(' and ')}.`;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = (): string | undefined => (a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : argv[++i]);
    switch (name) {
      case '--format': {
        const v = value();
        const allowed = FORMATS[command];
        if (!v || !allowed.includes(v)) return { error: `--format of "aims ${command}" must be ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]} (got "${v ?? ''}").` };
        format = v;
        break;
      }
      case '--today': {
        const v = value();
        if (!v || !isCalendarDate(v)) return { error: `--today must be a date written YYYY-MM-DD (got "${v ?? ''}").` };
        today = v;
        break;
      }
      case '--config': {
        const v = value();
        if (!v) return { error: '--config needs a file name.' };
        config = v;
        break;
      }
      case '--max-warnings': {
        if (command !== 'check') return { error: '--max-warnings belongs to "aims check".' };
        const v = value();
        if (!v || !/^\d+$/.test(v)) return { error: `--max-warnings needs a whole number (got "${v ?? ''}").` };
        maxWarnings = Number(v);
        break;
      }
      case '--update': {
        if (command !== 'soa') return { error: '--update belongs to "aims soa".' };
        const v = value();
        if (!v || v.startsWith('--')) return { error: '--update needs the file of a statement of applicability.' };
        update = v;
        break;
      }
      case '--framework': {
        if (command !== 'coverage') return { error: '--framework belongs to "aims coverage".' };
        const v = value();
        for (const f of (v ?? '').split(',')) {
          if (f !== 'nist-ai-rmf' && f !== 'eu-ai-act') return { error: `--framework must be nist-ai-rmf or eu-ai-act (got "${v ?? ''}").` };
          if (!frameworks.includes(f)) frameworks.push(f);
        }
        break;
      }
      case '--write':
        if (command !== 'soa') return { error: '--write belongs to "aims soa --update FILE".' };
        write = true;
        break;
      case '--output': {
        const wrong = only('--output', ['check', 'coverage', 'soa']);
        if (wrong) return { error: wrong };
        const v = value();
        if (!v || v.startsWith('--')) return { error: '--output needs a file name.' };
        output = v;
        break;
      }
      case '-q':
      case '--quiet':
        quiet = true;
        break;
      case '--starter': {
        const wrong = only('--starter', ['init']);
        if (wrong) return { error: wrong };
        starter = true;
        break;
      }
      case '--kind': {
        const wrong = only('--kind', ['init']);
        if (wrong) return { error: wrong };
        const v = value();
        if (!v || v.startsWith('--')) return { error: '--kind needs a document kind (policy, risk-register, soa, ...).' };
        for (const k of v.split(',')) if (k.trim()) kinds.push(k.trim());
        break;
      }
      case '--dir': {
        const wrong = only('--dir', ['init']);
        if (wrong) return { error: wrong };
        const v = value();
        if (v === undefined || v.startsWith('--')) return { error: '--dir needs a folder name.' };
        dir = v;
        break;
      }
      case '--no-cache':
        noCache = true;
        break;
      case '--untrusted':
        untrusted = true;
        break;
      case '-h':
      case '--help':
        return { command: 'help' };
      default:
        if (a.startsWith('-') && a !== '-') return { error: `Unknown option "${a}".` };
        paths.push(a);
    }
  }
  if (command === 'init') {
    if (paths.length > 1) return { error: 'aims init takes one folder.' };
    if (config || noCache || untrusted) return { error: '--config, --no-cache and --untrusted belong to the commands that read a workspace, not to "aims init".' };
    return { command, folder: paths[0] ?? '.', kinds, starter, dir: dir ?? 'aims', format: (format ?? 'markdown') as InitOptions['format'], ...(today ? { today } : {}), ...(quiet ? { quiet } : {}) };
  }
  if (output && write) return { error: '--write writes FILE itself; leave out --output.' };
  const common = {
    ...(today ? { today } : {}),
    ...(config ? { config } : {}),
    ...(noCache ? { noCache } : {}),
    ...(untrusted ? { untrusted } : {}),
    ...(quiet ? { quiet } : {}),
    ...(output ? { output } : {}),
  };
  switch (command) {
    case 'check':
      return { command, paths: paths.length ? paths : ['.'], format: (format ?? 'text') as Format, ...common, ...(maxWarnings !== undefined ? { maxWarnings } : {}) };
    case 'coverage':
      return { command, paths: paths.length ? paths : ['.'], format: (format ?? 'text') as CoverageFormat, ...common, ...(frameworks.length ? { frameworks } : {}) };
    case 'soa': {
      if (write && !update) return { error: '--write needs --update FILE (aims soa never writes a file otherwise).' };
      if (update && format === 'csv') return { error: '--update keeps the format of FILE (Markdown or YAML); leave out --format csv.' };
      const fallback = update ? [] : ['.'];
      return { command, paths: paths.length ? paths : fallback, ...(format ? { format: format as SoaOutputFormat } : update ? {} : { format: 'markdown' as const }), ...(update ? { update } : {}), ...(write ? { write } : {}), ...common };
    }
  }
}

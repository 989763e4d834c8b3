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
}

export interface CheckOptions extends Common {
  readonly command: 'check';
  readonly format: Format;
  readonly maxWarnings?: number;
}

export interface CoverageOptions extends Common {
  readonly command: 'coverage';
  readonly format: CoverageFormat;
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

export type ParsedArgs = CheckOptions | CoverageOptions | SoaOptions | { readonly command: 'help' } | { readonly command: 'version' } | { readonly error: string };

export const USAGE = `Usage: aims check [paths...] [options]
       aims coverage [paths...] [--format text|json|markdown|html] [--today YYYY-MM-DD] [--config FILE]
       aims soa [paths...] [--format markdown|yaml|csv] [--today YYYY-MM-DD] [--config FILE]
       aims soa --update FILE [paths...] [--write] [--today YYYY-MM-DD] [--config FILE]

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

Options:
  --format FORMAT                   output format (check: text|json|sarif|github, default text;
                                    coverage: text|json|markdown|html, default text;
                                    soa: markdown|yaml|csv, default markdown)
  --today YYYY-MM-DD                the date reviews are compared with (default: today)
  --config FILE                     configuration file (default: .aims.yaml at the workspace root)
  --max-warnings N                  check: exit 1 when there are more than N warnings
  --update FILE                     soa: bring an existing statement of applicability up to date
  --write                           soa --update: write the result to FILE instead of stdout
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

const FORMATS: Record<'check' | 'coverage' | 'soa', readonly string[]> = {
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
  if (command !== 'check' && command !== 'coverage' && command !== 'soa') return { error: `Unknown command "${argv[0]}". Try "aims check", "aims coverage" or "aims soa".` };
  const paths: string[] = [];
  let format: string | undefined;
  let today: string | undefined;
  let config: string | undefined;
  let maxWarnings: number | undefined;
  let update: string | undefined;
  let write = false;
  let noCache = false;
  let untrusted = false;
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
      case '--write':
        if (command !== 'soa') return { error: '--write belongs to "aims soa --update FILE".' };
        write = true;
        break;
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
  const common = { ...(today ? { today } : {}), ...(config ? { config } : {}), ...(noCache ? { noCache } : {}), ...(untrusted ? { untrusted } : {}) };
  switch (command) {
    case 'check':
      return { command, paths: paths.length ? paths : ['.'], format: (format ?? 'text') as Format, ...common, ...(maxWarnings !== undefined ? { maxWarnings } : {}) };
    case 'coverage':
      return { command, paths: paths.length ? paths : ['.'], format: (format ?? 'text') as CoverageFormat, ...common };
    case 'soa': {
      if (write && !update) return { error: '--write needs --update FILE (aims soa never writes a file otherwise).' };
      if (update && format === 'csv') return { error: '--update keeps the format of FILE (Markdown or YAML); leave out --format csv.' };
      const fallback = update ? [] : ['.'];
      return { command, paths: paths.length ? paths : fallback, ...(format ? { format: format as SoaOutputFormat } : update ? {} : { format: 'markdown' as const }), ...(update ? { update } : {}), ...(write ? { write } : {}), ...common };
    }
  }
}

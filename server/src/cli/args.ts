/** Command-line parsing for `aims`. Pure: returns options or a usage error. */
export type Format = 'text' | 'json' | 'sarif' | 'github';

export interface CheckOptions {
  readonly command: 'check';
  readonly paths: readonly string[];
  readonly format: Format;
  readonly today?: string;
  readonly config?: string;
  readonly maxWarnings?: number;
}

export type ParsedArgs = CheckOptions | { readonly command: 'help' } | { readonly command: 'version' } | { readonly error: string };

export const USAGE = `Usage: aims check [paths...] [options]

Check ISO/IEC 42001 AIMS documents (Markdown and YAML) and report what is
missing, wrong or dangling.

Options:
  --format text|json|sarif|github   output format (default: text)
  --today YYYY-MM-DD                the date reviews are compared with (default: today)
  --config FILE                     configuration file (default: .aims.yaml at the workspace root)
  --max-warnings N                  exit 1 when there are more than N warnings
  -h, --help                        show this help
  --version                         print the version

Exit status: 0 no errors, 1 errors found (or too many warnings), 2 usage error.
`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  if (argv[0] !== 'check') return { error: `Unknown command "${argv[0]}". Try "aims check".` };
  const paths: string[] = [];
  let format: Format = 'text';
  let today: string | undefined;
  let config: string | undefined;
  let maxWarnings: number | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = (): string | undefined => (a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : argv[++i]);
    switch (name) {
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif' && v !== 'github') return { error: `--format must be text, json, sarif or github (got "${v ?? ''}").` };
        format = v;
        break;
      }
      case '--today': {
        const v = value();
        if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) return { error: `--today must be a date written YYYY-MM-DD (got "${v ?? ''}").` };
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
        const v = value();
        if (!v || !/^\d+$/.test(v)) return { error: `--max-warnings needs a whole number (got "${v ?? ''}").` };
        maxWarnings = Number(v);
        break;
      }
      case '-h':
      case '--help':
        return { command: 'help' };
      default:
        if (a.startsWith('-') && a !== '-') return { error: `Unknown option "${a}".` };
        paths.push(a);
    }
  }
  return { command: 'check', paths: paths.length ? paths : ['.'], format, ...(today ? { today } : {}), ...(config ? { config } : {}), ...(maxWarnings !== undefined ? { maxWarnings } : {}) };
}

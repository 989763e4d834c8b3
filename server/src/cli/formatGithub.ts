import type { Finding } from '../core/index.js';

/** GitHub Actions workflow commands: annotations on the pull request's lines. */
export function formatGithub(findings: readonly Finding[], relative: (uri: string) => string): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return findings
    .map((f) => {
      const level = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
      const r = f.range;
      return `::${level} file=${prop(relative(f.uri))},line=${r.start.line + 1},col=${r.start.character + 1},endLine=${r.end.line + 1},endColumn=${r.end.character + 1},title=${prop(f.code)}::${esc(f.message)}`;
    })
    .join('\n') + (findings.length ? '\n' : '');
}

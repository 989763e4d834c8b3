import type { Finding } from '../core/index.js';
import { visible } from '../report/visible.js';

/**
 * GitHub Actions workflow commands: annotations on the pull request's lines. Line breaks are
 * %-encoded as the runner expects; every other control character is made visible, so a file
 * name cannot end the command early or colour the log.
 */
export function formatGithub(findings: readonly Finding[], relative: (uri: string) => string): string {
  const esc = (s: string) =>
    s
      .split(/(\r\n|\r|\n)/)
      .map((part, i) => (i % 2 ? part : visible(part)))
      .join('')
      .replace(/%/g, '%25')
      .replace(/\r/g, '%0D')
      .replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return findings
    .map((f) => {
      const level = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
      const r = f.range;
      return `::${level} file=${prop(relative(f.uri))},line=${r.start.line + 1},col=${r.start.character + 1},endLine=${r.end.line + 1},endColumn=${r.end.character + 1},title=${prop(f.code)}::${esc(f.message)}`;
    })
    .join('\n') + (findings.length ? '\n' : '');
}

/** `aims coverage`: the coverage model in the format asked for. Pure. */
import type { CoverageModel } from '../core/index.js';
import type { CoverageFormat } from './args.js';
import { coverageText } from '../report/text.js';
import { coverageMarkdown } from '../report/markdown.js';
import { coverageHtml, type HtmlOptions } from '../report/html.js';

export function formatCoverage(model: CoverageModel, format: CoverageFormat, options: HtmlOptions = {}): string {
  switch (format) {
    case 'text':
      return coverageText(model);
    case 'json':
      return JSON.stringify(model, null, 2) + '\n';
    case 'markdown':
      return coverageMarkdown(model);
    case 'html':
      return coverageHtml(model, options);
  }
}

/**
 * The model as the paths given see it: findings only for files under them
 * (workspace-relative prefixes, "" for the whole workspace), as `aims check` does.
 */
export function scopeFindings(model: CoverageModel, prefixes: readonly string[]): CoverageModel {
  const inScope = (p: string) => prefixes.some((w) => w === '' || p === w || p.startsWith(w + '/'));
  return { ...model, findings: model.findings.filter((f) => inScope(f.path)) };
}

import type { Rule } from './types.js';

export const yamlSyntax: Rule = {
  code: 'yaml-syntax',
  defaultSeverity: 'error',
  doc: {
    summary: 'YAML (a file or a front-matter block) that cannot be read as written: bad indentation, an unclosed bracket, a duplicate key, unterminated front matter. A second YAML document in one file (valid YAML, which the engine does not read) is a notice.',
    example: 'risks:\n  - id: R-001\n     title: Bias   # indented too far',
    fix: 'Correct the YAML at the marked place; until then the engine reads only what comes before it.',
  },
  check(ctx) {
    for (const p of ctx.doc.problems) if (p.code === 'yaml-syntax') ctx.report({ span: p.span, message: p.message, ...(p.notice ? { atMost: 'information' as const } : {}) });
  },
};

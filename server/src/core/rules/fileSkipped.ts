import type { Rule } from './types.js';

export const fileSkipped: Rule = {
  code: 'file-skipped',
  defaultSeverity: 'information',
  doc: {
    summary: 'A file, or part of one, that was not read: larger than max_file_size, binary, not valid UTF-8, or nested too deeply.',
    example: 'A 60 MB export named risk-log.md.',
    fix: 'Nothing, if the file is not an AIMS document; otherwise split it, or raise max_file_size in .aims.yaml.',
  },
  check(ctx) {
    for (const p of ctx.doc.problems) if (p.code === 'file-skipped') ctx.report({ span: p.span, message: p.message });
  },
};

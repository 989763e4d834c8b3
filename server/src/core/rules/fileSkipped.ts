import type { Rule } from './types.js';

export const fileSkipped: Rule = {
  code: 'file-skipped',
  defaultSeverity: 'information',
  doc: {
    summary: 'A file, or part of one, that was not read as written: larger than max_file_size, binary, not valid UTF-8, nested too deeply, or a CSV record that is malformed (a quote never closed, more fields than the header has columns).',
    example: 'A 60 MB export named risk-log.md.',
    fix: 'Nothing, if the file is not an AIMS document; otherwise split it, raise max_file_size in .aims.yaml, or quote the CSV value as the notice says.',
  },
  check(ctx) {
    for (const p of ctx.doc.problems) if (p.code === 'file-skipped') ctx.report({ span: p.span, message: p.message });
  },
};

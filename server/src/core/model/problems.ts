import type { Span } from '../text/types.js';

/** Something the parser could not read as intended. Rules turn these into findings. */
export interface ParseProblem {
  readonly code: 'yaml-syntax' | 'schema' | 'file-skipped';
  readonly span: Span;
  readonly message: string;
  /** What the reader leaves out of a valid file (a second YAML document), not a mistake in it: reported as a notice. */
  readonly notice?: true;
}

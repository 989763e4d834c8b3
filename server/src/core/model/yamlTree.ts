/**
 * A YAML tree as the engine keeps it: plain values with exact spans (UTF-16 offsets into the
 * document), built by parse/yaml.ts from the yaml package's CST. Mappings keep their pairs in
 * order, duplicates included, so findings can point at each.
 */
import type { Span } from '../text/types.js';

export type YNode = YScalar | YMap | YSeq | YAlias;

export interface YScalar {
  readonly type: 'scalar';
  readonly value: string | number | boolean | null;
  /** The scalar's source text (plain scalars keep "6.10" as written). */
  readonly raw: string;
  readonly span: Span;
}

export interface YPair {
  readonly key: string;
  readonly keySpan: Span;
  readonly value: YNode | null;
  /** From the key to the end of the value. */
  readonly span: Span;
}

export interface YMap {
  readonly type: 'map';
  readonly pairs: readonly YPair[];
  readonly span: Span;
}

export interface YSeq {
  readonly type: 'seq';
  readonly items: readonly YNode[];
  readonly span: Span;
}

export interface YAlias {
  readonly type: 'alias';
  readonly name: string;
  readonly span: Span;
}

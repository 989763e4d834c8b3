/**
 * A closed document's `aims:` fields (and the informal metadata read without an `aims:` block)
 * packed as packedParts.ts packs its references: a field was an object and two spans (136
 * bytes on a 64-bit heap), packed it is six or seven numbers. The rest of the metadata (kind,
 * source, spans of the block) is kept as it is. unpackMeta(packMeta(m)) deep-equals m
 * (test/closed-texts.test.ts, with the models built on demand, which take the summary's meta).
 */
import type { DocumentMeta, FieldItem, FieldValue } from '../model/types.js';
import { SmallMap } from '../util/smallMap.js';
import type { StringTable } from './packedParts.js';

type Rest = Omit<DocumentMeta, 'fields' | 'informal'>;

export class PackedMeta {
  constructor(
    readonly rest: Rest,
    /** Fields, then informal fields when `informal`: count, then per field key, spans and value. */
    readonly nums: Uint16Array | Uint32Array,
    /** Values not in the table: long strings, numbers, booleans. */
    readonly vals: readonly unknown[],
    readonly informal: boolean,
  ) {}
}

const SHARED_TEXT = 24;
const NO_VALUES: readonly unknown[] = [];

/** The metadata packed, or as it is when there is nothing to gain (no fields, or maps of another kind than the kept form's). */
export function packMeta(meta: DocumentMeta, table: StringTable): PackedMeta | DocumentMeta {
  const { fields, informal, ...rest } = meta;
  if (fields.size === 0 || !(fields instanceof SmallMap) || (informal && !(informal instanceof SmallMap))) return meta;
  const nums: number[] = [];
  const vals: unknown[] = [];
  const value = (v: string | number | boolean | null) => {
    if (v === null) nums.push(0);
    else if (typeof v === 'string' && v.length <= SHARED_TEXT) nums.push(1, table.numberOf(v));
    else nums.push(2, vals.push(v) - 1);
  };
  const map = (m: ReadonlyMap<string, FieldValue>) => {
    nums.push(m.size);
    for (const [k, f] of m) {
      nums.push(table.numberOf(k), table.numberOf(f.key), f.keySpan.start, f.keySpan.end, f.valueSpan.start, f.valueSpan.end);
      if (Array.isArray(f.value)) {
        nums.push(3, f.value.length);
        for (const i of f.value as readonly FieldItem[]) {
          value(i.value);
          nums.push(i.span.start, i.span.end);
        }
      } else value(f.value as string | number | boolean | null);
    }
  };
  map(fields);
  if (informal) map(informal);
  let max = 0;
  for (const x of nums) if (x > max) max = x;
  return new PackedMeta(rest, max < 0x10000 ? Uint16Array.from(nums) : Uint32Array.from(nums), vals.length > 0 ? vals : NO_VALUES, informal !== undefined);
}

export function unpackMeta(p: PackedMeta, table: StringTable): DocumentMeta {
  const n = p.nums;
  let i = 0;
  const value = (): string | number | boolean | null => {
    const tag = n[i++]!;
    return tag === 0 ? null : tag === 1 ? table.at(n[i++]!) : (p.vals[n[i++]!] as string | number | boolean);
  };
  const map = (): SmallMap<string, FieldValue> => {
    const entries: [string, FieldValue][] = [];
    for (let count = n[i++]!; count > 0; count--) {
      const k = table.at(n[i++]!);
      const key = table.at(n[i++]!);
      const keySpan = { start: n[i++]!, end: n[i++]! };
      const valueSpan = { start: n[i++]!, end: n[i++]! };
      let v: FieldValue['value'];
      if (n[i] === 3) {
        i++;
        const items: FieldItem[] = [];
        for (let c = n[i++]!; c > 0; c--) {
          const iv = value();
          items.push({ value: iv, span: { start: n[i++]!, end: n[i++]! } });
        }
        v = items;
      } else v = value();
      entries.push([k, { key, keySpan, valueSpan, value: v }]);
    }
    return new SmallMap(entries);
  };
  const fields = map();
  return p.informal ? { ...p.rest, fields, informal: map() } : { ...p.rest, fields };
}

/**
 * A closed document's definitions, risks and SoA entries with their spans as numbers, built into
 * `{ start, end }` when read: the ID's span as one small number (smallSpans.ts), the extent as
 * start and end (a section's extent is often longer than a small span holds). As objects the
 * spans were the last of what a closed summary kept as many small objects: about eleven per
 * document of the bench's workspace, 40 bytes each. An entry whose ID span does not fit small
 * (past the first million characters) stays a plain object.
 *
 * The spans are getters on the prototype, so they are not own properties: a copy made by spreading
 * one of these would lose them. Nothing in the engine spreads an entry (compactSummary builds these
 * from the fields by name), and nothing relies on a span's identity (ARCHITECTURE invariant 16).
 */
import type { Attribute, Definition, EntityType, RiskEntry, SoaEntry } from '../model/types.js';
import type { Span } from '../text/types.js';
import { fitsSmall, smallSpan, spanEnd, spanStart } from './smallSpans.js';

const fits = (s: Span) => fitsSmall(s.start, s.end);
const packed = (s: Span) => smallSpan(s.start, s.end);
const unpacked = (n: number): Span => ({ start: spanStart(n), end: spanEnd(n) });

/** An entry's extent, kept as start and end (a section's is often longer than a small span holds), built when read. */
class ClosedExtent {
  readonly #extentStart: number;
  readonly #extentEnd: number;

  constructor(extent: Span) {
    this.#extentStart = extent.start;
    this.#extentEnd = extent.end;
  }

  get extent(): Span {
    return { start: this.#extentStart, end: this.#extentEnd };
  }
}

class ClosedDefinition extends ClosedExtent implements Definition {
  readonly type: EntityType;
  readonly id: string;
  readonly attributes: ReadonlyMap<string, Attribute>;
  declare readonly title?: string;
  declare readonly weak?: boolean;
  readonly #span: number;

  constructor(d: Definition, id: string, attributes: ReadonlyMap<string, Attribute>, title: string | undefined) {
    super(d.extent);
    this.type = d.type;
    this.id = id;
    this.attributes = attributes;
    this.#span = packed(d.span);
    if (title !== undefined) (this as { title?: string }).title = title;
    if (d.weak !== undefined) (this as { weak?: boolean }).weak = d.weak;
  }

  get span(): Span {
    return unpacked(this.#span);
  }
}

/** A risk's or SoA entry's ID span (one small number) and extent, built when read. */
class ClosedIdSpans extends ClosedExtent {
  readonly #idSpan: number;

  constructor(e: { readonly idSpan: Span; readonly extent: Span }) {
    super(e.extent);
    this.#idSpan = packed(e.idSpan);
  }

  get idSpan(): Span {
    return unpacked(this.#idSpan);
  }
}

class ClosedRisk extends ClosedIdSpans implements RiskEntry {
  readonly id: string;
  readonly attributes: ReadonlyMap<string, Attribute>;

  constructor(r: RiskEntry, id: string, attributes: ReadonlyMap<string, Attribute>) {
    super(r);
    this.id = id;
    this.attributes = attributes;
  }
}

class ClosedSoaEntry extends ClosedIdSpans implements SoaEntry {
  readonly controlId: string;
  declare readonly applicable?: boolean;
  readonly attributes: ReadonlyMap<string, Attribute>;

  constructor(e: SoaEntry, controlId: string, attributes: ReadonlyMap<string, Attribute>) {
    super(e);
    this.controlId = controlId;
    if (e.applicable !== undefined) (this as { applicable?: boolean }).applicable = e.applicable;
    this.attributes = attributes;
  }
}

export function closedDefinition(d: Definition, id: string, attributes: ReadonlyMap<string, Attribute>, title: string | undefined): Definition {
  if (fits(d.span)) return new ClosedDefinition(d, id, attributes, title);
  return { type: d.type, id, span: d.span, extent: d.extent, attributes, ...(title !== undefined ? { title } : {}), ...(d.weak !== undefined ? { weak: d.weak } : {}) };
}

export function closedRisk(r: RiskEntry, id: string, attributes: ReadonlyMap<string, Attribute>): RiskEntry {
  return fits(r.idSpan) ? new ClosedRisk(r, id, attributes) : { id, idSpan: r.idSpan, extent: r.extent, attributes };
}

export function closedSoaEntry(e: SoaEntry, controlId: string, attributes: ReadonlyMap<string, Attribute>): SoaEntry {
  if (fits(e.idSpan)) return new ClosedSoaEntry(e, controlId, attributes);
  return { controlId, idSpan: e.idSpan, extent: e.extent, ...(e.applicable !== undefined ? { applicable: e.applicable } : {}), attributes };
}

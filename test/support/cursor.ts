/**
 * For feature tests: build the workspace of a fixture and return the document
 * and LSP position of its `$0` cursor.
 */
import type { AimsLanguageService, Position } from '../../server/src/core/index.js';
import { workspace } from './check.js';
import { parseFixture } from './fixture.js';
import { uriOf, MemoryHost } from './memoryHost.js';

export interface AtCursor {
  readonly service: AimsLanguageService;
  readonly host: MemoryHost;
  readonly uri: string;
  readonly position: Position;
  readonly offset: number;
}

export async function atCursor(fixture: string, options: { today?: string; settings?: unknown } = {}): Promise<AtCursor> {
  const fx = parseFixture(fixture);
  if (!fx.cursor) throw new Error('fixture has no $0 cursor');
  const { service, host } = await workspace(fx, options);
  const uri = uriOf(fx.cursor.path);
  // `.aims.yaml` is no document; its lines are known when it names sectors (their hover).
  const lines = service.getDocument(uri)?.lines ?? (service.configSectors?.uri === uri ? service.configSectors.lines : undefined);
  if (!lines) throw new Error(`cursor file ${fx.cursor.path} was not read as a document`);
  return { service, host, uri, position: lines.positionAt(fx.cursor.offset), offset: fx.cursor.offset };
}

/** Apply text edits (non-overlapping) to a text, as a client would. */
export function applyEdits(text: string, edits: readonly { range: { start: Position; end: Position }; newText: string }[], offsetAt: (p: Position) => number): string {
  const sorted = [...edits].map((e) => ({ start: offsetAt(e.range.start), end: offsetAt(e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

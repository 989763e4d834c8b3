/**
 * Evidence cells of a statement of applicability, item by item, and whether
 * each item names something real: a file of the workspace (by a path relative
 * to the workspace root or to the SoA itself, or a Markdown link), or an ID a
 * register, heading or `aims.id` defines. Anything else is free text, which is
 * reported but cannot be checked.
 */
import type { EntityType } from '../model/types.js';
import { matchesWhole } from '../parse/entities.js';
import { locationOf, type ModelContext } from './common.js';
import type { EvidenceItem } from './types.js';

/** "POL-001, [log](logs/a.md); SYS-002" -> ["POL-001", "[log](logs/a.md)", "SYS-002"]. */
export function splitEvidence(text: string): string[] {
  const out: string[] = [];
  // Commas inside a Markdown link's text do not separate items.
  const re = /\[[^\]]*\]\([^)]*\)|<br\s*\/?>|[,;\n]|[^,;\n[<]+|[[<]/gi;
  let current = '';
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (/^(?:[,;\n]|<br\s*\/?>)$/i.test(m[0])) {
      out.push(current);
      current = '';
    } else current += m[0];
  }
  out.push(current);
  return out.map((s) => s.replace(/^[\s*_`]+|[\s*_`.]+$/g, '')).filter((s) => s !== '' && !/^(?:-|—|–|none|n\/a|tbd)$/i.test(s));
}

export function resolveEvidence(ctx: ModelContext, text: string, fromPath: string): EvidenceItem[] {
  return splitEvidence(text).map((item) => resolveItem(ctx, item, fromPath));
}

function resolveItem(ctx: ModelContext, item: string, fromPath: string): EvidenceItem {
  const link = /^\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)$/.exec(item);
  const target = link ? link[1]! : item;
  if (link || looksLikePath(target)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return { text: item, kind: 'file', resolved: false };
    const found = findFile(ctx, target.replace(/#.*$/, ''), fromPath);
    return found !== undefined ? { text: item, kind: 'file', resolved: true, target: { path: found, line: 1 } } : { text: item, kind: 'file', resolved: false };
  }
  const index = ctx.service.index;
  const id = item.toUpperCase();
  for (const type of ['document', 'system', 'risk'] as const) {
    const defs = index.definitionsOf(type, id);
    const def = defs.find((d) => !d.item.weak) ?? defs[0];
    if (def) return { text: item, kind: type, resolved: true, target: locationOf(ctx, def.uri, def.item.span) };
  }
  const patterns = ctx.service.config.ids;
  const byPattern: EntityType | undefined = matchesWhole(patterns.document, item) === id ? 'document' : matchesWhole(patterns.system, item) === id ? 'system' : matchesWhole(patterns.risk, item) === id ? 'risk' : undefined;
  if (byPattern) return { text: item, kind: byPattern, resolved: false };
  return { text: item, kind: 'text', resolved: false };
}

function looksLikePath(s: string): boolean {
  return !/\s/.test(s) && (/[\\/]/.test(s) || /^[^.]+\.[a-z0-9]{1,5}$/i.test(s));
}

/** The workspace path a written path names, tried from the root and from the citing document's folder. */
function findFile(ctx: ModelContext, written: string, fromPath: string): string | undefined {
  const w = written.replace(/\\/g, '/');
  const folder = fromPath.includes('/') ? fromPath.slice(0, fromPath.lastIndexOf('/') + 1) : '';
  for (const candidate of [normalize(w.replace(/^\/+/, '')), w.startsWith('/') ? undefined : normalize(folder + w)])
    if (candidate !== undefined && ctx.files.has(candidate)) return candidate;
  return undefined;
}

function normalize(p: string): string | undefined {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(safeDecode(part));
  }
  return out.join('/');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

import type { Rule } from './types.js';
import type { Definition } from '../model/types.js';
import type { IndexReader, Located } from '../workspaceIndex/workspaceIndex.js';
import { isRetired } from './util.js';
import { definitionKeysOf } from '../workspaceIndex/facts.js';

/** Folders that keep old copies of a repository's files. */
const ARCHIVE = /\/(?:_history|\.history|history|archive|archived|old|previous)\/(?:[0-9a-f]{7,40}\/|v?\d+(?:[.-]\d+)*\/)?/i;

/** Whether one URI is an archived copy of the other (same path below the archive folder), or the two are the same. */
export function isArchivedCopy(a: string, b: string): boolean {
  if (a === b) return false;
  const tail = (u: string) => {
    const m = ARCHIVE.exec(u);
    return m ? u.slice(m.index + m[0].length) : undefined;
  };
  const ta = tail(a);
  const tb = tail(b);
  if (ta !== undefined && tb === undefined) return b.endsWith('/' + ta);
  if (tb !== undefined && ta === undefined) return a.endsWith('/' + tb);
  return false;
}

export const duplicateId: Rule = {
  code: 'duplicate-id',
  defaultSeverity: 'error',
  doc: {
    summary: 'The same risk, AI system or document ID is defined twice (an AI system\'s record and an inventory row listing it by the same name are one system, as are two inventories listing it by the same name; rows that merely list an ID, as a master document list does, do not count, nor do retired documents kept for the record, nor an archived copy of the same file under _history/ or archive/).',
    example: 'risks:\n  - id: R-001 ...\n  - id: R-001 ...',
    fix: 'Give one of them a new ID (rename updates every reference), or merge the two entries. The quick fix renumbers a definition to the next ID nothing in the workspace defines or cites.',
  },
  checkInWorkspace(ctx) {
    // A retired document (an earlier version kept for the record) shares its IDs with the one that replaced it.
    if (isRetired(ctx.doc)) return;
    // Defined once (nearly every ID): nothing to filter, and the documents' standing cannot make
    // it twice. Asked once for the whole workspace: a register's thousands of IDs, each looked
    // up on every edit, make no lists and note no keys.
    const repeated = ctx.index.repeatedDefinitions();
    if (repeated.size === 0) return;
    for (const d of ctx.doc.definitions) {
      if (d.weak || !repeated.has(definitionKeysOf(d.type, d.id)[0])) continue;
      // An archived snapshot of this very file (_history/<commit>/..., archive/...) repeats its IDs: not a second definition.
      const found = ctx.index.definitionsOf(d.type, d.id);
      let all = found.filter((o) => !o.item.weak && !ctx.index.isRetired(o.uri) && !isArchivedCopy(o.uri, ctx.doc.uri));
      if (d.type === 'system') all = withoutListings(all, ctx.index);
      if (all.length < 2) continue;
      const others = all.filter((o) => !(o.uri === ctx.doc.uri && o.item.span.start === d.span.start));
      ctx.report({
        span: d.span,
        message: `The ${d.type} ID ${d.id} is defined ${all.length} times.`,
        related: others.map((o) => ({ uri: o.uri, span: o.item.span, message: `${d.id} is also defined here` })),
        data: { type: d.type, id: d.id },
      });
    }
  },
};

/**
 * An AI system's record (a document whose declared ID is the system's) and the inventory rows
 * that list it are one system: an AIMS keeps both, so the pair is no second definition. A row
 * whose name shares no word with the record's title may be another system given the same ID,
 * and still counts; a row without a name is a listing. Without a record, the first definition
 * stands for it: another document's row naming the same system lists it again (an inventory
 * and its export), while a second row in the first's own document is a duplicate.
 */
function withoutListings(all: Located<Definition>[], index: IndexReader): Located<Definition>[] {
  const isRecord = (o: Located<Definition>) => index.definitionsOf('document', o.item.id).some((x) => x.uri === o.uri && x.item.span.start === o.item.span.start);
  const records = all.filter(isRecord);
  if (records.length > 1) return all;
  // No record: an inventory and its export ("index.md" and "register-export.csv") list the same
  // systems; a row of another document naming the first's system is that system listed again.
  const first = records[0] ?? all[0]!;
  const named = words(first.item.title);
  return all.filter((o) => {
    if (o === first || (records.length === 0 && o.uri === first.uri)) return true;
    const listed = [...words(o.item.title)];
    return named.size > 0 && listed.length > 0 && !listed.some((w) => named.has(w));
  });
}

/** The words of a title that name a system: four letters or more ("AI", "the" never match), not the generic ones. */
function words(title: string | undefined): Set<string> {
  return new Set(((title ?? '').toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).filter((w) => !GENERIC.has(w)));
}

const GENERIC = new Set(['system', 'systems', 'model', 'models', 'tool', 'service', 'platform', 'record', 'with', 'from', 'based']);

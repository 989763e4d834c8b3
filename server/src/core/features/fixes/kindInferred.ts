/**
 * kind-inferred: declare the kind the engine inferred, with the fields a declared document
 * of that kind must carry (the six common ones and the kind's own, as the templates write
 * them): front matter at the top of a Markdown file (after a BOM), an `aims:` key at the end
 * of front matter that has none, or the first top-level key of a YAML mapping. Values come
 * from what the document already says (its informal title, owner, version and status, its
 * own document ID, the AI systems it cites), else the template's start: a free ID
 * (features/newDocument.ts freeIdIn), the title, status draft, version "0.1", and an empty
 * owner for the writer to fill in. JSON, TOML and CSV files are declared by hand (the message says how).
 */
import { APPROVAL_FIELDS, COMMON_FIELDS, STATUSES, getKind, kindNoun, type KindSpec } from '../../catalogue/kinds.js';
import { metaField } from '../../parse/meta.js';
import { defaultId } from '../../templates/layout.js';
import { freeIdIn } from '../newDocument.js';
import { edit, insert, isFlow, lineStartAt, mergeFirstFixes, topLevelBlankSeparated, yamlPair, yamlRoot, yamlScalar, type FixContext, type FixProvider } from './util.js';

export const kindInferredFix: FixProvider = {
  code: 'kind-inferred',
  fixes(ctx, finding) {
    const { doc } = ctx;
    const kind = typeof finding.data?.['kind'] === 'string' ? getKind(finding.data['kind']) : undefined;
    if (!kind || doc.meta.source !== 'none' || doc.meta.kind !== kind.id) return [];
    const eol = doc.lines.eol;
    const block = ['aims:', ...declaration(ctx, kind).map(([k, v]) => '  ' + yamlPair(k, v))].join(eol) + eol;
    const title = `Declare this ${kindNoun(kind)}: add an aims block (kind: ${kind.id})`;
    if (doc.languageId === 'markdown') {
      const fm = doc.meta.frontMatterSpan;
      if (fm) {
        // Before the closing fence of front matter that declares nothing.
        const close = closingFence(ctx, fm);
        return close === undefined ? [] : [{ title, edit: edit(doc.uri, [insert(doc, close, block)]), isPreferred: true }];
      }
      const at = doc.text.startsWith('\uFEFF') ? 1 : 0;
      const after = doc.text.length > at ? eol : '';
      return [{ title, edit: edit(doc.uri, [insert(doc, at, `---${eol}${block}---${eol}${after}`)]), isPreferred: true }];
    }
    if (doc.languageId !== 'yaml') return [];
    const root = yamlRoot(doc);
    if (root === null) {
      if (doc.text.trim() !== '') return [];
      return [{ title, edit: edit(doc.uri, [insert(doc, doc.text.length, block)]), isPreferred: true }];
    }
    // A list at the top, or a flow mapping, has no place for a key of its own.
    if (root.type !== 'map' || isFlow(doc, root) || root.pairs.length === 0) return [];
    const first = root.pairs[0]!;
    const at = lineStartAt(doc, first.keySpan.start);
    if (doc.text.slice(at, first.keySpan.start).trim() !== '' || first.keySpan.start !== at) return [];
    return [{ title, edit: edit(doc.uri, [insert(doc, at, block + (topLevelBlankSeparated(doc, root) ? eol : ''))]), isPreferred: true }];
  },
  fixAll(ctx, findings) {
    return mergeFirstFixes(this, ctx, findings);
  },
};

/** The offset of the line of front matter's closing fence ("---" or "..."). */
function closingFence(ctx: FixContext, fm: { start: number; end: number }): number | undefined {
  const { doc } = ctx;
  const first = doc.lines.positionAt(fm.start).line;
  for (let line = doc.lines.positionAt(fm.end).line; line > first; line--) {
    const start = doc.lines.lineStart(line);
    if (start < fm.end && /^(?:---|\.\.\.)[ \t]*$/.test(doc.text.slice(start, doc.lines.lineEnd(line)))) return start;
  }
  return undefined;
}

/** [key, YAML value] for each field the kind needs declared. */
function declaration(ctx: FixContext, kind: KindSpec): [string, string][] {
  const { doc, service } = ctx;
  const informal = (key: string) => {
    const v = metaField(doc.meta, key)?.value;
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : undefined;
  };
  const own = doc.definitions.find((d) => d.type === 'document' && !d.weak)?.id;
  const status = informal('status');
  const values: Record<string, string> = {
    kind: kind.id,
    id: own ?? freeIdIn(service, defaultId(kind.id, service.today().slice(0, 4)), 'document'),
    title: yamlScalar(informal('title') ?? doc.title ?? kind.name),
    owner: yamlScalar(informal('owner') ?? ''),
    version: yamlScalar(informal('version') ?? '0.1'),
    status: status && (STATUSES as readonly string[]).includes(status) ? status : 'draft',
  };
  const out: [string, string][] = COMMON_FIELDS.map((k) => [k, values[k]!]);
  const approved = values['status'] === 'approved';
  for (const f of [...(approved ? APPROVAL_FIELDS : []), ...kind.fields]) {
    if (out.some(([k]) => k === f) || (!approved && (APPROVAL_FIELDS as readonly string[]).includes(f))) continue;
    if (f === 'systems') {
      const cited = [...new Set(doc.references.filter((r) => r.type === 'system').map((r) => r.id))];
      out.push([f, `[${cited.join(', ')}]`]);
    } else {
      const v = informal(f);
      out.push([f, v ? (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : yamlScalar(v)) : '""']);
    }
  }
  return out;
}

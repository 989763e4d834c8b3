/**
 * dangling-reference: for a risk ID defined nowhere, add a stub for it to the
 * workspace's risk register (a YAML `risks:` item or a table row). Systems and
 * documents have no register to add to, so they get no fix.
 */
import type { Finding } from '../../model/findings.js';
import type { AimsDocument, DocumentSummary } from '../../model/types.js';
import { getPair } from '../../parse/yaml.js';
import { isRetired } from '../../rules/util.js';
import type { AimsLanguageService } from '../../service/api.js';
import type { TextEdit } from '../types.js';
import { appendYamlItems, cellIndexAt, edit, insert, lineEndAt, tableOf, tableRow, type FixContext, yamlRoot, type FixProvider, readOnlyData } from './util.js';

/** The keys of a new YAML risk, with empty values to fill in. */
const STUB_KEYS: readonly (readonly [string, string])[] = [
  ['title', '""'],
  ['owner', '""'],
  ['likelihood', ''],
  ['impact', ''],
  ['treatment', '""'],
  ['controls', '[]'],
  ['status', '""'],
];

export const danglingReferenceFix: FixProvider = {
  code: 'dangling-reference',
  fixes(ctx, finding) {
    const id = riskId(finding);
    const made = id ? stubs(ctx, [id]) : undefined;
    if (!id || !made) return [];
    return [{ title: `Create ${id} in the risk register`, edit: edit(made.uri, [made.edit]) }];
  },
  fixAll(ctx, findings) {
    const ids = [...new Set(findings.map(riskId).filter((x): x is string => x !== undefined))];
    const made = stubs(ctx, ids);
    return made ? edit(made.uri, [made.edit]) : undefined;
  },
};

function riskId(f: Finding): string | undefined {
  const { type, id } = f.data ?? {};
  return type === 'risk' && typeof id === 'string' && id !== '' ? id : undefined;
}

function stubs(ctx: FixContext, ids: readonly string[]): { uri: string; edit: TextEdit } | undefined {
  if (ids.length === 0) return undefined;
  for (const summary of registers(ctx.service)) {
    const register = ctx.service.getDocument(summary.uri);
    // Stubs are YAML items or Markdown rows: a CSV or JSON register is left to its own tools.
    if (!register || readOnlyData(register.languageId)) continue;
    const e = register.languageId === 'yaml' ? yamlStubs(register, ids) : tableStubs(register, ids);
    if (e) return { uri: register.uri, edit: e };
  }
  return undefined;
}

/** Risk registers in force, those that already list risks and declare their kind first. */
function registers(service: AimsLanguageService): DocumentSummary[] {
  const rank = (d: DocumentSummary) => (d.risks.length > 0 ? 0 : 2) + (d.meta.kindSource === 'declared' ? 0 : 1);
  return service
    .documents()
    .filter((d) => d.meta.kind === 'risk-register' && !isRetired(d))
    .sort((a, b) => rank(a) - rank(b) || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

function yamlStubs(doc: AimsDocument, ids: readonly string[]): TextEdit | undefined {
  const root = yamlRoot(doc);
  const list = getPair(root, 'risks')?.value;
  if (list && list.type !== 'seq' && !(list.type === 'scalar' && list.value === null)) return undefined;
  return appendYamlItems(
    doc,
    root,
    'risks',
    ids.map((id) => [['id', id], ...STUB_KEYS]),
  );
}

/** A row after the last row of the register's first risk table, with the ID in its ID column. */
function tableStubs(doc: AimsDocument, ids: readonly string[]): TextEdit | undefined {
  const first = doc.risks[0];
  const table = first && tableOf(doc, first.extent);
  if (!first || !table) return undefined;
  const idRow = table.rows.find((r) => cellIndexAt(r, first.idSpan.start) >= 0);
  const idCol = idRow ? cellIndexAt(idRow, first.idSpan.start) : -1;
  const last = table.rows[table.rows.length - 1];
  if (idCol < 0 || !last || last.length === 0) return undefined;
  const width = Math.max(table.header.length, last.length);
  const eol = doc.lines.eol;
  const rows = ids.map((id) => tableRow(doc, last, Array.from({ length: width }, (_, i) => (i === idCol ? id : ''))));
  return insert(doc, lineEndAt(doc, last[0]!.span.start), rows.map((r) => eol + r).join(''));
}

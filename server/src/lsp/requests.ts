/**
 * The custom requests of protocol/requests.ts: rule documentation, coverage
 * (summary, model, HTML report), the statement of applicability, new documents
 * from templates and re-indexing. Each
 * waits for its folders' first index and answers from the core; nothing here
 * writes a file (an SoA update goes back to the client as text to apply).
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { KINDS, RULES, exampleLanguage, computeCoverage, computeCoverageModel, generateSoa, getNewDocument, soaUpdateProblem, templateChoices, updateSoa } from '../core/index.js';
import { coverageHtml } from '../report/html.js';
import {
  CoverageModelRequest,
  CoverageReportRequest,
  CoverageRequest,
  NewDocumentRequest,
  ReindexRequest,
  RestrictedRequest,
  RulesRequest,
  SoaRequest,
  TemplatesRequest,
  type CoverageModelPayload,
  type CoverageParams,
  type CoverageReportPayload,
  type CoverageSummaryPayload,
  type SoaPayload,
} from '../../../protocol/requests.js';
import type { Folder, Folders } from './folders.js';
import { baseName } from '../../../protocol/uris.js';

export interface RequestContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly folders: Folders;
  /** Index a folder again from its files (background, with progress); resolves when done. */
  readonly reindex: (folderUri: string) => Promise<void>;
  readonly version: string;
}

export function registerRequests(ctx: RequestContext): void {
  const { connection, folders } = ctx;
  const chosen = async (params: CoverageParams | undefined): Promise<Folder[]> => {
    // A folder named by the client is a workspace folder's URI (not a document's): look it up as such.
    const named = params?.folder ? folders.workspaceFolder(params.folder) : undefined;
    const list = params?.folder ? (named ? [named] : []) : folders.all().filter((f) => !f.adhoc);
    await Promise.all(list.map((f) => f.ready));
    return list;
  };

  connection.onRequest(RulesRequest, () =>
    RULES.map((r) => ({ code: r.code, defaultSeverity: r.defaultSeverity, summary: r.doc.summary, example: r.doc.example, exampleLanguage: exampleLanguage(r.doc.example), fix: r.doc.fix })),
  );

  connection.onRequest(CoverageRequest, async (params): Promise<CoverageSummaryPayload[]> =>
    (await chosen(params)).map((f) => {
      const findings = f.service.getAllFindings();
      const count = (s: string) => findings.filter((x) => x.severity === s).length;
      return { folder: f.uri, ...computeCoverage(f.service), errors: count('error'), warnings: count('warning') };
    }),
  );

  connection.onRequest(CoverageModelRequest, async (params): Promise<CoverageModelPayload[]> =>
    (await chosen(params)).map((f) => ({ folder: f.uri, model: computeCoverageModel(f.service) })),
  );

  // csp: false: the webview sets its own policy (client/src/reportHtml.ts), which a second one would tighten past its link script.
  connection.onRequest(CoverageReportRequest, async (params): Promise<CoverageReportPayload[]> =>
    (await chosen(params)).map((f) => ({ folder: f.uri, html: coverageHtml(computeCoverageModel(f.service), { workspace: folderName(f.uri), version: ctx.version, csp: false }) })),
  );

  connection.onRequest(SoaRequest, async (params): Promise<SoaPayload> => {
    const [folder] = await chosen(params);
    if (!folder) throw new Error(params?.folder ? `${params.folder} is not a workspace folder` : 'no workspace folder is open');
    const model = computeCoverageModel(folder.service);
    // The statement in force: the first one the model found (a retired one is never updated).
    const path = model.annexA.soaDocuments[0]?.path;
    const found = path === undefined ? undefined : folder.service.documents().find((d) => folder.service.relativePathOf(d.uri) === path);
    // The update rewrites tables in place, so it needs the full model (closed documents keep only summaries).
    const doc = found && folder.service.getDocument(found.uri);
    if (doc && (doc.languageId === 'markdown' || doc.languageId === 'yaml')) {
      const text = updateSoa(doc, model);
      // Never hand the editor an update of a file that was not read in full, or one that would be incomplete.
      const problem = soaUpdateProblem(doc, text, folder.service.config, path!);
      if (problem) throw new Error(`${path} was not updated: ${problem}.`);
      const version = ctx.documents.get(doc.uri)?.version;
      return { folder: folder.uri, target: doc.uri, ...(version !== undefined ? { version } : {}), text, changed: text !== doc.text, format: doc.languageId };
    }
    const format = params?.format ?? 'markdown';
    return { folder: folder.uri, text: generateSoa(model, format), changed: true, format };
  });

  connection.onRequest(TemplatesRequest, () => [...templateChoices()]);

  connection.onRequest(NewDocumentRequest, async (params) => {
    const kind = KINDS.find((k) => k.id === params.kind);
    if (!kind) throw new Error(`"${params.kind}" is not a kind of AIMS document`);
    // The folder's IDs make the new one unique; without a folder the template's own is used.
    const [folder] = await chosen(params.folder ? { folder: params.folder } : undefined);
    const { kind: _k, format, folder: _f, ...options } = params;
    return getNewDocument(folder?.service, kind.id, format, options);
  });

  connection.onRequest(RestrictedRequest, async () => {
    const list = folders.all().filter((f) => !f.adhoc);
    await Promise.all(list.map((f) => f.configReady));
    return list.map((f) => ({ folder: f.uri, ignored: f.service.ignoredConfigKeys }));
  });

  connection.onRequest(ReindexRequest, async () => {
    await Promise.all(folders.all().filter((f) => !f.adhoc).map((f) => ctx.reindex(f.uri)));
  });
}

function folderName(uri: string): string {
  return baseName(uri) || uri;
}

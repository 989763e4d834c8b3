/**
 * Decides when this workspace is an AIMS workspace, so the language server starts only
 * there: a `.aims.yaml` in a folder, `aims.documents.kinds` set in the settings, an open
 * Markdown/YAML document that declares itself (an `aims:` block near its top) or mentions
 * ISO/IEC 42001 in its first few KB, or workspace files that the engine would recognise
 * (recognise.ts: names that name document kinds, confirmed by the first few KB of a handful
 * of them). Elsewhere it costs one bounded file search, a few small reads, and a look at
 * the start of each document that opens.
 */
import * as vscode from 'vscode';
import { declaresAims } from './declares.js';
import { HEAD_BYTES, mentionsAims, planGate } from './recognise.js';

/** Why the server started: the configuration, or what the gate saw in a document. */
export type GateReason = 'config' | 'settings' | 'declared' | 'mentions' | 'names' | 'command';
export interface GateOpening {
  readonly reason: GateReason;
  /** The document that showed it, when one did. */
  readonly uri?: vscode.Uri;
}

/** The file search is bounded: a huge workspace still has the open-document check. */
const MAX_FILES = 3000;
/** Files larger than this are not read by the gate (a document's start is in its first KB anyway). */
const MAX_READ_SIZE = 1 << 20;

export class AimsGate implements vscode.Disposable {
  private opening: GateOpening | undefined;
  private readonly listeners: vscode.Disposable[] = [];

  constructor(private readonly onOpen: (why: GateOpening) => void) {}

  /** Why the gate opened, if it did. */
  get reason(): GateOpening | undefined {
    return this.opening;
  }

  /** Checks the workspace now, then every document as it opens. */
  async watch(): Promise<void> {
    this.listeners.push(vscode.workspace.onDidOpenTextDocument((d) => this.consider(d)));
    for (const d of vscode.workspace.textDocuments) this.consider(d);
    if (this.opening) return;
    const kinds = vscode.workspace.getConfiguration('aims').get<unknown[]>('documents.kinds');
    if (Array.isArray(kinds) && kinds.length > 0) return this.open({ reason: 'settings' });
    const config = await vscode.workspace.findFiles('**/.aims.{yaml,yml}', '**/node_modules/**', 1);
    if (this.opening) return;
    if (config.length > 0) return this.open({ reason: 'config', uri: config[0]! });
    await this.scan();
  }

  open(why: GateOpening = { reason: 'command' }): void {
    if (this.opening) return;
    this.opening = why;
    this.dispose();
    this.onOpen(why);
  }

  /** The workspace's Markdown (MDX too), YAML and CSV file names, then the starts of a few of them. */
  private async scan(): Promise<void> {
    const uris = await vscode.workspace.findFiles('**/*.{md,markdown,mdx,yaml,yml,csv}', '**/{node_modules,.git}/**', MAX_FILES);
    if (this.opening) return;
    const plan = planGate(uris.map((uri) => ({ path: vscode.workspace.asRelativePath(uri, false), item: uri })));
    if (plan.start) return this.open({ reason: 'names', uri: plan.start });
    for (const uri of plan.read) {
      const head = await readHead(uri);
      if (this.opening) return;
      if (head === undefined) continue;
      if (declaresAims(head)) return this.open({ reason: 'declared', uri });
      if (mentionsAims(head)) return this.open({ reason: 'mentions', uri });
    }
  }

  private consider(d: vscode.TextDocument): void {
    // An MDX page's language is the MDX extension's, where one is installed.
    if (this.opening || (d.languageId !== 'markdown' && d.languageId !== 'yaml' && !d.uri.path.endsWith('.mdx'))) return;
    if (d.uri.path.endsWith('/.aims.yaml') || d.uri.path.endsWith('/.aims.yml')) return this.open({ reason: 'config', uri: d.uri });
    const head = d.getText(new vscode.Range(new vscode.Position(0, 0), d.positionAt(HEAD_BYTES)));
    if (declaresAims(head)) return this.open({ reason: 'declared', uri: d.uri });
    if (mentionsAims(head)) this.open({ reason: 'mentions', uri: d.uri });
  }

  dispose(): void {
    for (const l of this.listeners.splice(0)) l.dispose();
  }
}

async function readHead(uri: vscode.Uri): Promise<string | undefined> {
  try {
    if ((await vscode.workspace.fs.stat(uri)).size > MAX_READ_SIZE) return undefined;
    const bytes = await vscode.workspace.fs.readFile(uri);
    return new TextDecoder().decode(bytes.subarray(0, HEAD_BYTES));
  } catch {
    return undefined;
  }
}

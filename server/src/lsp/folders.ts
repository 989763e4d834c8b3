/**
 * Workspace folders -> language services. Each folder has its own service
 * (its own .aims.yaml); a document belongs to the folder that contains it, and
 * files outside every folder get a single-file service of their own.
 * Folders are found by their canonical URI (protocol/uris.ts): a document sent as
 * file:///C:/w/aims/a.md belongs to the folder file:///c%3A/w/aims, and one in
 * …/aims2 does not belong to …/aims. Each keeps the URI its client gave.
 */
import { createLanguageService, type AimsHost, type AimsLanguageService, type WorkspaceFile } from '../core/index.js';
import { baseName, canonicalUri, folderKey, relativePathOf } from '../../../protocol/uris.js';

/** What the client said at initialize that the host needs (initializationOptions). */
export interface HostOptions {
  /** A folder the client gives the extension for its data (VS Code: context.storageUri); the index cache goes there. */
  readonly storagePath?: string;
  /** false: no persistent index cache. */
  readonly indexCache?: boolean;
}

/** What the client said at initialize that the services need. */
export interface TrustOptions {
  /** The client's workspace is untrusted (VS Code's Restricted Mode): see ServiceOptions.restricted. */
  readonly restricted?: boolean;
  /**
   * The client pulls diagnostics (LSP 3.17) for the documents it shows. Without it the server
   * pushes every document's, so the rules run while indexing, on the model at hand; with it,
   * on demand (ServiceOptions.reportsWhileIndexing).
   */
  readonly pull?: boolean;
}

export type HostFactory = (folderUri: string, options: HostOptions) => AimsHost;

export interface Folder {
  /** The folder's URI as the client gave it, ending in '/'. */
  readonly uri: string;
  readonly service: AimsLanguageService;
  /** Resolves when the first index of the folder has finished (requests wait for it). */
  readonly ready: Promise<void>;
  /** Called by whoever indexes the folder. */
  readonly markReady: () => void;
  /** True once the first index has finished: until then cross-file findings would be premature. */
  readonly isReady: () => boolean;
  /** Resolves when the folder's configuration is known: findings of a document alone can be shown from then on. */
  readonly configReady: Promise<void>;
  readonly markConfigReady: () => void;
  /** Made for documents outside every workspace folder: holds the open documents of one directory, never lists its files. */
  readonly adhoc: boolean;
}

export class Folders {
  /** By folderKey (canonical, ending in '/'). */
  private readonly folders = new Map<string, Folder>();

  private hostOptions: HostOptions = {};

  private restricted = false;
  private pull = false;

  constructor(
    private readonly makeHost: HostFactory,
    private settings: unknown,
  ) {}

  /** Settings and host options from initializationOptions, before any folder exists. */
  useInitialSettings(settings: unknown, hostOptions: HostOptions = {}, trust: TrustOptions = {}): void {
    this.settings = settings;
    this.hostOptions = hostOptions;
    this.restricted = trust.restricted === true;
    this.pull = trust.pull === true;
  }

  add(uri: string, adhoc = false): Folder {
    const key = folderKey(uri);
    let f = this.folders.get(key);
    if (!f || (f.adhoc && !adhoc)) {
      let resolveReady = () => {};
      let resolveConfig = () => {};
      let done = false;
      const ready = new Promise<void>((resolve) => (resolveReady = resolve));
      const configReady = new Promise<void>((resolve) => (resolveConfig = resolve));
      const markReady = () => {
        done = true;
        resolveConfig();
        resolveReady();
      };
      const host = this.makeHost(withSlash(uri), this.hostOptions);
      // An ad hoc folder could be a home folder: its service must never list (index) it, not even on a settings change.
      const service = createLanguageService(adhoc ? openDocumentsOnly(host) : host, { settings: this.settings, restricted: this.restricted, reportsWhileIndexing: !this.pull });
      f = { uri: withSlash(uri), service, ready, markReady, isReady: () => done, configReady, markConfigReady: resolveConfig, adhoc };
      this.folders.set(key, f);
    }
    return f;
  }

  remove(uri: string): void {
    this.folders.delete(folderKey(uri));
  }

  /** A workspace folder by its own URI (with or without the trailing slash); never an ad hoc one. */
  workspaceFolder(folderUri: string): Folder | undefined {
    const f = this.folders.get(folderKey(folderUri));
    return f && !f.adhoc ? f : undefined;
  }

  all(): Folder[] {
    return [...this.folders.values()];
  }

  /**
   * The folder owning a document: the innermost workspace folder holding it (whole segments,
   * compared canonically), else the ad hoc folder of its own directory (not a parent's: which
   * documents share a service must not depend on the order they were opened in).
   */
  folderOf(documentUri: string): Folder | undefined {
    const doc = canonicalUri(documentUri);
    let best: Folder | undefined;
    let bestKey = '';
    for (const [key, f] of this.folders)
      if (!f.adhoc && doc.startsWith(key) && doc.length > key.length && key.length > bestKey.length) {
        best = f;
        bestKey = key;
      }
    return best ?? this.folders.get(folderKey(dirOf(documentUri)));
  }

  /** The folder for a document, creating a single-file folder (its directory) when none contains it. */
  folderFor(documentUri: string): Folder {
    const f = this.folderOf(documentUri);
    if (f) return f;
    // A file outside every workspace folder: a service of its own for the open documents
    // of its directory, never indexed (the directory could be a home folder).
    const adhoc = this.add(dirOf(documentUri), true);
    adhoc.markReady();
    return adhoc;
  }

  fileOf(documentUri: string): WorkspaceFile {
    const folder = this.folderFor(documentUri);
    return { uri: documentUri, relativePath: relativePathOf(folder.uri, documentUri) ?? baseName(documentUri) };
  }

  /**
   * New settings for every folder. `reindex: false` before the first index, which reads
   * the workspace with them anyway (re-reading it here too doubled the start-up work).
   */
  async setSettings(settings: unknown, reindex = true): Promise<void> {
    this.settings = settings;
    if (!reindex) for (const f of this.all()) f.service.configure(settings);
    else await Promise.all(this.all().map((f) => f.service.updateSettings(settings)));
  }
}

/** The directory of a document, spelt as the document's URI is (a new ad hoc folder keeps the client's spelling). */
function dirOf(documentUri: string): string {
  return documentUri.slice(0, documentUri.lastIndexOf('/') + 1);
}

/** A host that reads files (a closed document falls back to its file) but lists none, and caches nothing. */
function openDocumentsOnly(host: AimsHost): AimsHost {
  return { listFiles: async () => [], readFile: (uri, maxBytes) => host.readFile(uri, maxBytes), today: () => host.today(), ...(host.log ? { log: (m: string) => host.log!(m) } : {}) };
}

function withSlash(uri: string): string {
  return uri.endsWith('/') ? uri : uri + '/';
}

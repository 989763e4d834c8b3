/**
 * A file-system host for the core: lists the files under a workspace root
 * (never following symbolic links to folders, so link loops cannot trap it)
 * and reads them. The only file-system code besides the CLI entry.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AimsHost, WorkspaceFile } from '../core/index.js';

const PRUNE = new Set(['.git', 'node_modules', '.hg', '.svn', '.vscode-test']);

export class FileSystemHost implements AimsHost {
  constructor(
    readonly root: string,
    /** A fixed date, or a clock (a long-running server crosses midnight). */
    private readonly todayValue: string | (() => string),
    private readonly configFile?: string,
    readonly log: (message: string) => void = () => {},
  ) {}

  async listFiles(): Promise<WorkspaceFile[]> {
    const out: WorkspaceFile[] = [];
    const stack = [this.root];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      let entries;
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch (e) {
        this.log(`cannot list ${dir}: ${(e as Error).message}`);
        continue;
      }
      for (const e of entries) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!PRUNE.has(e.name)) stack.push(full);
        } else if (e.isFile() || e.isSymbolicLink()) {
          let size: number | undefined;
          try {
            const st = await fs.stat(full); // follows a file link; a dangling or looping link fails here
            if (!st.isFile()) continue;
            size = st.size;
          } catch {
            continue;
          }
          out.push({ uri: pathToFileURL(full).href, relativePath: path.relative(this.root, full).split(path.sep).join('/'), size });
        }
      }
    }
    if (this.configFile) {
      const abs = path.resolve(this.configFile);
      const st = await fs.stat(abs).catch(() => undefined);
      if (st?.isFile()) {
        // An explicit --config stands in for .aims.yaml at the root.
        const rest = out.filter((f) => f.relativePath !== '.aims.yaml' && f.relativePath !== '.aims.yml');
        rest.push({ uri: pathToFileURL(abs).href, relativePath: '.aims.yaml', size: st.size });
        return sortFiles(rest);
      }
    }
    return sortFiles(out);
  }

  async readFile(uri: string): Promise<Uint8Array | undefined> {
    try {
      return await fs.readFile(new URL(uri));
    } catch (e) {
      this.log(`cannot read ${uri}: ${(e as Error).message}`);
      return undefined;
    }
  }

  today(): string {
    return typeof this.todayValue === 'string' ? this.todayValue : this.todayValue();
  }
}

function sortFiles(files: WorkspaceFile[]): WorkspaceFile[] {
  return files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}

/** The workspace root for a path: the nearest folder upward holding .aims.yaml, else the path's folder. */
export async function findWorkspaceRoot(start: string): Promise<string> {
  const abs = path.resolve(start);
  const st = await fs.stat(abs).catch(() => undefined);
  const first = st?.isDirectory() ? abs : path.dirname(abs);
  for (let dir = first; ; dir = path.dirname(dir)) {
    for (const name of ['.aims.yaml', '.aims.yml']) if (await fs.stat(path.join(dir, name)).catch(() => undefined)) return dir;
    if (path.dirname(dir) === dir) break;
  }
  return first;
}

/**
 * An in-memory workspace for tests: files from a multi-file fixture string,
 * a fixed date, no disk. Implements the same AimsHost the CLI and server use.
 */
import type { AimsHost, WorkspaceFile } from '../../server/src/core/index.js';

export const ROOT = 'file:///ws/';

export class MemoryHost implements AimsHost {
  readonly files = new Map<string, Uint8Array>();
  readonly logs: string[] = [];

  constructor(
    files: Record<string, string | Uint8Array>,
    private readonly date = '2026-11-28',
  ) {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
  }

  write(path: string, content: string | Uint8Array): void {
    this.files.set(uriOf(path), typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  delete(path: string): void {
    this.files.delete(uriOf(path));
  }

  async listFiles(): Promise<WorkspaceFile[]> {
    return [...this.files.entries()].map(([uri, bytes]) => ({ uri, relativePath: uri.slice(ROOT.length), size: bytes.length }));
  }

  async readFile(uri: string, maxBytes?: number): Promise<Uint8Array | undefined> {
    const bytes = this.files.get(uri);
    return bytes && maxBytes !== undefined && bytes.length > maxBytes + 1 ? bytes.subarray(0, maxBytes + 1) : bytes;
  }

  today(): string {
    return this.date;
  }

  log(message: string): void {
    this.logs.push(message);
  }
}

export function uriOf(path: string): string {
  return ROOT + path.replace(/^\/+/, '');
}

export function pathOf(uri: string): string {
  return uri.startsWith(ROOT) ? uri.slice(ROOT.length) : uri;
}

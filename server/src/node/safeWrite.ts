/**
 * Reading and replacing the one file the CLI ever writes (`aims soa --update FILE --write`).
 * Reads are capped in bytes (a file's stated size is not trusted); writes replace the file
 * only inside the workspace root (real paths, so a symbolic link cannot lead out of it), and
 * atomically: a temporary file in the same folder, with the file's permissions, renamed over
 * the target after checking the file did not change since it was read.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

/** Up to `cap` bytes of a file (a longer file gives `cap` bytes: the caller knows it is too long). */
export async function readCapped(file: string, cap: number): Promise<Uint8Array> {
  const handle = await fs.open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < cap) {
      const buf = Buffer.alloc(Math.min(cap - total, 1 << 20));
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** Whether `file` (its real path) lies inside the folder `root` (its real path). */
export async function insideRoot(file: string, root: string): Promise<boolean> {
  const [realFile, realRoot] = await Promise.all([fs.realpath(file), fs.realpath(root)]);
  const rel = path.relative(realRoot, realFile);
  return rel !== '' && !rel.startsWith('..' + path.sep) && rel !== '..' && !path.isAbsolute(rel);
}

/**
 * Replace the real file behind `file` with `bytes`, atomically, provided it still holds `expected`.
 * Returns an error message, or undefined when written.
 */
export async function replaceFile(file: string, expected: Uint8Array, bytes: Uint8Array): Promise<string | undefined> {
  const real = await fs.realpath(file);
  const st = await fs.stat(real);
  const now = await readCapped(real, expected.length + 1);
  if (!Buffer.from(now).equals(Buffer.from(expected))) return 'it changed while it was being updated';
  const tmp = path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(tmp, bytes, { flag: 'wx', mode: st.mode & 0o777 });
    await fs.chmod(tmp, st.mode & 0o7777).catch(() => {});
    await fs.rename(tmp, real);
    return undefined;
  } catch (e) {
    await fs.unlink(tmp).catch(() => {});
    return (e as Error).message;
  }
}

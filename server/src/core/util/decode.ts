/**
 * Bytes -> text, or the reason the file is not read. TextDecoder is a web
 * standard present in Node and browsers; declared here because the core
 * compiles without DOM or Node types.
 */
declare const TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(input: Uint8Array): string };

export type Decoded = { readonly text: string } | { readonly skipped: string };

export function decodeText(bytes: Uint8Array, maxSize: number): Decoded {
  if (bytes.length > maxSize) return { skipped: tooLargeMessage(bytes.length, maxSize) };
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) if (bytes[i] === 0) return { skipped: 'This file looks binary (it contains NUL bytes); it was not read.' };
  try {
    // ignoreBOM: false strips a leading BOM, as editors do, so our offsets match theirs.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { skipped: 'This file is not valid UTF-8 text; save it as UTF-8 to have it checked.' };
  }
}

export function tooLargeMessage(size: number, max: number): string {
  return `This file is ${formatSize(size)}, above the ${formatSize(max)} limit (max_file_size in .aims.yaml); it was not read.`;
}

function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.ceil(n / 1024)} KB`;
  return `${n} bytes`;
}

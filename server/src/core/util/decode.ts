/**
 * Bytes -> text, or the reason the file is not read. TextDecoder is a web
 * standard present in Node and browsers; declared here because the core
 * compiles without DOM or Node types.
 */
declare const TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(input: Uint8Array): string };

export type Decoded = { readonly text: string } | { readonly skipped: string };

export function decodeText(bytes: Uint8Array, maxSize: number): Decoded {
  // A host reading with a cap hands back maxSize + 1 bytes of a longer file: its real size is unknown.
  if (bytes.length > maxSize) return { skipped: bytes.length === maxSize + 1 ? tooLargeMessage(undefined, maxSize) : tooLargeMessage(bytes.length, maxSize) };
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) if (bytes[i] === 0) return { skipped: 'This file looks binary (it contains NUL bytes); it was not read.' };
  try {
    // ignoreBOM: false strips a leading BOM, as editors do, so our offsets match theirs.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { skipped: 'This file is not valid UTF-8 text; save it as UTF-8 to have it checked.' };
  }
}

export function tooLargeMessage(size: number | undefined, max: number): string {
  return `This file is ${size === undefined ? 'larger than' : `${formatSize(size)}, above`} the ${formatSize(max)} limit (max_file_size in .aims.yaml); it was not read.`;
}

function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.ceil(n / 1024)} KB`;
  return `${n} bytes`;
}

/**
 * The UTF-8 size of a text, counted until it passes `stopAbove` (then a number above it is
 * returned): deciding that a 20 MB buffer is too large does not walk all of it. Without a
 * limit it is exact; with one, a text far within it may get an upper bound instead (all that
 * a caller comparing with the limit needs).
 */
export function utf8Length(text: string, stopAbove = Infinity): number {
  // Every UTF-16 unit is at least one UTF-8 byte: the length alone decides for most large texts.
  if (text.length > stopAbove) return text.length;
  // And at most three (a surrogate pair is two units for four bytes): a text within a third of
  // the limit is within it, without a walk over every character on every keystroke.
  if (text.length * 3 <= stopAbove) return text.length * 3;
  return exact(text, stopAbove);
}

function exact(text: string, stopAbove: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= stopAbove; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

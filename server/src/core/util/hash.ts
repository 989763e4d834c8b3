/**
 * A fast, non-cryptographic 64-bit string hash (two independent 32-bit lanes,
 * murmur3-style mixing), as 16 hex digits. The core has no crypto module; this
 * is for cache keys and change digests, where an accidental collision between
 * two texts of a workspace is what matters (about 1 in 2^64), not an attacker.
 */
export function hash64(text: string, seed = 0): string {
  let h1 = 0x9e3779b9 ^ seed;
  let h2 = 0x85ebca6b ^ Math.imul(seed, 31);
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0xcc9e2d51);
    h1 = (h1 << 15) | (h1 >>> 17);
    h2 = Math.imul(h2 ^ c, 0x1b873593);
    h2 = (h2 << 13) | (h2 >>> 19);
    h2 = (Math.imul(h2, 5) + 0xe6546b64) | 0;
  }
  h1 ^= n;
  h2 ^= n;
  h1 = fmix(h1 ^ (h2 >>> 7));
  h2 = fmix(h2 ^ (h1 >>> 11));
  return hex(h1) + hex(h2);
}

/** A 32-bit hash for digests that are summed (order-independent sets). */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return fmix(h) >>> 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

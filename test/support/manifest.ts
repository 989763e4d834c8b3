/**
 * package.json as VS Code reads it: its user-visible strings are `%key%` placeholders, each
 * replaced by its value in package.nls.json (the English strings; translations would be
 * package.nls.<locale>.json). Tests that read titles and descriptions read them through here.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SOURCE_TEST_DIR } from './snapshot.js';

const ROOT = path.resolve(SOURCE_TEST_DIR, '..');
const PLACEHOLDER = /^%([\w.-]+)%$/;

export function manifestStrings(): Record<string, string> {
  return JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
}

/** The placeholders package.json uses, in order. */
export function manifestPlaceholders(): string[] {
  const keys: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      const m = PLACEHOLDER.exec(v);
      if (m) keys.push(m[1]!);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')));
  return keys;
}

/** package.json with every placeholder replaced; a placeholder without a string throws. */
export function resolvedManifest<T = Record<string, unknown>>(): T {
  const strings = manifestStrings();
  return JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'), (_key, v: unknown) => {
    if (typeof v !== 'string') return v;
    const m = PLACEHOLDER.exec(v);
    if (!m) return v;
    if (!(m[1]! in strings)) throw new Error(`package.json uses %${m[1]}%, which package.nls.json lacks`);
    return strings[m[1]!];
  }) as T;
}

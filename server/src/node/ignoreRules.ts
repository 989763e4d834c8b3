/**
 * The repository's ignore rules as the file listing meets them: every `.gitignore` on the way
 * down, each applying to the paths below its own folder, with git's syntax and precedence
 * (negations, directory patterns, anchoring) from the `ignore` package, which eslint,
 * prettier and globby use for the same job. A folder that is ignored ignores all it holds
 * (git does not look inside it, so a negation below cannot bring a file back).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The rules in force in one folder: its ancestors' and its own. */
export interface IgnoreScope {
  readonly rules: readonly { readonly base: string; readonly ig: Ignore }[];
  /** The folder itself is ignored. */
  readonly ignored: boolean;
}

export const NO_RULES: IgnoreScope = { rules: [], ignored: false };

/** The scope of folder `dir` (relative to the root, '/'-separated; '' for the root), given its parent's. */
export function enterFolder(parent: IgnoreScope, root: string, dir: string, ignoredItself: boolean): IgnoreScope {
  if (ignoredItself || parent.ignored) return { rules: parent.rules, ignored: true };
  let text: string;
  try {
    text = readFileSync(path.join(root, dir, '.gitignore'), 'utf8');
  } catch {
    return parent;
  }
  return { rules: [...parent.rules, { base: dir, ig: ignore().add(text) }], ignored: false };
}

/** Whether `relativePath` (a file, or a folder when `isFolder`) is ignored in `scope`. */
export function isIgnored(scope: IgnoreScope, relativePath: string, isFolder: boolean): boolean {
  if (scope.ignored) return true;
  for (const { base, ig } of scope.rules) {
    const rel = base === '' ? relativePath : relativePath.slice(base.length + 1);
    if (ig.ignores(isFolder ? rel + '/' : rel)) return true;
  }
  return false;
}

// A generated source repository for the control-tag benchmark (bench/code-tags.mjs): `files`
// source files in ten languages across nested folders, one in a hundred with a tag, a
// .gitignore'd build folder, and the same seed giving the same repository.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const LANGS = [
  ['py', '#', 'def f{i}(x):\n    return x + {i}\n'],
  ['ts', '//', 'export function f{i}(x: number): number {\n  return x + {i};\n}\n'],
  ['js', '//', 'export const f{i} = (x) => x + {i};\n'],
  ['go', '//', 'package main\n\nfunc f{i}(x int) int { return x + {i} }\n'],
  ['java', '//', 'class C{i} { int f(int x) { return x + {i}; } }\n'],
  ['rs', '//', 'pub fn f{i}(x: i64) -> i64 { x + {i} }\n'],
  ['sh', '#', 'echo step {i}\n'],
  ['sql', '--', 'SELECT {i} AS n;\n'],
  ['rb', '#', 'def f{i}(x) = x + {i}\n'],
  ['c', '//', 'int f{i}(int x) { return x + {i}; }\n'],
];
const CONTROLS = ['A.6.2.8', 'A.6.2.4', 'A.9.3', 'A.7.4', 'A.6.2.6'];

export function writeCodeRepo(root, files, seed = 7) {
  rmSync(root, { recursive: true, force: true });
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  writeFileSync(path.join(mkdirp(root), '.gitignore'), 'build/\n*.gen.ts\n');
  for (let i = 0; i < files; i++) {
    const [ext, comment, body] = LANGS[i % LANGS.length];
    const dir = path.join(root, i % 50 === 0 ? 'build' : 'src', `m${i % 40}`, `p${Math.floor(i / 400) % 25}`);
    // A realistic file: a header comment, the code repeated to a few KB.
    let text = `${comment} Module ${i}: generated for the benchmark.\n`;
    if (rand() < 0.01) text += `${comment} aims: ${CONTROLS[i % CONTROLS.length]} SYS-00${1 + (i % 3)} "tagged ${i}"\n`;
    const n = 20 + Math.floor(rand() * 60);
    for (let k = 0; k < n; k++) text += body.replaceAll('{i}', String(i * 100 + k));
    writeFileSync(path.join(mkdirp(dir), `f${i}.${ext}`), text);
  }
  return root;
}

function mkdirp(dir) {
  mkdirSync(dir, { recursive: true });
  return dir;
}

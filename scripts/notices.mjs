// Writes THIRD-PARTY-NOTICES.md: every npm package bundled into the shipped bundles (dist/*.cjs:
// the `aims` CLI, the language server, the VS Code extension), with its version, licence and
// full licence text from node_modules. What is bundled is read from esbuild's metafile of the
// production build (`node esbuild.mjs --production --metafile=FILE`, in memory: dist/ is left
// alone), so the list is exactly what the shipped bundles hold, never a guess from package.json
// (the development build holds one package more: devlop's assertions, which production drops).
// Run by `vscode:prepublish` (so by `vsce package`); test/notices.test.ts fails when the
// committed file is not current.
//
//   node scripts/notices.mjs           rewrite THIRD-PARTY-NOTICES.md
//   node scripts/notices.mjs --check   exit 1 when it is out of date
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NOTICES = path.join(ROOT, 'THIRD-PARTY-NOTICES.md');

/**
 * The package root of a bundled input path (relative to `cwd`, as esbuild writes them; through
 * symlinks, node_modules may lie outside the project), or undefined for the project's own files.
 * The last node_modules segment wins, so a nested copy is its own package.
 */
export function packageRoot(input, cwd = ROOT) {
  const parts = path.resolve(cwd, input).split(path.sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length - 1) return undefined;
  const width = parts[at + 1].startsWith('@') ? 2 : 1;
  return parts.slice(0, at + 1 + width).join(path.sep);
}

/** The bundled packages: name, version, licence, its text, and which bundles hold it; sorted by name and version. */
export function bundledPackages(metafile, cwd = ROOT) {
  const byRoot = new Map();
  for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
    if (!output.endsWith('.cjs')) continue;
    for (const input of Object.keys(inputs)) {
      const root = packageRoot(input, cwd);
      if (!root) continue;
      if (!byRoot.has(root)) byRoot.set(root, new Set());
      byRoot.get(root).add(path.basename(output));
    }
  }
  const packages = [...byRoot].map(([root, bundles]) => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    // `license` (SPDX), or the old `licenses: [{ type }]` some packages still carry.
    const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? pkg.licenses?.map((l) => l.type).join(' OR ') ?? 'unknown');
    const files = readdirSync(root).filter((f) => /^(?:licen[cs]e|copying)(?:[.-]|$)/i.test(f)).sort();
    return {
      name: pkg.name,
      version: pkg.version,
      license,
      repository: typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url,
      text: files.length > 0 ? files.map((f) => read(path.join(root, f))).join('\n\n') : noticeWithoutFile(root, license),
      bundles: [...bundles].sort(),
    };
  });
  return packages.sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1));
}

const read = (file) => readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').trim();

/** The MIT licence's permission notice, for an MIT package whose copyright line is only in its README. */
const MIT_PERMISSION = `Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.`;

/**
 * A package without a licence file (format 0.2.2 has none): the licence section of its README,
 * which holds the copyright line, and for MIT the licence's permission notice, which the MIT
 * licence asks to go with every copy. An empty string when there is neither.
 */
function noticeWithoutFile(root, license) {
  const readme = readdirSync(root).find((f) => /^readme(?:\.|$)/i.test(f));
  const lines = readme ? read(path.join(root, readme)).split('\n') : [];
  const start = lines.findIndex((l) => /^(?:#+\s*)?licen[cs]e\s*$/i.test(l.trim()));
  const section = [];
  if (start >= 0)
    for (const l of lines.slice(start, start + 40)) {
      if (section.length > 2 && /^#/.test(l)) break;
      section.push(l);
    }
  const parts = [section.join('\n').trim(), license === 'MIT' ? MIT_PERMISSION : ''].filter(Boolean);
  return parts.join('\n\n');
}

/** The Markdown file: a list, then each package's licence text in a fence no line of it can close. */
export function renderNotices(packages) {
  const out = [
    '# Third-party notices',
    '',
    'The bundles of the AIMS language tools (`dist/aims.cjs`, the command-line tool;',
    '`dist/server.cjs` and `dist/engine.cjs`, the language server; `dist/extension.cjs` and `dist/client.cjs`, the',
    'VS Code extension) include the following npm packages. Each is used under its licence,',
    'reproduced below from the package as it was bundled.',
    '',
    'Generated by `scripts/notices.mjs` from esbuild\'s metafile; do not edit.',
    '',
    '| package | version | licence | bundled into |',
    '|---|---|---|---|',
    ...packages.map((p) => `| ${p.name} | ${p.version} | ${p.license} | ${p.bundles.join(', ')} |`),
    '',
  ];
  for (const p of packages) {
    out.push(`## ${p.name} ${p.version}`, '', `Licence: ${p.license}.${p.repository ? ` Source: ${p.repository.replace(/^git\+/, '')}` : ''}`, '');
    if (!p.text) {
      out.push(`The package ships no licence text; its package.json names the licence ${p.license}.`, '');
      continue;
    }
    const longest = Math.max(2, ...[...p.text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    out.push(`${fence}text`, p.text, fence, '');
  }
  return out.join('\n');
}

/** The production bundles' metafile, built in memory. */
export function productionMetafile() {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'aims-notices-')), 'metafile.json');
  try {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.mjs'), '--production', `--metafile=${file}`], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`esbuild failed (${r.status}): ${r.stderr}`);
    return JSON.parse(readFileSync(file, 'utf8'));
  } finally {
    rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

function main() {
  const text = renderNotices(bundledPackages(productionMetafile()));
  if (process.argv.includes('--check')) {
    const current = existsSync(NOTICES) ? readFileSync(NOTICES, 'utf8') : '';
    if (current !== text) {
      console.error('notices: THIRD-PARTY-NOTICES.md is out of date; run `node scripts/notices.mjs`');
      process.exit(1);
    }
    return;
  }
  writeFileSync(NOTICES, text);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

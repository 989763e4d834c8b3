// `node bench/adversarial.mjs` (after `npm run build && npm run compile`): issue 14's hostile
// inputs, each about 1 MB, checked by the engine in a fresh process, against a named
// baseline in the same run: an ordinary 1 MB policy from generate.mjs. Prints milliseconds
// per MB, peak memory and the ratio to the baseline; writes bench/results/adversarial.json.
//   --mb=1        size of each input
//   --only=name   run one input
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownDocument } from './generate.mjs';
import { arg, machine } from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MB = Number(arg('mb', '1'));
const SIZE = Math.round(MB * 1_000_000);

/** Each input: files of a workspace (name -> text), about SIZE bytes in all. */
export const INPUTS = {
  'baseline: a 1 MB policy (generate.mjs)': () => ({ 'policy.md': markdownDocument(SIZE) }),
  '100k-style YAML keys': () => ({ 'keys.yaml': Array.from({ length: Math.round(SIZE / 22) }, (_, i) => `key${i}: value ${i}`).join('\n') + '\n' }),
  'backtick runs 1, 2, 3 ...': () => {
    let s = '# ISO/IEC 42001\n\n';
    for (let n = 1; s.length < SIZE; n++) s += '`'.repeat(n) + ' x ';
    return { 'ticks.md': s + '\n' };
  },
  '"<!-- " repeated': () => ({ 'comments.md': '# ISO/IEC 42001\n\n' + '<!-- '.repeat(Math.round(SIZE / 5)) + '\n' }),
  'unknown control IDs': () => ({ 'ids.md': '# ISO/IEC 42001\n\n' + Array.from({ length: Math.round(SIZE / 10) }, (_, i) => `A.${(i % 9) + 2}.${(i % 50) + 10}.${(i % 90) + 10}`).join(' ') + '\n' }),
  'one table row of many cells': () => ({ 'row.md': '# ISO/IEC 42001\n\n| a | b |\n|---|---|\n|' + ' x |'.repeat(Math.round(SIZE / 4)) + '\n' }),
  'a list nested by indentation': () => {
    const lines = ['# ISO/IEC 42001', ''];
    let size = 0;
    for (let i = 0; size < SIZE; i++) {
      const line = ' '.repeat(i * 2) + '- item';
      lines.push(line);
      size += line.length + 1;
    }
    return { 'deep.md': lines.join('\n') + '\n' };
  },
  '"- " repeated on one line': () => ({ 'dashes.md': '# ISO/IEC 42001\n\n' + '- '.repeat(Math.round(SIZE / 2)) + 'item\n' }),
  '"R-001 " repeated (references)': () => ({ 'refs.md': '# ISO/IEC 42001\n\n' + 'R-001 '.repeat(Math.round(SIZE / 6)) + '\n' }),
  'configured pattern ((R+))+$ on a run of R': () => ({ '.aims.yaml': 'ids:\n  risk: "((R+))+$"\n', 'run.md': '# ISO/IEC 42001\n\n' + 'R'.repeat(SIZE) + '?\n' }),
};

/** Child: check one input's workspace in memory, print ms and peak memory. */
async function child(name) {
  const { createLanguageService } = await import('../out/server/src/core/index.js');
  const { MemoryHost } = await import('../out/test/support/memoryHost.js');
  const files = INPUTS[name]();
  const bytes = Object.values(files).reduce((n, t) => n + Buffer.byteLength(t), 0);
  const t = performance.now();
  const service = createLanguageService(new MemoryHost(files, '2026-12-03'));
  await service.indexWorkspace();
  const findings = service.getAllFindings().length;
  const ms = performance.now() - t;
  process.stdout.write(JSON.stringify({ ms, bytes, findings, peakMB: process.resourceUsage().maxRSS / 1024 }));
}

if (process.argv[2] === '--child') await child(process.argv[3]);
else {
  const only = arg('only', '');
  const rows = [];
  for (const name of Object.keys(INPUTS)) {
    if (only && !name.includes(only)) continue;
    const r = spawnSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), '--child', name], { encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0) {
      rows.push({ name, failed: (r.stderr || r.error?.message || 'timeout').slice(0, 200) });
      continue;
    }
    const m = JSON.parse(r.stdout);
    rows.push({ name, msPerMB: m.ms / (m.bytes / 1e6), peakMB: m.peakMB, findings: m.findings });
  }
  const base = rows.find((x) => x.name.startsWith('baseline'));
  const line = (x) =>
    x.failed ? `| ${x.name} | failed: ${x.failed} | | | |` : `| ${x.name} | ${Math.round(x.msPerMB)} | ${Math.round(x.peakMB)} | ${base ? (x.msPerMB / base.msPerMB).toFixed(1) + 'x' : ''} | ${x.findings} |`;
  console.log(`| Input (about ${MB} MB) | ms per MB | peak memory (MB) | time vs baseline | findings |\n|---|---|---|---|---|\n${rows.map(line).join('\n')}`);
  const worst = rows.filter((x) => !x.failed && x !== base).sort((a, b) => b.msPerMB - a.msPerMB)[0];
  if (worst && base) console.log(`\nWorst case: ${worst.name}, ${Math.round(worst.msPerMB)} ms per MB, ${(worst.msPerMB / base.msPerMB).toFixed(1)}x the baseline's ${Math.round(base.msPerMB)} ms per MB.`);
  mkdirSync(path.join(HERE, 'results'), { recursive: true });
  writeFileSync(path.join(HERE, 'results', 'adversarial.json'), JSON.stringify({ date: new Date().toISOString(), machine: machine(), mb: MB, rows }, null, 2) + '\n');
}

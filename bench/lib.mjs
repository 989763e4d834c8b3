// Shared by the benchmark files: options, percentiles, seeded edits, the machine line.
import * as os from 'node:os';
import { spawnSync } from 'node:child_process';
import { rng } from './generate.mjs';
import { SERVER_NODE_FLAGS } from '../out/protocol/serverProcess.js';

/**
 * The Node.js flags our client starts the server with (protocol/serverProcess.ts): the server
 * and the processes that measure the engine in process are started with them, so that the
 * figures are the server's as its users run it. The peers run in process share them.
 */
export const SERVER_FLAGS = SERVER_NODE_FLAGS;

/** Run this script again under SERVER_FLAGS unless it already is, and exit with its status. */
export function underServerFlags(script) {
  if (SERVER_FLAGS.every((f) => process.execArgv.includes(f))) return;
  const r = spawnSync(process.execPath, [...SERVER_FLAGS, ...process.execArgv, script, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

/** `--name=value` from the command line, else `def`. */
export const arg = (name, def) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : def;
};

export const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** p50 and p95 of a list of milliseconds. */
export const stats = (xs) => ({ p50: round(pct(xs, 50)), p95: round(pct(xs, 95)), n: xs.length });

export const round = (x) => Math.round(x * 100) / 100;

/**
 * `n` single-character insertions at random places (seeded): each edit as the offset in the
 * text before it, its LSP position, and the text after it. Every engine gets the same edits.
 */
export function editsOf(text, n, seed = 7) {
  const r = rng(seed);
  const out = [];
  let t = text;
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * t.length);
    const before = t.slice(0, at);
    const line = before.split('\n').length - 1;
    const character = at - (before.lastIndexOf('\n') + 1);
    t = before + 'x' + t.slice(at);
    out.push({ at, position: { line, character }, text: t });
  }
  return out;
}

/** Time `fn` once per edit. */
export async function timeEach(edits, fn) {
  const times = [];
  for (let i = 0; i < edits.length; i++) {
    const start = performance.now();
    await fn(edits[i], i);
    times.push(performance.now() - start);
  }
  return times;
}

/** What the figures were measured on (the README prints it under the table). */
export function machine() {
  const cpus = os.cpus();
  return {
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    cpus: cpus.length,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
    serverFlags: SERVER_FLAGS.join(' '),
  };
}

/** The floor: every character touched once by an ID regular expression (what any checker must at least do). */
const ID_RE = /\b(?:A\.\d{1,2}(?:\.\d{1,2}){0,2}|R-\d{2,4}|SYS-\d{2,4}|[A-Z]{2,5}-\d{2,4})\b/g;
export function scanIds(text) {
  let n = 0;
  for (ID_RE.lastIndex = 0; ID_RE.exec(text); ) n++;
  return n;
}

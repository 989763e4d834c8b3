// Runs action.yml's steps here, the way a GitHub runner runs a composite action, to test it
// without GitHub: each `run:` step in order with bash (the runner's own invocation, -eo
// pipefail), in GITHUB_WORKSPACE, with the files a runner gives (GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY, GITHUB_PATH, GITHUB_ENV) and RUNNER_TEMP. `uses:` steps are not run: they
// are recorded as skipped. Expressions are substituted only in the forms the action uses
// (inputs.X, steps.ID.outputs.X, a comparison of an input with a string in `if:`); any other
// expression is an error, so the action cannot grow one this runner would get wrong.
//   node scripts/run-action.mjs --workspace DIR [--input NAME=VALUE]... [--json]
// Prints the steps' output as it goes, or with --json one JSON result (steps, outputs,
// annotations, summary, exit code). Exits as the action would: 1 when a step failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `name=value` lines and `name<<DELIM` blocks, as GITHUB_OUTPUT and GITHUB_ENV hold them. */
export function readKeyValues(text) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const block = /^([^=<]+)<<(.+)$/.exec(line);
    if (block) {
      const end = lines.indexOf(block[2], i + 1);
      if (end < 0) throw new Error(`unterminated ${block[2]} block for ${block[1]}`);
      out[block[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return out;
}

/** `${{ ... }}` with what the runner would put there; unknown expressions throw. */
function substitute(text, ctx) {
  return String(text).replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr) => {
    const v = evaluate(expr, ctx);
    return typeof v === 'boolean' ? String(v) : v;
  });
}

function evaluate(expr, ctx) {
  let m;
  if ((m = /^inputs\.([\w-]+)$/.exec(expr))) return ctx.inputs[m[1]] ?? '';
  if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr))) return ctx.steps[m[1]]?.outputs?.[m[2]] ?? '';
  if ((m = /^(inputs\.[\w-]+) (==|!=) '([^']*)'$/.exec(expr))) return (evaluate(m[1], ctx) === m[3]) === (m[2] === '==');
  throw new Error(`run-action.mjs does not evaluate the expression \${{ ${expr} }}`);
}

export function runAction({ workspace, inputs: given = {}, env: extraEnv = {}, log = () => {} }) {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
  if (action.runs?.using !== 'composite') throw new Error('action.yml is not a composite action');
  const unknown = Object.keys(given).filter((k) => !(k in action.inputs));
  if (unknown.length) throw new Error(`action.yml has no input ${unknown.join(', ')}`);
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, given[k] ?? String(v.default ?? '')]));

  const runner = mkdtempSync(join(tmpdir(), 'aims-runner-'));
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary.md', GITHUB_PATH: 'path', GITHUB_ENV: 'env' };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, join(runner, f)]));
  mkdirSync(join(runner, 'temp'));
  writeFileSync(paths.GITHUB_STEP_SUMMARY, '');
  const ctx = { inputs, steps: {} };
  const results = [];
  let failed = false;
  let addedPath = [];
  let addedEnv = {};
  try {
    for (const [i, step] of action.runs.steps.entries()) {
      const name = step.name ?? step.uses ?? `step ${i + 1}`;
      const condition = step.if === undefined ? true : evaluate(String(step.if).replace(/^\$\{\{\s*|\s*\}\}$/g, ''), ctx);
      if (step.uses) {
        // Not run here; what it would have been given is recorded for the test to read.
        results.push({ name, uses: step.uses, status: 'skipped', reason: 'uses: is not run locally', wouldRun: !failed && condition === true, with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, substitute(v, ctx)])) });
        continue;
      }
      if (failed || condition !== true) {
        results.push({ name, status: 'skipped', reason: failed ? 'an earlier step failed' : 'if: false' });
        continue;
      }
      // A fresh file per step for what the runner reads after it; the summary accumulates.
      for (const f of ['GITHUB_OUTPUT', 'GITHUB_PATH', 'GITHUB_ENV']) writeFileSync(paths[f], '');
      const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(v, ctx)]));
      const script = join(runner, `step-${i}.sh`);
      writeFileSync(script, substitute(step.run, ctx));
      const env = {
        ...process.env,
        ...extraEnv,
        ...addedEnv,
        ...paths,
        PATH: [...addedPath, extraEnv.PATH ?? process.env.PATH].join(delimiter),
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_ACTION_PATH: root,
        RUNNER_TEMP: join(runner, 'temp'),
        ...stepEnv,
      };
      // The runner's bash: `bash --noprofile --norc -eo pipefail {0}`.
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: resolve(workspace, step['working-directory'] ?? '.'), env, encoding: 'utf8', timeout: 300_000 });
      log(r.stdout + r.stderr);
      const outputs = readKeyValues(readFileSync(paths.GITHUB_OUTPUT, 'utf8'));
      if (step.id) ctx.steps[step.id] = { outputs };
      addedPath = [...readFileSync(paths.GITHUB_PATH, 'utf8').split('\n').filter(Boolean).reverse(), ...addedPath];
      addedEnv = { ...addedEnv, ...readKeyValues(readFileSync(paths.GITHUB_ENV, 'utf8')) };
      const ok = r.status === 0;
      if (!ok && step['continue-on-error'] !== true) failed = true;
      results.push({ name, id: step.id, status: ok ? 'success' : 'failure', exitCode: r.status, stdout: r.stdout, stderr: r.stderr, outputs });
    }
    const outputs = Object.fromEntries(Object.entries(action.outputs ?? {}).map(([k, v]) => [k, substitute(v.value, ctx)]));
    const stdout = results.map((s) => s.stdout ?? '').join('');
    // Workflow commands the runner turns into annotations: ::error file=...,line=...::message
    const annotations = stdout
      .split('\n')
      .map((l) => /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(l))
      .filter(Boolean)
      .map((m) => ({ level: m[1], properties: Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)])), message: m[3] }));
    const summary = readFileSync(paths.GITHUB_STEP_SUMMARY, 'utf8');
    return { exitCode: failed ? 1 : 0, steps: results, outputs, annotations, summary, inputs };
  } finally {
    rmSync(runner, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const inputs = {};
  let workspace = process.cwd();
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--workspace') workspace = resolve(args[++i]);
    else if (args[i] === '--input') {
      const [k, ...v] = args[++i].split('=');
      inputs[k] = v.join('=');
    }
  }
  const json = args.includes('--json');
  const result = runAction({ workspace, inputs, log: json ? () => {} : (s) => process.stdout.write(s) });
  if (json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else for (const s of result.steps) process.stderr.write(`${s.status.padEnd(8)} ${s.name}${s.reason ? ` (${s.reason})` : ''}\n`);
  process.exitCode = result.exitCode;
}

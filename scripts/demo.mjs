// `npm run demo`: opens examples/ in VS Code with this extension loaded, so a newcomer sees
// the product in one command. A desktop `code` on the PATH is used when there is one
// (--extensionDevelopmentPath); otherwise code-server (real VS Code in the browser) is set up on
// first use (scripts/code-server-setup.mjs, ~5 minutes) and started on 127.0.0.1, and its URL
// is printed. Ctrl-C stops it. AIMS_DEMO_PORT picks the port (default 8080).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerPaths } from './code-server-paths.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = path.join(root, 'examples');
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });

if (!existsSync(path.join(root, 'dist', 'extension.cjs')) || !existsSync(path.join(root, 'dist', 'server.cjs'))) {
  if (run(process.execPath, ['esbuild.mjs']).status !== 0) process.exit(1);
}

const code = spawnSync('code', ['--version'], { encoding: 'utf8' });
if (code.status === 0) {
  console.log(`demo: opening ${examples} in VS Code ${code.stdout.split('\n')[0]} with the extension from ${root}`);
  process.exit(run('code', ['--new-window', `--extensionDevelopmentPath=${root}`, examples]).status ?? 0);
}

console.log('demo: no desktop VS Code on the PATH; using code-server (VS Code in the browser)');
if (run(process.execPath, [path.join(root, 'scripts', 'code-server-setup.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) process.exit(1);
const cs = codeServerPaths(process.env, homedir());
const state = path.join(path.dirname(cs.home), 'demo-state');
mkdirSync(path.join(state, 'user', 'User'), { recursive: true });
const settingsFile = path.join(state, 'user', 'User', 'settings.json');
if (!existsSync(settingsFile)) writeFileSync(settingsFile, JSON.stringify({ 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'chat.disableAIFeatures': true, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none' }, null, 2));
const port = Number(process.env.AIMS_DEMO_PORT ?? 8080);
const child = spawn(cs.node, [cs.entry, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--user-data-dir', path.join(state, 'user'), '--extensions-dir', path.join(state, 'ext'), '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', examples], { detached: true, stdio: ['ignore', 'ignore', 'inherit'] });
const stop = () => {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (c) => process.exit(c ?? 0));

const payload = encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', `vscode-remote://remote${root}`]]));
const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(examples)}&payload=${payload}`;
for (let i = 0; i < 300; i++) {
  if (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)) {
    console.log(`\ndemo: VS Code with the AIMS extension is ready. Open this URL in a browser on this machine:\n\n  ${url}\n\n(examples/ is the workspace; Ctrl-C stops the server)`);
    break;
  }
  await new Promise((r) => setTimeout(r, 200));
}

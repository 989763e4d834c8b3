/**
 * Real VS Code for the end-to-end tests: code-server (installed by
 * scripts/code-server-setup.mjs, outside the project) on 127.0.0.1 with
 * throw-away state, in its own process group so that stopping it stops every
 * helper it spawned; and Debian's Chromium driven by playwright-core.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';

export const ROOT = path.resolve(SOURCE_TEST_DIR, '..');

export const CHROMIUM = '/usr/bin/chromium';

export interface CodeServerInstall {
  readonly node: string;
  readonly entry: string;
}

/** The installed code-server, or why it cannot run. */
export async function findCodeServer(): Promise<CodeServerInstall | string> {
  // The setup script's own module (plain .mjs, shared so the two never disagree on the folder).
  const { codeServerPaths } = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'code-server-paths.mjs')).href)) as {
    codeServerPaths: (env: NodeJS.ProcessEnv, home: string) => { node: string; entry: string; marker: string };
  };
  const p = codeServerPaths(process.env, homedir());
  if (!existsSync(p.marker) || !existsSync(p.entry)) return `code-server is not installed (node scripts/code-server-setup.mjs installs it; looked in ${path.dirname(p.marker)})`;
  if (!existsSync(CHROMIUM)) return `no ${CHROMIUM} (apt-get install chromium)`;
  return { node: p.node, entry: p.entry };
}

export interface RunningCodeServer {
  readonly url: string;
  readonly state: string;
  readonly log: () => string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Installs a .vsix into a fresh extensions folder (code-server's own CLI, about 2 s). */
export function installVsix(cs: CodeServerInstall, state: string, vsix: string): void {
  const r = spawnSync(cs.node, [cs.entry, '--extensions-dir', path.join(state, 'ext'), '--user-data-dir', path.join(state, 'user'), '--install-extension', vsix], { encoding: 'utf8', timeout: 120_000, env: isolatedEnv(state) });
  if (r.status !== 0) throw new Error(`code-server --install-extension failed (${r.status}): ${r.stdout}\n${r.stderr}`);
}

function isolatedEnv(state: string): NodeJS.ProcessEnv {
  const home = path.join(state, 'home');
  for (const d of ['home', 'home/.config', 'home/.cache', 'home/.local/share']) mkdirSync(path.join(state, d), { recursive: true });
  return { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache'), XDG_DATA_HOME: path.join(home, '.local/share') };
}

/** Fresh state for one run: user settings that keep the workbench quiet (no chat panel, no tips, no update checks). */
export function newState(options: { trust?: boolean } = {}): string {
  const state = mkdtempSync(path.join(tmpdir(), 'aims-code-server-'));
  mkdirSync(path.join(state, 'user', 'User'), { recursive: true });
  const settings = {
    // With trust on, folders open untrusted (Restricted Mode) without asking.
    ...(options.trust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never', 'security.workspace.trust.emptyWindow': false } : {}),
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
  };
  writeFileSync(path.join(state, 'user', 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  return state;
}

export async function startCodeServer(cs: CodeServerInstall, state: string, folder: string, options: { trust?: boolean } = {}): Promise<RunningCodeServer> {
  const port = await freePort();
  const args = [
    cs.entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--user-data-dir', path.join(state, 'user'),
    '--extensions-dir', path.join(state, 'ext'),
    '--disable-telemetry', '--disable-update-check', ...(options.trust ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override',
    '--vscode-option', 'enable-smoke-test-driver',
    folder,
  ];
  let output = '';
  const child: ChildProcess = spawn(cs.node, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: isolatedEnv(state) });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((r) => child.once('exit', r));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${output}`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer /healthz within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, state, log: () => output, stop };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: 60_000,
  });
}

/** The URL that opens `folder` with the extension under development and the in-host suite (the smoke-test driver's payload). */
export function testUrl(base: string, folder: string, extensionRoot: string, suite: string): string {
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://remote${extensionRoot}`],
    ['extensionTestsPath', `vscode-remote://remote${suite}`],
  ];
  return `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * The smoke-test driver runs an extension's tests only with a development extension loaded
 * (VS Code refuses extensionTestsPath alone), so to test the installed .vsix rather than the
 * project folder, this empty extension is the development one: it contributes nothing and
 * leaves the installed extension as the only AIMS extension in the host.
 */
export function suiteHost(state: string): string {
  const dir = path.join(state, 'suite-host');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'aims-suite-host', publisher: 'aims-tests', version: '0.0.0', engines: { vscode: '*' } }));
  return dir;
}

/** Runs the in-host suite in a page: resolves with its exit code and the extension host's log lines. */
export async function runInHostSuite(page: Page, url: string, timeoutMs: number): Promise<{ code: number; log: string[] }> {
  const log: string[] = [];
  const exit = new Promise<number>((resolve) => {
    void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
  });
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => log.push(`${type}: ${(args ?? []).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`));
  await page.goto(url);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const code = await Promise.race([exit, new Promise<number>((resolve) => (timer = setTimeout(() => resolve(-1), timeoutMs)))]);
  clearTimeout(timer);
  return { code, log };
}

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

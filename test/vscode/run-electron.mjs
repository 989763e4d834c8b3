// The in-host suite under @vscode/test-electron, for contributors with a desktop and internet
// access (it downloads VS Code): `npm run test:electron`. On machines where VS Code cannot be
// downloaded, test/e2e/vscode.test.ts runs the same suite inside code-server instead.
import { runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const workspace = mkdtempSync(path.join(tmpdir(), 'aims-electron-'));
cpSync(path.join(root, 'examples'), workspace, { recursive: true });
const cli = (args) => JSON.parse(spawnSync(process.execPath, [path.join(root, 'dist', 'aims.cjs'), ...args, '.'], { cwd: workspace, encoding: 'utf8', maxBuffer: 64 << 20 }).stdout);
writeFileSync(path.join(root, 'dist-tests', 'expected.json'), JSON.stringify({ coverage: cli(['coverage', '--format', 'json']), findings: cli(['check', '--format', 'json']).findings }));
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'dist-tests', 'suite.cjs'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error(`test:electron: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}

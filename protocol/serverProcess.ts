/**
 * How the language server's Node.js process is started: by the VS Code client where its
 * extension host is Node.js (client/src/languageClient.ts; not under the desktop app's
 * Electron), by the tests that drive the built server over stdio
 * (test/support/lspClient.ts), and by the benchmarks, which measure the server as the client
 * runs it (bench/). Other editors' users are told the same in the README.
 *
 * `--v8-pool-size=0`: V8's background threads (concurrent compilation, concurrent marking)
 * are one fewer than the cores, where Node.js otherwise starts four whatever the machine. On a
 * two-core machine four of them and the main thread took turns of a scheduler tick (4 ms): an
 * edit that took 0.7 ms waited 3 to 6 ms on the run queue now and then, as
 * /proc/self/task/PID/schedstat showed while it ran. In process, on the benchmark's inputs
 * (bench/generate.mjs), p95 of 100 single-character edits after 10, two runs each, with the
 * default against this flag: Markdown 10 KB 4.4 against 3.2 ms, 100 KB 11.9 against 4.9;
 * findings-heavy Markdown 10 KB 4.8 against 2.9, 100 KB 12.0 against 6.5; YAML 10 KB 7.7
 * against 4.3, 100 KB 13.4 against 10.5; findings-heavy YAML 100 KB 15.0 against 11.5. The
 * medians did not move. A 5,000-document cold index: 4.2 against 3.7 to 3.9 s. A machine with
 * more cores gets more background threads than the default, not fewer.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--v8-pool-size=0'];

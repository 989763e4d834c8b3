// Lint: typescript-eslint's recommended rules, plus the core's boundary: server/src/core
// is editor- and platform-independent, so it may not import the editor, the LSP
// connection or Node built-ins (its tsconfig, with no Node types, enforces the same).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'dist-tests/**', '.vscode-test/**', 'examples/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Spreading an unbounded array into a call overflows the stack past ~100k items (issue 14):
    // server/src/core/util/arrays.ts has pushAll, maxOf, minOf and tableWidth instead.
    files: ['protocol/**/*.ts', 'server/src/**/*.ts', 'client/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='push'] > SpreadElement", message: 'push(...items) overflows the stack on large arrays: use pushAll (core/util/arrays.ts).' },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement[argument.type!='ArrayExpression']",
          message: 'Math.max/min(...items) overflows the stack on large arrays: use maxOf/minOf (core/util/arrays.ts).',
        },
      ],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*'], message: 'The core is editor-independent: convert at the edges (server/src/lsp, client/).' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'url', 'worker_threads'], message: 'The core does no I/O: ask the host (core/host.ts).' },
            { group: ['**/node/**', '**/lsp/**', '**/cli/**'], message: 'The core must not depend on its users.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'The core gets configuration and time from the host.' }, { name: 'require', message: 'ES modules only.' }],
    },
  },
);

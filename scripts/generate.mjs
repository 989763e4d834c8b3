// Writes every generated copy of the engine's registries (test/support/generated.ts lists
// them: snippets, README rule sections and kinds table, package.json enums, the client's
// start-gate data). Run by `npm run generate`, after `npm run compile`; test/generated.test.ts
// fails when a committed copy is out of date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const { GENERATED } = await import('../out/test/support/generated.js');
for (const copy of GENERATED) {
  const current = existsSync(copy.path) ? readFileSync(copy.path, 'utf8') : '';
  const next = copy.render(current);
  if (next !== current) {
    writeFileSync(copy.path, next);
    console.log(`wrote ${copy.path}`);
  }
}

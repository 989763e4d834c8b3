// Writes the editor's snippet files (snippets/markdown.json, snippets/yaml.json) from the
// templates in the core, so a snippet cannot drift from "New AIMS document..." or from the
// kinds data. Run after `npm run compile`; test/templates/snippets.test.ts fails when the
// committed files are out of date.
import { mkdirSync, writeFileSync } from 'node:fs';

const { snippetFileText } = await import('../out/server/src/core/index.js');
mkdirSync('snippets', { recursive: true });
for (const format of ['markdown', 'yaml']) writeFileSync(`snippets/${format}.json`, snippetFileText(format));

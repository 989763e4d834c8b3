/**
 * URIs as URIs: a matrix of Windows, UNC and awkward spellings held to what VS Code
 * means by them, on any platform (nothing here goes through fsPath). Units:
 * protocol/uris.ts, and Folders (server/src/lsp/folders.ts), which finds a document's
 * folder and relative path with it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseName, canonicalUri, isInsideFolder, joinRelative, relativePathOf, relativeReference } from '../../protocol/uris.js';
import { Folders } from '../../server/src/lsp/folders.js';
import { locationUri } from '../../client/src/links.js';

interface Case {
  readonly folder: string;
  readonly doc: string;
  /** The decoded relative path; undefined: the document is not inside the folder. */
  readonly relative: string | undefined;
  /** The percent-encoded relative reference (SARIF's artifact URI), when inside. */
  readonly reference?: string;
}

const CASES: readonly Case[] = [
  // VS Code's spelling of a folder, Node's spelling of a document in it: one file system.
  { folder: 'file:///c%3A/work/aims', doc: 'file:///C:/work/aims/policy.md', relative: 'policy.md', reference: 'policy.md' },
  { folder: 'file:///C:/work/aims/', doc: 'file:///c%3A/work/aims/risk/register.yaml', relative: 'risk/register.yaml', reference: 'risk/register.yaml' },
  { folder: 'file:///c:/work/aims', doc: 'file:///C%3A/work/aims/policy.md', relative: 'policy.md', reference: 'policy.md' },
  // Spaces, non-ASCII, '#', '%': decoded in the path, encoded once in the reference.
  { folder: 'file:///c%3A/work', doc: 'file:///c%3A/work/aims%20docs/r%C3%A9sum%C3%A9.md', relative: 'aims docs/résumé.md', reference: 'aims%20docs/r%C3%A9sum%C3%A9.md' },
  { folder: 'file:///c%3A/work', doc: 'file:///C:/work/aims docs/résumé.md', relative: 'aims docs/résumé.md', reference: 'aims%20docs/r%C3%A9sum%C3%A9.md' },
  { folder: 'file:///home/me/aims', doc: 'file:///home/me/aims/plan%20%232%20100%25.md', relative: 'plan #2 100%.md', reference: 'plan%20%232%20100%25.md' },
  // A sibling whose name starts with the folder's is not inside it; nor is the parent.
  { folder: 'file:///c%3A/work/aims', doc: 'file:///c%3A/work/aims2/x.md', relative: undefined },
  { folder: 'file:///c%3A/work/aims', doc: 'file:///C:/work/aims2/x.md', relative: undefined },
  { folder: 'file:///c%3A/work/aims', doc: 'file:///c%3A/work/x.md', relative: undefined },
  { folder: 'file:///c%3A/work/aims', doc: 'file:///d%3A/work/aims/x.md', relative: undefined },
  // UNC: the server is the authority (case-insensitive), the share the first segment.
  { folder: 'file://Server/share/aims', doc: 'file://server/share/aims/policy.md', relative: 'policy.md', reference: 'policy.md' },
  { folder: 'file://server/share/aims', doc: 'file://other/share/aims/policy.md', relative: undefined },
  { folder: 'file://server/share/aims', doc: 'file:///share/aims/policy.md', relative: undefined },
  // A malformed escape is kept as written (the file is still read and named).
  { folder: 'file:///c%3A/work/aims', doc: 'file:///c%3A/work/aims/100%.md', relative: '100%.md', reference: '100%25.md' },
  { folder: 'file:///home/me/aims', doc: 'file:///home/me/aims/bad%zz.md', relative: 'bad%zz.md', reference: 'bad%25zz.md' },
  // Another scheme is never inside a file folder.
  { folder: 'file:///home/me/aims', doc: 'untitled:Untitled-1', relative: undefined },
];

for (const c of CASES)
  test(`uris: ${c.doc} in ${c.folder}`, () => {
    assert.equal(relativePathOf(c.folder, c.doc), c.relative);
    assert.equal(relativeReference(c.folder, c.doc), c.reference);
    assert.equal(isInsideFolder(c.folder, c.doc), c.relative !== undefined);
    if (c.relative === undefined) return;
    // The way back: the relative path joined to the folder is the document, in VS Code's spelling.
    assert.equal(joinRelative(c.folder, c.relative), canonicalUri(c.doc));
  });

test('uris: the canonical spelling is VS Code\'s', () => {
  const cases: [string, string][] = [
    ['file:///C:/Users/me/a b.md', 'file:///c%3A/Users/me/a%20b.md'],
    ['file:///c%3A/Users/me/a%20b.md', 'file:///c%3A/Users/me/a%20b.md'],
    ['file:///c:/x', 'file:///c%3A/x'],
    ['file://SERVER/Share/x.md', 'file://server/Share/x.md'],
    ['file:///home/me/r%C3%A9sum%C3%A9.md', 'file:///home/me/r%C3%A9sum%C3%A9.md'],
    ['file:///home/me/a%23b.md', 'file:///home/me/a%23b.md'],
    ['not a uri', 'not a uri'],
  ];
  for (const [given, canonical] of cases) assert.equal(canonicalUri(given), canonical, given);
  assert.equal(baseName('file:///c%3A/work/aims%20docs/'), 'aims docs');
  assert.equal(baseName('file:///c%3A/work/100%.md'), '100%.md');
});

test('uris: a joined path never leaves its folder', () => {
  assert.equal(joinRelative('file:///c%3A/work/aims', '../x.md'), undefined);
  assert.equal(joinRelative('file:///c%3A/work/aims', 'a\\..\\x.md'), undefined);
  assert.equal(joinRelative('file:///c%3A/work/aims', ''), undefined);
  assert.equal(joinRelative('file:///C:/work/aims/', './risk/a #1.md'), 'file:///c%3A/work/aims/risk/a%20%231.md');
  // The client's report links go the same way.
  assert.equal(locationUri('file:///c%3A/work/aims', 'risk/a%20%231.md'), 'file:///c%3A/work/aims/risk/a%20%231.md');
  assert.equal(locationUri('file:///c%3A/work/aims', '../aims2/x.md'), undefined);
});

test('Folders: a document belongs to the innermost folder holding it, however its URI is spelt', () => {
  const hosts: string[] = [];
  const folders = new Folders((uri) => {
    hosts.push(uri);
    return { listFiles: async () => [], readFile: async () => undefined, today: () => '2026-01-01' };
  }, {});
  const aims = folders.add('file:///c%3A/work/aims');
  const inner = folders.add('file:///C:/work/aims/sub');
  const aims2 = folders.add('file:///c%3A/work/aims2/');
  assert.equal(folders.add('file:///C:/work/aims/'), aims, 'the same folder, spelt another way');
  assert.equal(folders.folderOf('file:///C:/work/aims/policy.md'), aims);
  assert.equal(folders.folderOf('file:///c%3A/work/aims/sub/policy.md'), inner);
  assert.equal(folders.folderOf('file:///C:/work/aims2/x.md'), aims2);
  assert.equal(folders.workspaceFolder('file:///c:/work/aims'), aims);
  assert.deepEqual(folders.fileOf('file:///C:/work/aims/aims%20docs/r%C3%A9sum%C3%A9.md'), { uri: 'file:///C:/work/aims/aims%20docs/r%C3%A9sum%C3%A9.md', relativePath: 'aims docs/résumé.md' });
  assert.deepEqual(folders.fileOf('file:///c%3A/work/aims/100%.md').relativePath, '100%.md');
  // Outside every folder: an ad hoc folder for the document's own directory.
  const outside = folders.folderFor('file:///C:/elsewhere/notes.md');
  assert.ok(outside.adhoc);
  assert.equal(folders.folderOf('file:///c%3A/elsewhere/other.md'), outside, 'its directory, spelt another way');
  assert.equal(folders.fileOf('file:///C:/elsewhere/notes.md').relativePath, 'notes.md');
  // Each folder keeps the URI its client gave.
  assert.deepEqual(hosts.slice(0, 3), ['file:///c%3A/work/aims/', 'file:///C:/work/aims/sub/', 'file:///c%3A/work/aims2/']);
  folders.remove('file:///C:/work/aims2');
  assert.equal(folders.folderOf('file:///c%3A/work/aims2/x.md'), undefined);
});

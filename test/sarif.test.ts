/**
 * `aims check --format sarif` in temporary repositories: valid against the vendored SARIF
 * 2.1.0 schema, artifact URIs relative to the repository root (not the checked folder) and
 * percent-encoded segment by segment, helpUri on each rule's README section, and
 * fingerprints that survive a line inserted above a finding. Units: server/src/cli/ruleDocs.ts
 * (githubAnchor, repositoryHome) and the CLI's HOME, held to package.json and the README.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RULES } from '../server/src/core/index.js';
import { githubAnchor, repositoryHome } from '../server/src/cli/ruleDocs.js';
import { HOME } from '../server/src/node/cli.js';
import { runCli } from './support/runCli.js';
import { isUriReference, sarifErrors } from './support/sarifSchema.js';
import { SOURCE_TEST_DIR } from './support/snapshot.js';

const REPO = path.resolve(SOURCE_TEST_DIR, '..');

interface Case {
  readonly name: string;
  /** Where `.git` is, relative to the temporary folder, and what it is; none: no repository. */
  readonly git?: { at: string; kind: 'folder' | 'file' };
  /** The folder `aims check` is given (holding .aims.yaml), relative to the temporary folder. */
  readonly checked: string;
  /** The file with the finding, relative to the checked folder. */
  readonly file: string;
  /** The expected artifactLocation.uri: written out by hand, percent-encoded. */
  readonly uri: string;
  /** The expected %SRCROOT%, relative to the temporary folder ('' for the folder itself). */
  readonly root: string;
}

const CASES: readonly Case[] = [
  { name: 'nested checked folder in a repository', git: { at: '', kind: 'folder' }, checked: 'docs/aims', file: 'policy.md', uri: 'docs/aims/policy.md', root: '' },
  { name: 'space, # and non-ASCII in the file name', git: { at: '', kind: 'folder' }, checked: 'docs/aims', file: 'risk plan #2 résumé.md', uri: 'docs/aims/risk%20plan%20%232%20r%C3%A9sum%C3%A9.md', root: '' },
  { name: 'a % and a space in folder names', git: { at: '', kind: 'folder' }, checked: 'team docs/100% aims', file: 'sub/policy.md', uri: 'team%20docs/100%25%20aims/sub/policy.md', root: '' },
  { name: 'a worktree: .git is a file', git: { at: 'wt', kind: 'file' }, checked: 'wt/compliance', file: 'policy.md', uri: 'compliance/policy.md', root: 'wt' },
  { name: 'no repository: relative to the checked folder', checked: 'aims', file: 'policy.md', uri: 'policy.md', root: 'aims' },
];

const POLICY = '# AI policy (ISO/IEC 42001)\n\nLogging follows A.6.2.9.\n\nReviews follow A.6.2.9 as well.\n';

function makeRepo(c: Case, text = POLICY): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-sarif-'));
  if (c.git) {
    mkdirSync(path.join(dir, c.git.at), { recursive: true });
    if (c.git.kind === 'folder') mkdirSync(path.join(dir, c.git.at, '.git'));
    else writeFileSync(path.join(dir, c.git.at, '.git'), 'gitdir: /elsewhere/.git/worktrees/wt\n');
  }
  const checked = path.join(dir, c.checked);
  mkdirSync(path.dirname(path.join(checked, c.file)), { recursive: true });
  writeFileSync(path.join(checked, '.aims.yaml'), 'version: 1\n');
  writeFileSync(path.join(checked, c.file), text);
  return dir;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a SARIF log read back as JSON
async function sarif(dir: string, ...checked: string[]): Promise<any> {
  const r = await runCli(['check', ...checked, '--today', '2026-11-28', '--format', 'sarif'], dir);
  assert.equal(r.code, 1, r.err);
  const log = JSON.parse(r.out);
  assert.equal(sarifErrors(log), undefined);
  return log;
}

for (const c of CASES)
  test(`sarif: ${c.name}`, async () => {
    const dir = makeRepo(c);
    const run = (await sarif(dir, c.checked)).runs[0];
    const base: string = run.originalUriBaseIds['%SRCROOT%'].uri;
    assert.equal(base, pathToFileURL(path.join(dir, c.root, '/')).href);
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const results = run.results.filter((r: { ruleId: string }) => r.ruleId === 'unknown-control');
    assert.equal(results.length, 2);
    for (const r of results) {
      const loc = r.locations[0]!.physicalLocation;
      assert.deepEqual(loc.artifactLocation, { uri: c.uri, uriBaseId: '%SRCROOT%' });
      assert.ok(isUriReference(loc.artifactLocation.uri));
      // The URI names the file: resolved against %SRCROOT% it is the file written.
      assert.equal(fileURLToPath(new URL(loc.artifactLocation.uri, base)), path.join(dir, c.checked, c.file));
      assert.equal(r.ruleIndex, RULES.findIndex((x) => x.code === 'unknown-control'));
      assert.equal(r.level, 'error');
      assert.ok(r.message.text.length > 0);
    }
    assert.deepEqual(
      results.map((r: { locations: { physicalLocation: { region: unknown } }[] }) => r.locations[0]!.physicalLocation.region),
      [
        { startLine: 3, startColumn: 17, endLine: 3, endColumn: 24 },
        { startLine: 5, startColumn: 16, endLine: 5, endColumn: 23 },
      ],
    );
  });

test('sarif: a control tag in source code is reported at its line in the source file', async () => {
  const c: Case = { name: 'code', git: { at: '', kind: 'folder' }, checked: '.', file: 'src/train.py', uri: 'src/train.py', root: '' };
  const dir = makeRepo(c, 'import os\n\ndef train():\n    # aims: A.6.2.9 "training runs are logged"\n    pass\n');
  const results = (await sarif(dir, '.')).runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'unknown-control');
  assert.deepEqual(
    results.map((r: { locations: { physicalLocation: unknown }[] }) => r.locations[0]!.physicalLocation),
    [{ artifactLocation: { uri: 'src/train.py', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 13, endLine: 4, endColumn: 20 } }],
  );
});

test('sarif: a finding outside the repository root gets its absolute file URI', async () => {
  // The workspace (.aims.yaml) holds the repository and a folder beside it; both are checked.
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-sarif-'));
  mkdirSync(path.join(dir, 'repo', '.git'), { recursive: true });
  mkdirSync(path.join(dir, 'repo', 'docs'));
  mkdirSync(path.join(dir, 'other folder'));
  writeFileSync(path.join(dir, '.aims.yaml'), 'version: 1\n');
  writeFileSync(path.join(dir, 'repo', 'docs', 'policy.md'), POLICY);
  writeFileSync(path.join(dir, 'other folder', 'policy.md'), POLICY);
  const run = (await sarif(dir, 'repo/docs', 'other folder')).runs[0];
  assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(path.join(dir, 'repo', '/')).href);
  const locations = run.results.filter((r: { ruleId: string }) => r.ruleId === 'unknown-control').map((r: { locations: { physicalLocation: { artifactLocation: unknown } }[] }) => r.locations[0]!.physicalLocation.artifactLocation);
  assert.deepEqual(locations, [
    { uri: pathToFileURL(path.join(dir, 'other folder', 'policy.md')).href },
    { uri: pathToFileURL(path.join(dir, 'other folder', 'policy.md')).href },
    { uri: 'docs/policy.md', uriBaseId: '%SRCROOT%' },
    { uri: 'docs/policy.md', uriBaseId: '%SRCROOT%' },
  ]);
});

test('sarif fingerprints: a line inserted above keeps them, the counter tells equal findings apart, other text changes them', async () => {
  const c = CASES[1]!;
  const prints = async (text: string) => {
    const dir = makeRepo(c, text);
    const results = (await sarif(dir, c.checked)).runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'unknown-control');
    return results.map((r: { partialFingerprints: Record<string, string>; locations: { physicalLocation: { region: { startLine: number } } }[] }) => ({
      print: r.partialFingerprints['aimsFinding/v1']!,
      line: r.locations[0]!.physicalLocation.region.startLine,
    }));
  };
  const before = await prints(POLICY);
  const after = await prints(POLICY.replace('\n\n', '\n\nA new paragraph above the findings.\n\n'));
  assert.deepEqual(
    after.map((x: { line: number }) => x.line),
    before.map((x: { line: number }) => x.line + 2),
    'the findings moved down',
  );
  assert.deepEqual(
    after.map((x: { print: string }) => x.print),
    before.map((x: { print: string }) => x.print),
  );
  assert.match(before[0].print, /^[0-9a-f]{32}:1$/);
  assert.notEqual(before[0].print, before[1].print, 'two lines, two fingerprints');
  const same = await prints('# AI policy (ISO/IEC 42001)\n\nLogging follows A.6.2.9.\n\nLogging follows A.6.2.9.\n');
  assert.deepEqual(
    same.map((x: { print: string }) => x.print.split(':')[1]),
    ['1', '2'],
    'equal lines: the same hash, counted',
  );
  assert.equal(same[0].print.split(':')[0], same[1].print.split(':')[0]);
  const edited = await prints(POLICY.replace('Logging follows', 'Logging is kept per'));
  assert.notEqual(edited[0].print, before[0].print, 'an edited line is another finding');
  assert.equal(edited[1].print, before[1].print, 'the other line is untouched');
});

test('sarif rules: informationUri and each rule\'s helpUri on the project home, anchors that exist in README.md', async () => {
  const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { repository: { url: string } };
  assert.equal(HOME, repositoryHome(pkg.repository.url), "cli.ts's fallback HOME is package.json's repository");
  assert.equal(HOME, 'https://github.com/aims-tools/aims-language-tools');
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const anchors = new Set([...readme.matchAll(/^#{1,6} (.+)$/gm)].map((m) => githubAnchor(m[1]!)));
  // The slugger is GitHub's: every in-page link the README's authors wrote lands on a heading.
  const links = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
  assert.ok(links.length > 0);
  assert.deepEqual(
    links.filter((l) => !anchors.has(l)),
    [],
  );
  const driver = (await sarif(makeRepo(CASES[0]!), 'docs/aims')).runs[0].tool.driver;
  assert.equal(driver.informationUri, HOME);
  assert.equal(driver.version, '0.1.0');
  for (const [i, rule] of (driver.rules as { id: string; name: string; helpUri: string; shortDescription: { text: string }; fullDescription: { text: string }; defaultConfiguration: { level: string } }[]).entries()) {
    assert.equal(rule.id, RULES[i]!.code);
    assert.equal(rule.helpUri, `${HOME}#${rule.id}`, 'a rule heading is its code, whose anchor is the code');
    assert.ok(anchors.has(rule.helpUri.slice(HOME.length + 1)), `${rule.helpUri}: no such README heading`);
    assert.ok(rule.name && rule.shortDescription.text && rule.fullDescription.text && rule.defaultConfiguration.level);
  }
});

test('githubAnchor is GitHub\'s heading slug', () => {
  const cases: [string, string][] = [
    ['`unknown-control`', 'unknown-control'],
    ['The command line', 'the-command-line'],
    ['Safety', 'safety'],
    ['Installing & using it: A.6.2.4 (v1)', 'installing--using-it-a624-v1'],
    ['Données à caractère personnel', 'données-à-caractère-personnel'],
    ['snake_case stays', 'snake_case-stays'],
  ];
  for (const [heading, anchor] of cases) assert.equal(githubAnchor(heading), anchor, heading);
});

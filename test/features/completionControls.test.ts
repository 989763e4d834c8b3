/**
 * Control completion: every row shows the control's or group's title (labelDetails, which
 * editors draw on every row), only a real control is ever preselected, and the order follows
 * the context (a group cited nearby, the controls a kind usually cites, the workspace's SoA).
 * Expected values come from the catalogue and from the fixtures, never from the ranking itself.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atCursor } from '../support/cursor.js';
import { CONTROLS, CONTROL_GROUPS, KINDS, getCompletions, type CompletionEntry } from '../../server/src/core/index.js';

const TITLE = new Map<string, string>([...CONTROLS.map((c) => [c.id, c.title] as const), ...CONTROL_GROUPS.map((g) => [g.id, g.title] as const)]);
const isControl = (id: string) => CONTROLS.some((c) => c.id === id);
const ordered = (list: readonly CompletionEntry[]) => [...list].sort((a, b) => (a.sortText! < b.sortText! ? -1 : a.sortText! > b.sortText! ? 1 : 0));
const rankOf = (list: readonly CompletionEntry[], id: string) => ordered(list).findIndex((e) => e.label === id);

async function controlsAt(fixture: string): Promise<CompletionEntry[]> {
  const { service, uri, position } = await atCursor(fixture);
  const list = getCompletions(service, uri, position);
  assert.ok(list.length > 0, 'expected control completions');
  assert.ok(list.every((e) => e.kind === 'control'), list.map((e) => e.kind).join(','));
  return list;
}

/** Places control completion is offered: prose, a `controls:` list, an SoA table cell, an SoA YAML item. */
const PLACES: readonly [string, string][] = [
  ['prose', '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001 we apply A.$0\n'],
  ['a controls: list', '//- p.yaml\naims:\n  kind: policy\n  controls: [A.$0]\n'],
  ['an SoA table cell', '//- soa.md\n---\naims: { kind: soa }\n---\n# SoA\n| Control | Title | Applicable | Justification |\n|---|---|---|---|\n| A.2.2 | AI policy | Yes | Needed |\n| A.$0\n'],
  ['an SoA YAML item', '//- soa.yaml\naims:\n  kind: soa\ncontrols:\n  - id: A.$0\n'],
];

for (const [where, fixture] of PLACES)
  test(`control completion (${where}): every row shows its title; exactly one entry preselected, a control`, async () => {
    const list = await controlsAt(fixture);
    assert.equal(list.length, CONTROLS.length + CONTROL_GROUPS.length);
    for (const e of list) {
      const title = TITLE.get(e.label);
      assert.ok(title, `${e.label} is a control or a group`);
      assert.ok(e.labelDetails?.description?.startsWith(title), `${e.label}: the row shows "${title}" (labelDetails: ${JSON.stringify(e.labelDetails)})`);
    }
    const pre = list.filter((e) => e.preselect);
    assert.equal(pre.length, 1, pre.map((e) => e.label).join(', '));
    assert.ok(isControl(pre[0]!.label), `${pre[0]!.label} is a control, not a group or an objective`);
    // The preselected entry is the first control in the list's order.
    assert.equal(pre[0]!.label, ordered(list).find((e) => isControl(e.label))!.label);
  });

test('control completion: every control ranks above every group', async () => {
  const list = ordered(await controlsAt(PLACES[0]![1]));
  const firstGroup = list.findIndex((e) => !isControl(e.label));
  assert.ok(list.slice(firstGroup).every((e) => !isControl(e.label)), list.map((e) => e.label).join(' '));
});

test('control completion: the controls of a group cited nearby come first, one already on the line after them', async () => {
  const list = await controlsAt('//- notes.md\n# Notes\n\nUnder ISO/IEC 42001 logs and monitoring follow A.6.2.6 and A.$0\n');
  const group = CONTROLS.filter((c) => c.group === 'A.6.2').map((c) => c.id);
  const top = ordered(list).slice(0, group.length - 1).map((e) => e.label);
  assert.deepEqual(new Set(top), new Set(group.filter((id) => id !== 'A.6.2.6')));
  assert.ok(rankOf(list, 'A.6.2.6') > rankOf(list, 'A.2.2'), 'a control already cited on the line comes after others');
  assert.ok(list.find((e) => e.preselect)!.label.startsWith('A.6.2.'));
});

test('control completion: the controls a document\'s kind usually cites come first', async () => {
  for (const kind of KINDS.filter((k) => k.controls.length > 0 && k.controls.length < CONTROLS.length)) {
    const list = await controlsAt(`//- doc.yaml\naims:\n  kind: ${kind.id}\n  controls: [A.$0]\n`);
    const top = ordered(list).slice(0, kind.controls.length).map((e) => e.label);
    assert.deepEqual(new Set(top), new Set(kind.controls), kind.id);
  }
});

test('control completion: controls the workspace\'s SoA excludes rank after those it includes', async () => {
  const soa = `//- soa.md\n---\naims: { kind: soa, id: SOA-1 }\n---\n# SoA\n| Control | Title | Applicable | Justification |\n|---|---|---|---|\n${CONTROLS.map((c) => `| ${c.id} | ${c.title} | ${c.group === 'A.10' ? 'No' : 'Yes'} | Because |`).join('\n')}\n`;
  const list = await controlsAt(`${soa}\n//- notes.md\n# Notes\n\nUnder ISO/IEC 42001 we apply A.$0\n`);
  const excluded = CONTROLS.filter((c) => c.group === 'A.10').map((c) => c.id);
  const last = ordered(list).filter((e) => isControl(e.label)).slice(-excluded.length).map((e) => e.label);
  assert.deepEqual(new Set(last), new Set(excluded));
  assert.ok(!excluded.includes(list.find((e) => e.preselect)!.label));
});

test('control completion: the preselected control is one that what is typed leads to', async () => {
  const list = await controlsAt('//- notes.md\n# Notes\n\nUnder ISO/IEC 42001 we apply A.7.$0\n');
  const pre = list.filter((e) => e.preselect);
  assert.equal(pre.length, 1);
  assert.ok(pre[0]!.label.startsWith('A.7.') && isControl(pre[0]!.label), pre[0]!.label);
});

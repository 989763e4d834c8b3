/**
 * check(fixture, codes): run the engine over an in-memory workspace and
 * compare its findings with the fixture's annotations, exactly. Only the
 * listed rule codes are compared, so a test about one rule is not broken by
 * another rule's findings. Failures print both sides as readable lines.
 */
import assert from 'node:assert/strict';
import { createLanguageService, type AimsLanguageService, type Finding } from '../../server/src/core/index.js';
import { MemoryHost, pathOf } from './memoryHost.js';
import { parseFixture, type Fixture } from './fixture.js';

export interface CheckOptions {
  /** Rule codes to compare; findings of other codes are ignored. */
  readonly codes: readonly string[];
  readonly today?: string;
  readonly settings?: unknown;
}

export async function workspace(fixture: string | Fixture, options: { today?: string; settings?: unknown } = {}): Promise<{ service: AimsLanguageService; host: MemoryHost; fixture: Fixture }> {
  const fx = typeof fixture === 'string' ? parseFixture(fixture) : fixture;
  const host = new MemoryHost(fx.files, options.today);
  const service = createLanguageService(host, options.settings !== undefined ? { settings: options.settings } : {});
  await service.indexWorkspace();
  return { service, host, fixture: fx };
}

export function describeFinding(f: Pick<Finding, 'uri' | 'range' | 'code' | 'message'>): string {
  const r = f.range;
  return `${pathOf(f.uri)}:${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${f.code}`;
}

export async function check(fixture: string, options: CheckOptions): Promise<Finding[]> {
  const { service, fixture: fx } = await workspace(fixture, options);
  const findings = service.getAllFindings().filter((f) => options.codes.includes(f.code));
  const actual = findings.map(describeFinding).sort();
  const expected = fx.annotations
    .filter((a) => options.codes.includes(a.code))
    .map((a) => `${a.path}:${a.line}:${a.startCharacter}-${a.line}:${a.endCharacter} ${a.code}`)
    .sort();
  assert.deepEqual(actual, expected, `findings differ.\nactual:\n  ${actual.join('\n  ')}\nexpected:\n  ${expected.join('\n  ')}\nmessages:\n  ${findings.map((f) => `${describeFinding(f)}: ${f.message}`).join('\n  ')}`);
  for (const a of fx.annotations) {
    if (!a.messageIncludes) continue;
    const f = findings.find((x) => pathOf(x.uri) === a.path && x.range.start.line === a.line && x.range.start.character === a.startCharacter && x.code === a.code);
    assert.ok(f && f.message.includes(a.messageIncludes), `message of ${a.code} at ${a.path}:${a.line} should include "${a.messageIncludes}", got "${f?.message}"`);
  }
  return findings;
}

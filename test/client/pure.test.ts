/**
 * The client's editor-independent pieces, tested without VS Code: link
 * resolution (never leaves the folder), the activation check, the minimal
 * edit of an SoA update, the status-bar text, the webview's HTML and policy, the
 * rule pages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locationUri, reportLink } from '../../client/src/links.js';
import { declaresAims } from '../../client/src/declares.js';
import { minimalReplacement } from '../../client/src/textEdit.js';
import { statusText } from '../../client/src/statusText.js';
import { contentSecurityPolicy, webviewHtml } from '../../client/src/reportHtml.js';
import { ruleDocMarkdown } from '../../client/src/ruleDocText.js';
import { RULES, exampleLanguage } from '../../server/src/core/index.js';

const FOLDER = 'file:///home/me/aims';

test('links: workspace-relative paths resolve inside the folder, escapes are refused', () => {
  assert.equal(locationUri(FOLDER, 'risk/register.yaml'), `${FOLDER}/risk/register.yaml`);
  assert.equal(locationUri(`${FOLDER}/`, './risk/my%20register.yaml'), `${FOLDER}/risk/my%20register.yaml`);
  for (const bad of ['../secrets.md', 'risk/../../x.md', '/etc/passwd', 'file:///etc/passwd', 'https://example.com/x', 'risk/%2E%2E/%2E%2E/x', 'a%2Fb/../../..', '', '.']) assert.equal(locationUri(FOLDER, bad), undefined, bad);
  assert.deepEqual(reportLink(FOLDER, 'risk/register.yaml#L12'), { uri: `${FOLDER}/risk/register.yaml`, line: 12 });
  assert.deepEqual(reportLink(FOLDER, 'governance/ai-policy.md'), { uri: `${FOLDER}/governance/ai-policy.md` });
  assert.equal(reportLink(FOLDER, '#annex-a'), undefined, 'in-page anchors stay in the page');
  assert.equal(reportLink(FOLDER, '../x.md#L1'), undefined);
});

test('activation: an aims: block in front matter or at the top level of YAML, nothing else', () => {
  assert.equal(declaresAims('---\naims:\n  kind: policy\n---\n# P'), true);
  assert.equal(declaresAims('\uFEFF---\r\ntitle: x\r\naims: { kind: soa }\r\n---\r\n'), true);
  assert.equal(declaresAims('aims:\n  kind: risk-register\nrisks: []\n'), true);
  assert.equal(declaresAims('---\ntitle: Blog post\n---\n\naims: to please\n'), false, 'after the front matter it is prose');
  assert.equal(declaresAims('# README\n\nOur aims are simple.'), false);
  assert.equal(declaresAims('name: build\non: push\n'), false);
  assert.equal(declaresAims('config:\n  aims: 3\n'), false, 'a nested key is not a declaration');
});

test('SoA update edit: only the changed middle is replaced; pairs and CRLF are never split', () => {
  assert.equal(minimalReplacement('same', 'same'), undefined);
  const old = '| A.2.2 | Applicable | x |\r\n| A.2.3 | Undecided | |\r\n';
  const neu = '| A.2.2 | Applicable | x |\r\n| A.2.3 | Excluded | no AI suppliers |\r\n';
  const r = minimalReplacement(old, neu)!;
  assert.equal(old.slice(0, r.start) + r.text + old.slice(r.end), neu);
  assert.ok(r.start > 20 && r.end < old.length, JSON.stringify(r));
  const emoji = minimalReplacement('a😀b', 'a😃b')!;
  assert.equal('a😀b'.slice(0, emoji.start) + emoji.text + 'a😀b'.slice(emoji.end), 'a😃b');
  assert.ok(emoji.start <= 1, 'starts before the surrogate pair');
  const eol = minimalReplacement('x\r\ny', 'x\ny')!;
  assert.equal('x\r\ny'.slice(0, eol.start) + eol.text + 'x\r\ny'.slice(eol.end), 'x\ny');
});

test('status bar: the coverage figure and findings; pooled over folders as the formula pools', () => {
  const one = { folder: `${FOLDER}/`, percent: 85, requirements: 18, requirementsProvided: 16, controls: 38, controlsDecided: 32, documents: 12, errors: 2, warnings: 3 };
  assert.equal(statusText([one])!.text, '$(checklist) AIMS coverage 85%  $(error) 2  $(warning) 3');
  assert.match(statusText([one])!.tooltip, /16\/18 documented information, 32\/38 Annex A controls decided, 12 documents\.\n\nAIMS findings: 2 errors, 3 warnings\./);
  assert.equal(statusText([{ ...one, documents: 0 }]), undefined, 'hidden without AIMS documents');
  const two = { ...one, folder: 'file:///other/', requirementsProvided: 18, controlsDecided: 38, percent: 100, errors: 0, warnings: 0 };
  // (16 + 32 + 18 + 38) / (56 + 56) = 92.8 -> 92, rounded down.
  assert.equal(statusText([one, two])!.text, '$(checklist) AIMS coverage 92%  $(error) 2  $(warning) 3');
  assert.equal(statusText([{ ...two }])!.text, '$(checklist) AIMS coverage 100%', 'nothing to count: no count and no icon');
});

test('status bar: errors and warnings never share an icon, and nothing reads as success while errors exist', () => {
  const base = { folder: `${FOLDER}/`, percent: 100, requirements: 18, requirementsProvided: 18, controls: 38, controlsDecided: 38, documents: 12 };
  const errorsOnly = statusText([{ ...base, errors: 2, warnings: 0 }])!;
  assert.equal(errorsOnly.text, '$(checklist) AIMS coverage 100%  $(error) 2');
  assert.equal(errorsOnly.tone, 'error');
  const warningsOnly = statusText([{ ...base, errors: 0, warnings: 5 }])!;
  assert.equal(warningsOnly.text, '$(checklist) AIMS coverage 100%  $(warning) 5', 'warnings alone are never under the error icon');
  assert.equal(warningsOnly.tone, 'warning');
  assert.equal(statusText([{ ...base, errors: 0, warnings: 0 }])!.tone, 'clean');
  for (const [errors, warnings] of [[2, 5], [1, 0], [7, 0], [0, 7], [3, 4]] as const) {
    const s = statusText([{ ...base, errors, warnings }])!;
    const error = /\$\(error\) (\d+)/.exec(s.text)?.[1];
    const warning = /\$\(warning\) (\d+)/.exec(s.text)?.[1];
    assert.equal(Number(error ?? 0), errors, `${s.text}: the error icon counts errors only`);
    assert.equal(Number(warning ?? 0), warnings, `${s.text}: the warning icon counts warnings only`);
    assert.doesNotMatch(s.text, /\$\((?:pass|check|pass-filled|check-all)\)/, 'no success icon');
    if (errors > 0) assert.equal(s.tone, 'error');
    assert.match(s.tooltip, new RegExp(`AIMS findings: ${errors} errors?, ${warnings} warnings?\\.`));
    assert.match(s.accessibilityLabel, new RegExp(`AIMS coverage 100 percent; AIMS findings: ${errors} errors?, ${warnings} warnings?`));
  }
  assert.match(errorsOnly.tooltip, /AIMS coverage is the share of what ISO\/IEC 42001 asks to be written down/, 'the tooltip says what the figure measures');
  const restricted = statusText([{ ...base, errors: 1, warnings: 0 }], { tooltip: '**Restricted Mode** …', ignoresSomething: true })!;
  assert.equal(restricted.text, '$(checklist) AIMS coverage 100%  $(error) 1  $(shield)');
  assert.ok(restricted.tooltip.startsWith('**Restricted Mode**'));
});

test('webview: a nonce policy with no network; the style and the link script carry the nonce', () => {
  const report = '<!DOCTYPE html>\n<html><head>\n<meta charset="utf-8">\n<style>body{}</style></head><body><a href="risk/r.yaml#L3">r</a></body></html>';
  const html = webviewHtml(report, 'abc123');
  assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy('abc123')}">`));
  assert.match(contentSecurityPolicy('n'), /^default-src 'none'; style-src 'nonce-n'; script-src 'nonce-n'; img-src data:/);
  assert.ok(html.includes('<style nonce="abc123">'));
  assert.equal(html.match(/<script/g)?.length, 1);
  assert.ok(html.includes('<script nonce="abc123">'));
  assert.throws(() => webviewHtml(report, 'a"b'), /alphanumeric/);
});

test("webview links: the script takes a file link's click before VS Code's own handler (which would open it inside the webview's folder), in the capture phase, and posts the report's href", () => {
  const html = webviewHtml('<html><head><meta charset="utf-8"></head><body></body></html>', 'n0nce');
  const script = /<script nonce="n0nce">([\s\S]*?)<\/script>/.exec(html)![1]!;
  const listeners: { type: string; capture: boolean; run: (e: unknown) => void }[] = [];
  const posted: unknown[] = [];
  class FakeElement {
    constructor(private readonly href: string | undefined) {}
    closest(): FakeElement | null {
      return this.href === undefined ? null : this;
    }
    getAttribute(): string | undefined {
      return this.href;
    }
  }
  const window = { addEventListener: (type: string, run: (e: unknown) => void, capture?: boolean) => listeners.push({ type, run, capture: capture === true }) };
  new Function('acquireVsCodeApi', 'window', 'Element', script)(() => ({ postMessage: (m: unknown) => posted.push(m) }), window, FakeElement);
  assert.deepEqual(listeners.map((l) => `${l.type}:${l.capture}`).sort(), ['auxclick:true', 'click:true'], 'on the window, capture phase: before any bubbling handler');
  const fire = (type: string, href: string | undefined, button = 0) => {
    const e = { type, button, target: new FakeElement(href), prevented: false, stopped: false, preventDefault() { this.prevented = true; }, stopImmediatePropagation() { this.stopped = true; } };
    for (const l of listeners.filter((x) => x.type === type)) l.run(e);
    return e;
  };
  const file = fire('click', './risk/my%20register.yaml#L12');
  assert.ok(file.prevented && file.stopped, 'VS Code never sees the click on a file link');
  assert.deepEqual(posted, [{ type: 'open', href: './risk/my%20register.yaml#L12' }], 'the href as the report wrote it, not resolved against the webview');
  assert.deepEqual(reportLink(FOLDER, './risk/my%20register.yaml#L12'), { uri: `${FOLDER}/risk/my%20register.yaml`, line: 12 });
  const anchor = fire('click', '#annex-a');
  assert.ok(!anchor.prevented && !anchor.stopped, 'in-page anchors are left to the page');
  assert.ok(!fire('click', undefined).stopped, 'a click outside links is left alone');
  assert.ok(!fire('auxclick', './a.md', 2).stopped, 'a right click is left alone');
  assert.ok(fire('auxclick', './a.md', 1).stopped, 'a middle click opens the file, not a browser tab');
  assert.equal(posted.length, 2);
});

test('webview state: the report keeps its folder (the tab comes back after a reload), as a script literal nothing can break out of', () => {
  const run = (folder: string) => {
    const html = webviewHtml('<html><head><meta charset="utf-8"></head><body></body></html>', 'n0nce', folder);
    const script = /<script nonce="n0nce">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const states: unknown[] = [];
    new Function('acquireVsCodeApi', 'window', 'Element', script)(() => ({ postMessage: () => undefined, setState: (s: unknown) => states.push(s) }), { addEventListener: () => undefined }, class {});
    return { html, states };
  };
  assert.deepEqual(run(FOLDER).states, [{ folder: FOLDER }]);
  const hostile = 'file:///x/</script><script>alert(1)</script>$&\u2028';
  const { html, states } = run(hostile);
  assert.deepEqual(states, [{ folder: hostile }]);
  assert.equal(html.match(/<\/script>/g)?.length, 1, 'the folder cannot close the script element');
});

test('rule pages: every rule\'s example in a fenced block of its language (a front matter example is Markdown), never a bullet', () => {
  assert.equal(exampleLanguage('---\naims: { kind: policy }\n---\n# P'), 'markdown');
  assert.equal(exampleLanguage('risks:\n  - id: R-001'), 'yaml');
  assert.equal(exampleLanguage('- id: R-004\n  likelihood: 7'), 'yaml');
  assert.equal(exampleLanguage('A.7.4 Human oversight'), 'markdown');
  assert.equal(exampleLanguage('| A.8.3 | External reporting | No |'), 'markdown');
  for (const r of RULES) {
    const info = { code: r.code, defaultSeverity: r.defaultSeverity, summary: r.doc.summary, example: r.doc.example, exampleLanguage: exampleLanguage(r.doc.example), fix: r.doc.fix };
    const page = ruleDocMarkdown(info);
    const fenced = /\n## Example\n\n(`{3,})(yaml|markdown)\n([\s\S]*?)\n\1\n\n## How to fix it\n/.exec(page);
    assert.ok(fenced, `${r.code}: the example is fenced\n${page}`);
    assert.equal(fenced[2], info.exampleLanguage);
    assert.equal(fenced[3], r.doc.example, `${r.code}: the example verbatim`);
  }
  const ticks = ruleDocMarkdown({ code: 'x', defaultSeverity: 'hint', summary: 's', example: 'a ```` b', exampleLanguage: 'markdown', fix: 'f' });
  assert.match(ticks, /\n`````markdown\na ```` b\n`````\n/, 'a fence longer than the example\'s backtick runs');
  assert.equal(exampleLanguage(RULES.find((r) => r.code === 'missing-section')!.doc.example), 'markdown');
  assert.equal(exampleLanguage(RULES.find((r) => r.code === 'yaml-syntax')!.doc.example), 'yaml');
});

/**
 * Tokenizes text with the AIMS injection grammar over a stand-in host grammar, with the
 * engine VS Code itself uses (vscode-textmate + vscode-oniguruma), and checks fixtures
 * written in the vscode-tmgrammar-test style: under a source line, a line of carets marks
 * columns and names scopes every token there must carry (`^^^ a.b c.d`), and after a lone `-`
 * scopes none of them may carry (`^^^ - a.b`, `^^^ a.b - c.d`); `*.aims` stands for any scope
 * ending in ".aims". Assertion lines are removed before tokenizing.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import textmate from 'vscode-textmate';
import type { IGrammar, IRawGrammar } from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';
import { MARKDOWN_STAND_IN, YAML_STAND_IN } from './hosts.js';

export const REPO = path.resolve(SOURCE_TEST_DIR, '..');
export const GRAMMAR_FILE = path.join(REPO, 'syntaxes', 'aims.injection.tmLanguage.json');
export const HOSTS = { markdown: 'text.html.markdown', yaml: 'source.yaml' } as const;

let wasm: Promise<void> | undefined;

/** Host scope -> grammar, with the injection registered the way `injectTo` does in VS Code. */
async function loadHost(host: string): Promise<IGrammar> {
  wasm ??= oniguruma.loadWASM(readFileSync(path.join(REPO, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm')));
  await wasm;
  const injection = JSON.parse(readFileSync(GRAMMAR_FILE, 'utf8')) as IRawGrammar;
  const grammars: Record<string, IRawGrammar> = { 'text.html.markdown': MARKDOWN_STAND_IN, 'source.yaml': YAML_STAND_IN, 'aims.injection': injection };
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => grammars[scope] ?? null,
    getInjections: (scope) => (scope === HOSTS.markdown || scope === HOSTS.yaml ? ['aims.injection'] : undefined),
  });
  const grammar = await registry.loadGrammar(host);
  if (!grammar) throw new Error(`no grammar for ${host}`);
  return grammar;
}

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly scopes: readonly string[];
}

/** Tokens per line, the rule stack carried across lines (a fence spans several). */
export async function tokenize(host: string, lines: readonly string[]): Promise<Token[][]> {
  const grammar = await loadHost(host);
  let stack = textmate.INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes }));
  });
}

interface Assertion {
  readonly line: number;
  readonly from: number;
  readonly to: number;
  readonly present: readonly string[];
  readonly absent: readonly string[];
  readonly where: string;
}

const ASSERTION = /^(\s*)(\^+)\s+(\S.*)$/;

/** Source lines and their assertions. */
export function parseGrammarFixture(text: string, name: string): { lines: string[]; assertions: Assertion[] } {
  const lines: string[] = [];
  const assertions: Assertion[] = [];
  text.split('\n').forEach((raw, i) => {
    const m = ASSERTION.exec(raw);
    if (!m || lines.length === 0) {
      lines.push(raw);
      return;
    }
    const from = m[1]!.length;
    const words = m[3]!.trim().split(/\s+/);
    const dash = words.indexOf('-');
    const present = dash < 0 ? words : words.slice(0, dash);
    const absent = dash < 0 ? [] : words.slice(dash + 1);
    assertions.push({ line: lines.length - 1, from, to: from + m[2]!.length, present, absent, where: `${name}:${i + 1}` });
  });
  return { lines, assertions };
}

/** One line per failed assertion, with the scopes found; empty when all hold. */
export async function checkGrammarFixture(text: string, name: string, host: string): Promise<{ failures: string[]; count: number }> {
  const { lines, assertions } = parseGrammarFixture(text, name);
  const tokens = await tokenize(host, lines);
  const failures: string[] = [];
  for (const a of assertions) {
    const line = lines[a.line]!;
    if (a.to > line.length) {
      failures.push(`${a.where}: the carets run past the end of the line above`);
      continue;
    }
    for (const t of tokens[a.line]!.filter((t) => t.start < a.to && t.end > a.from)) {
      const carries = (pattern: string) => t.scopes.some((s) => (pattern.startsWith('*') ? s.endsWith(pattern.slice(1)) : s === pattern));
      const lacks = a.present.filter((p) => !carries(p));
      const has = a.absent.filter(carries);
      if (lacks.length === 0 && has.length === 0) continue;
      const what = [lacks.length ? `lacks ${lacks.join(' ')}` : '', has.length ? `has ${has.join(' ')}` : ''].filter(Boolean).join(' and ');
      failures.push(`${a.where}: "${t.text}" (columns ${t.start}-${t.end}) ${what}; its scopes: ${t.scopes.join(' ')}`);
      break;
    }
  }
  return { failures, count: assertions.length };
}

/**
 * A strict reader of VS Code snippet bodies, for tests: it parses the TextMate snippet
 * syntax VS Code uses (tab stops, placeholders, choices, variables, `\` escapes) and refuses
 * what VS Code would silently take as text (a bare `$`, an unescaped `}`, an unclosed `${`),
 * because in a generated snippet each of those is an escaping bug. `expandSnippet` inserts
 * every default, as accepting a snippet without typing would.
 */

export type SnippetNode =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'tabstop'; readonly index: number }
  | { readonly type: 'placeholder'; readonly index: number; readonly children: readonly SnippetNode[] }
  | { readonly type: 'choice'; readonly index: number; readonly options: readonly string[] }
  | { readonly type: 'variable'; readonly name: string; readonly children?: readonly SnippetNode[] };

export class SnippetSyntaxError extends Error {}

export function parseSnippet(body: string): SnippetNode[] {
  let i = 0;
  const fail = (what: string): never => {
    throw new SnippetSyntaxError(`${what} at offset ${i}: ...${body.slice(Math.max(0, i - 20), i + 20)}...`);
  };
  const digits = () => {
    const m = /^\d+/.exec(body.slice(i));
    if (m) i += m[0].length;
    return m ? Number(m[0]) : undefined;
  };
  const name = () => {
    const m = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(body.slice(i));
    if (m) i += m[0].length;
    return m?.[0];
  };

  const choiceOption = (): string => {
    let out = '';
    while (i < body.length && body[i] !== ',' && body[i] !== '|') {
      if (body[i] === '\\' && /[\\,|]/.test(body[i + 1] ?? '')) i++;
      out += body[i++];
    }
    return out;
  };

  /** Nodes until `}` (nested) or the end (top level). */
  const nodes = (nested: boolean): SnippetNode[] => {
    const out: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ type: 'text', text });
      text = '';
    };
    while (i < body.length) {
      const c = body[i]!;
      if (c === '\\' && /[\\$}]/.test(body[i + 1] ?? '')) {
        text += body[i + 1];
        i += 2;
      } else if (c === '}') {
        if (!nested) fail('unescaped "}"');
        flush();
        return out;
      } else if (c === '$') {
        flush();
        i++;
        out.push(dollar());
      } else {
        text += c;
        i++;
      }
    }
    if (nested) fail('unclosed "${"');
    flush();
    return out;
  };

  const dollar = (): SnippetNode => {
    const index = digits();
    if (index !== undefined) return { type: 'tabstop', index };
    const bare = name();
    if (bare) return { type: 'variable', name: bare };
    if (body[i] !== '{') return fail('bare "$"');
    i++;
    const n = digits();
    if (n !== undefined) {
      if (body[i] === '}') {
        i++;
        return { type: 'tabstop', index: n };
      }
      if (body[i] === ':') {
        i++;
        const children = nodes(true);
        i++;
        return { type: 'placeholder', index: n, children };
      }
      if (body[i] === '|') {
        i++;
        const options = [choiceOption()];
        while (body[i] === ',') {
          i++;
          options.push(choiceOption());
        }
        if (body.slice(i, i + 2) !== '|}') fail('unclosed choice');
        i += 2;
        return { type: 'choice', index: n, options };
      }
      return fail('bad tab stop');
    }
    const v = name();
    if (!v) return fail('bad "${"');
    if (body[i] === '}') {
      i++;
      return { type: 'variable', name: v };
    }
    if (body[i] !== ':') return fail('bad variable');
    i++;
    const children = nodes(true);
    i++;
    return { type: 'variable', name: v, children };
  };

  return nodes(false);
}

function walk(nodes: readonly SnippetNode[], visit: (n: SnippetNode) => void): void {
  for (const n of nodes) {
    visit(n);
    if (n.type === 'placeholder' || (n.type === 'variable' && n.children)) walk(n.children!, visit);
  }
}

/**
 * Problems VS Code would not report but a user would notice: no final `$0` (or more than one),
 * tab stops not numbered 1..n, a mirror with nothing to mirror, an unknown variable.
 */
export function snippetProblems(nodes: readonly SnippetNode[], knownVariables: readonly string[]): string[] {
  const problems: string[] = [];
  const stops = new Set<number>();
  const withValue = new Set<number>();
  let finals = 0;
  walk(nodes, (n) => {
    if (n.type === 'tabstop' && n.index === 0) finals++;
    else if (n.type === 'tabstop') stops.add(n.index);
    else if (n.type === 'placeholder' || n.type === 'choice') {
      if (n.index === 0) problems.push('$0 carries a default');
      stops.add(n.index);
      withValue.add(n.index);
    } else if (n.type === 'variable' && !knownVariables.includes(n.name)) problems.push(`unknown variable ${n.name}`);
  });
  if (finals !== 1) problems.push(`${finals} final tab stops ($0), expected 1`);
  const sorted = [...stops].sort((a, b) => a - b);
  if (sorted.some((s, k) => s !== k + 1)) problems.push(`tab stops are not numbered 1..${sorted.length}: ${sorted.join(', ')}`);
  walk(nodes, (n) => {
    if (n.type === 'tabstop' && n.index > 0 && !withValue.has(n.index)) {
      // An empty stop ($3) is fine on its own; repeated without any placeholder it mirrors nothing.
      const uses = countStops(nodes, n.index);
      if (uses > 1) problems.push(`$${n.index} mirrors a stop that has no placeholder`);
    }
  });
  return problems;
}

function countStops(nodes: readonly SnippetNode[], index: number): number {
  let count = 0;
  walk(nodes, (n) => {
    if ((n.type === 'tabstop' || n.type === 'placeholder' || n.type === 'choice') && n.index === index) count++;
  });
  return count;
}

/** The text inserted when every placeholder keeps its default (a choice its first option). */
export function expandSnippet(nodes: readonly SnippetNode[], variables: Readonly<Record<string, string>>): string {
  const defaults = new Map<number, string>();
  const expand = (list: readonly SnippetNode[]): string =>
    list
      .map((n) => {
        switch (n.type) {
          case 'text':
            return n.text;
          case 'tabstop':
            return defaults.get(n.index) ?? '';
          case 'placeholder': {
            const v = expand(n.children);
            if (!defaults.has(n.index)) defaults.set(n.index, v);
            return v;
          }
          case 'choice':
            defaults.set(n.index, n.options[0] ?? '');
            return n.options[0] ?? '';
          case 'variable':
            return variables[n.name] ?? (n.children ? expand(n.children) : n.name);
        }
      })
      .join('');
  // Twice: a mirror written before its placeholder still shows the placeholder's default.
  expand(nodes);
  return expand(nodes);
}

export function dateVariables(today: string): Record<string, string> {
  const [y, m, d] = today.split('-');
  return { CURRENT_YEAR: y!, CURRENT_MONTH: m!, CURRENT_DATE: d! };
}

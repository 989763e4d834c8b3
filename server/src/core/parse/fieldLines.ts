/**
 * "**Label:** value" lines of a record card's section, outside its tables: the lines a risk
 * card (riskCards.ts) and an SoA section (soaCards.ts) state their fields in. Each reader
 * gives its own line pattern (the label characters it accepts); the value's span is exact.
 */
import type { Attribute, Table } from '../model/types.js';
import type { Span } from '../text/types.js';

/** Each line of `span` matching `pattern` (group 1 the label, group 2 the value as written), in order. */
export function fieldLines(text: string, span: Span, tables: readonly Table[], pattern: RegExp): { label: string; value: Attribute }[] {
  const out: { label: string; value: Attribute }[] = [];
  const body = text.slice(span.start, span.end);
  const re = /[^\r\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const line = m[0];
    if (!line.includes(':') || line.trimStart().startsWith('|')) continue;
    const at = span.start + m.index;
    if (tables.some((t) => at >= t.span.start && at < t.span.end)) continue;
    const f = pattern.exec(line);
    if (!f) continue;
    const raw = f[2]!;
    const value = raw.replace(/^(?:\*\*|__)\s*/, '').trimEnd();
    const start = at + line.length - raw.length + raw.indexOf(value);
    out.push({ label: f[1]!, value: { text: value, span: { start, end: start + value.length } } });
  }
  return out;
}

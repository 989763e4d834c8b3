/**
 * Values a document's header leaves as a template's placeholder: "| **Policy owner** | [Policy
 * Owner] |", "Effective date: <Insert date>", "Approved by: {{approver}}". A policy pack from a
 * compliance tool is filled in by hand, and a field missed there is a document nobody owns.
 * Read near the top only, as bodyReviewDate reads the next review's date (parse/reviewDate.ts),
 * and only the header's own labels: owner, approver, dates, version.
 */
import type { Span } from '../text/types.js';
import { trimEndOf } from '../util/text.js';

/** How far into the body the header is looked for. */
const HEAD = 3000;

/** A header label, then its separator; the value follows up to the line's end or the cell's. */
const LABEL =
  /(?:^|[\n|\u00b7\u2022])[ \t>*_-]*((?:(?:policy|document|process|system|risk)[ \t]+)?owner|approved[ \t]+by|approver|effective[ \t]+date|approval[ \t]+date|date[ \t]+approved|version)[ \t*_]*[:|][ \t*_|]*/gi;

/** A placeholder a template leaves: "[Policy Owner]", "<Insert date>", "{{company_name}}", "TBD", "XX/XX/XXXX". */
// An Obsidian link ("[[Priya]]") or a Markdown one ("[Jane](mailto:...)") is a value; an HTML tag is not a placeholder.
const PLACEHOLDER = /^(?:\[(?![\^[])[^\]\n]{1,60}\]|<(?:insert|enter|add|your|name|date|company|owner|approver|version)\b[^<>\n]{0,60}>|\{\{[^{}\n]{1,60}\}\}|tbd|tbc|x{2,}(?:[/.-]x{2,}){0,2})$/i;

export interface HeaderPlaceholder {
  readonly label: string;
  readonly value: string;
  readonly span: Span;
}

export function headerPlaceholders(text: string, from: number): HeaderPlaceholder[] {
  const out: HeaderPlaceholder[] = [];
  const head = text.slice(from, from + HEAD);
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(head); m; m = LABEL.exec(head)) {
    const at = m.index + m[0].length;
    let end = at;
    while (end < head.length && head[end] !== '\n' && head[end] !== '\r' && head[end] !== '|') end++;
    const value = trimEndOf(head.slice(at, end).trimEnd(), '*_`').trim();
    if (!PLACEHOLDER.test(value)) continue;
    const start = from + at + head.slice(at, end).indexOf(value);
    out.push({ label: m[1]!.replace(/[ \t]+/g, ' ').trim(), value, span: { start, end: start + value.length } });
  }
  return out;
}

/**
 * Systems introduced in a definition list (pandoc, PHP Markdown Extra, MkDocs' def_list): a
 * term that names a system's ID, then its definition on a line that starts with ":" or "~".
 *
 *     Route optimiser (SYS-001)
 *     : Plans delivery routes for 1,400 vans; developed in-house.
 *
 * CommonMark reads these as paragraphs. Writers use them to introduce what they go on to cite,
 * as an overview table's rows do, so the term defines the system (weakly: parse/definitions.ts).
 */
import type { Span } from '../text/types.js';
import { matchesWhole } from './entities.js';

export interface TermDefinition {
  readonly id: string;
  /** The ID as written in the term. */
  readonly span: Span;
  /** The term and its first definition line. */
  readonly extent: Span;
  /** The term without its ID: the system's name. */
  readonly title: string | undefined;
}

/** A definition line: up to three spaces, ":" or "~", blanks, then its text. */
const DEFINITION = /\n {0,3}[:~][ \t]+(?=\S)/g;
/** A line that is something else than a term: a heading, table row, quote, list item or definition. */
const NOT_A_TERM = /^\s*(?:[#|>:~]|[-*+][ \t]|\d{1,3}[.)][ \t])/;

export function definitionListSystems(text: string, system: RegExp): TermDefinition[] {
  const out: TermDefinition[] = [];
  for (const m of text.matchAll(DEFINITION)) {
    const term = termBefore(text, m.index);
    if (!term) continue;
    const written = text.slice(term.start, term.end);
    if (written.length > 120 || NOT_A_TERM.test(written)) continue;
    const clean = written.replace(/[*_`]/g, '').trim();
    // "SYS-001 — Route optimiser", or "Route optimiser (SYS-001)".
    let id = matchesWhole(system, clean);
    let title = id ? clean.slice(id.length).replace(/^[\s:.\-\u2013\u2014]+/, '') : undefined;
    const open = clean.endsWith(')') ? clean.lastIndexOf('(') : -1;
    if (!id && open >= 0) {
      const inner = clean.slice(open + 1, -1).trim().toUpperCase();
      id = matchesWhole(system, inner) === inner ? inner : undefined;
      title = clean.slice(0, open).trim();
    }
    if (!id) continue;
    const at = written.toUpperCase().indexOf(id);
    if (at < 0) continue;
    const lineEnd = text.indexOf('\n', m.index + 1);
    out.push({ id, span: { start: term.start + at, end: term.start + at + id.length }, extent: { start: term.start, end: lineEnd < 0 ? text.length : lineEnd }, title: title || undefined });
  }
  return out;
}

/** The term of the definition line after `newline`: the line before, or the one before a blank line. */
function termBefore(text: string, newline: number): Span | undefined {
  let end = newline;
  for (let blanks = 0; ; blanks++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim()) return { start, end: start + line.length };
    if (blanks === 1 || start === 0) return undefined;
    end = start - 1;
  }
}

/**
 * A cheap pre-check that proves a document is *not* an AIMS document and states no
 * document ID of its own, so that indexing can skip parsing it (most of a repository's
 * Markdown is READMEs and notes). It must never be wrong in that direction:
 * `mayBeRelevant(...) === false` implies that parseDocument(...) gives `relevant: false`
 * and no document definition (test/relevance.test.ts checks it on generated, example and
 * corpus documents). When in doubt it says "maybe", which only costs a parse.
 *
 * parseDocument's `relevant` is: a kind (declared, by path glob, by title or file
 * name), an `aims:` block, a mention of 42001, a title naming the AI management system or its
 * impact or risk assessment (in English or another language: catalogue/aimsTitles.ts), or a
 * risk or AI system definition
 * (Markdown, YAML, JSON or CSV alike).
 * Each has a necessary condition checked here without parsing.
 */
import type { AimsConfig } from '../config/config.js';
import { describesDocuments, fileNameWords, inferKind, kindOfTitle } from './meta.js';
import { mayBeCard } from './cards.js';
import { withFlags } from '../util/linearRegExp.js';
import { mayNameTheAims } from '../catalogue/aimsTitles.js';
import { labelsOwnId } from './ownIdLabels.js';

/** A title candidate whose value could not be read without a YAML parser: assume the worst. */
const UNKNOWN = Symbol('unknown');

export function mayBeRelevant(text: string, relativePath: string, config: AimsConfig): boolean {
  // A mention of 42001, and any `aims:` block (the key is spelled out unless escaped; see below).
  if (text.includes('42001') || /aims/i.test(text) || mayNameTheAims(text)) return true;
  // YAML `risks:` and `systems:` lists define IDs of any shape.
  if (text.includes('risks') || text.includes('systems')) return true;
  // Risk and system definitions from tables and headings match the ID patterns (after the
  // emphasis characters and escaping backslashes that matchesWhole strips).
  const plain = /[*_`\\]/.test(text) ? text.replace(/[*_`\\]/g, '') : text;
  if (matches(config.ids.risk, plain) || matches(config.ids.system, plain)) return true;
  // Escapes in double-quoted YAML, and complex keys, could spell any key or title.
  if (/"[^"\n\r]*\\/.test(text) || /^[ \t]*\?(?:[ \t]|$)/m.test(text)) return true;
  // A `title:` or `name:` key inside a flow mapping (JSON, or YAML's `{ title: ... }`): its value needs the parser.
  if (/[{,][ \t]*["']?(?:title|name)["']?[ \t]*:/.test(text)) return true;
  // A TOML `title = ...` or `name = ...` (a data file's, or a page's `+++` front matter).
  if (/^[ \t]*["']?(?:title|name)["']?[ \t]*=/m.test(text)) return true;
  // A model or dataset card, by its front matter's keys.
  if (mayBeCard(text)) return true;
  // A kind by path glob or file name.
  if (inferKind(undefined, relativePath, undefined, config).kind) return true;
  // A CSV inventory, known by its file name, defines systems of any shape (parse/definitions.ts).
  if (/\.csv$/i.test(relativePath) && /inventory|systems? register|^(?:ai )?systems$/i.test(fileNameWords(relativePath))) return true;
  // A kind by title: every heading and title-like value is a candidate for the real title.
  // With neither the globs nor the file name naming a kind (above), inferKind gives a title's
  // kind exactly when kindOfTitle does, unless the path is a template's or guide's: asked
  // directly, a note's twenty headings cost twenty title readings, not forty and the globs.
  const titlesCount = !describesDocuments(relativePath);
  for (const title of titleCandidates(text)) {
    if (title === UNKNOWN) return true;
    if (titlesCount && kindOfTitle(title)) return true;
  }
  // A document not read as the AIMS's still files the ID it states for itself (workspaceIndex/filed.ts):
  // one of the document ID shape, or any shape after a label naming it (parse/definitions.ts).
  if (matches(config.ids.document, plain) || labelsOwnId(text)) return true;
  // A register's own risk IDs of any shape ("AIR-7", "X1") define risks in a document of no kind
  // when a column or field rates their likelihood ("Likelihood", "Probability", "L", "P (1-5)").
  return /likelihood|probability/i.test(text) || /(?<![\p{L}\p{N}])[lp](?![\p{L}\p{N}])/iu.test(text);
}

const nonGlobal = new WeakMap<RegExp, RegExp>();

function matches(re: RegExp, text: string): boolean {
  let r = nonGlobal.get(re);
  if (!r) nonGlobal.set(re, (r = withFlags(re, re.flags.replace(/[gy]/g, ''))));
  return r.test(text);
}

/**
 * A superset of the texts the parser could take as the document's title: ATX headings at
 * any container depth, the lines of any paragraph above a setext underline, and the values
 * of `title:` and `name:` keys (UNKNOWN when a value continues past its line).
 */
function* titleCandidates(text: string): Generator<string | typeof UNKNOWN> {
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // ATX: a "#" run preceded only by indentation and container markers (quotes, list items).
    for (let p = line.indexOf('#'); p >= 0; p = line.indexOf('#', p + 1)) {
      if (!/^[ \t>*+\-.)0-9]*$/.test(line.slice(0, p))) break;
      yield stripClosingHashes(line.slice(p).replace(/^#{1,6}/, '')).trim();
    }
    // Setext: the paragraph above an underline of "=" or "-".
    if (/^[ \t>]*(?:[-+*][ \t]+)?(?:=+|-+)[ \t]*$/.test(line)) {
      for (let j = i - 1, n = 0; j >= 0 && !/^[ \t>]*$/.test(lines[j]!); j--, n++) {
        if (n > 200) {
          yield UNKNOWN;
          break;
        }
        yield lines[j]!.replace(/^[ \t>]*/, '').trim();
        yield lines[j]!.replace(/^[ \t>*+\-.)0-9]*/, '').trim();
      }
    }
    // A line of bold text alone (the title of a document without headings: parse/document.ts boldTitle).
    const bold = /^[ \t]*(?:\*\*|__)(.+?)(?:\*\*|__)[ \t]*$/.exec(line);
    if (bold) yield bold[1]!.replace(/\\(.)/g, '$1').trim();
    // `title:` / `name:` keys, in front matter or YAML (anywhere: the root is a subset).
    const key = /^[ \t]*(?:-[ \t]+)?(["']?)(?:title|name)\1[ \t]*:(.*)$/.exec(line);
    if (key) yield yamlValue(key[2]!, line, lines[i + 1]);
  }
}

/** A single-line YAML scalar as the parser reads it, or UNKNOWN when that needs the parser. */
function yamlValue(raw: string, line: string, next: string | undefined): string | typeof UNKNOWN {
  const indent = /^[ \t]*/.exec(line)![0].length;
  const nextIndent = next === undefined || next.trim() === '' ? -1 : /^[ \t]*/.exec(next)![0].length;
  // A value continued on the next line (block scalar, multi-line plain or quoted scalar).
  if (nextIndent > indent) return UNKNOWN;
  const comment = /[ \t]#/.exec(raw);
  const v = (comment ? raw.slice(0, comment.index) : raw).trim();
  if (v === '' || /^[|>&*!{[%@`]/.test(v)) return UNKNOWN;
  const q = v[0];
  if (q === '"' || q === "'") {
    if (v.length < 2 || v[v.length - 1] !== q || v.slice(1, -1).includes(q) || v.includes('\\')) return UNKNOWN;
    return v.slice(1, -1);
  }
  return v;
}

/** What `.replace(/[ \t]+#+[ \t]*$/, '')` does to a heading line, in linear time (that regular expression is quadratic on long runs of spaces). */
function stripClosingHashes(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ' ' || s[end - 1] === '\t')) end--;
  let h = end;
  while (h > 0 && s[h - 1] === '#') h--;
  if (h === end || h === 0 || (s[h - 1] !== ' ' && s[h - 1] !== '\t')) return s;
  while (h > 0 && (s[h - 1] === ' ' || s[h - 1] === '\t')) h--;
  return s.slice(0, h);
}

import type { Rule } from './types.js';
import { lineStartNear } from './util.js';
import { lineEndFrom } from '../text/lines.js';
import { closestControls, getControl, getControlGroup, getObjectiveGroup } from '../catalogue/lookup.js';
import { detached } from '../text/chunkMemo.js';
import { saidNotToExist } from './saidNotToExist.js';
import { judgeByChunk } from './chunkReports.js';

export const unknownControl: Rule = {
  code: 'unknown-control',
  defaultSeverity: 'error',
  doc: {
    summary: 'An Annex A control ID that ISO/IEC 42001:2023 does not have, or an Annex B guidance ID (B.x.y) with no Annex A control to guide. An ID quoted to say it does not exist ("cites non-existent A.6.2.11", an audit finding) is not reported; an ID past A.10 (most often ISO/IEC 27001:2013\'s A.12.4.1 and the like) is only a notice.',
    example: 'Logging follows A.6.2.9.',
    fix: 'Use one of the 38 real controls (the finding suggests the closest); if the ID belongs to ISO/IEC 27001, say so next to it ("ISO/IEC 27001 A.8.16").',
  },
  check(ctx) {
    const { doc } = ctx;
    // Each ID is judged by itself and the words on its own line (saidNotToExist): its chunk's
    // text alone, so the judgements are kept per chunk (rules/chunkReports.ts).
    judgeByChunk(doc, 'unknown-control', (refs, report) => {
      for (let i = 0; i < refs.length; i++) {
        const r = refs[i]!;
        if (r.type !== 'control' || r.framework !== '42001' || getControl(r.id) || saidNotToExist(doc.text, r.span)) continue;
        const { message, data } = unknownControlText(r.id);
        // A.11 onwards is no near miss of a 42001 control (its Annex A ends at A.10): nearly always
        // ISO/IEC 27001:2013's Annex A (A.5 to A.18, "A.12.4.1") or the document's own numbering.
        // Its line naming the 2013 edition ("2013 numbering, now 27001 A.8.15") already says so.
        if (Number(r.id.split('.')[1]) > 10) {
          if (!names2013(doc.text, r.span)) report({ span: r.span, message: message + BEYOND_A10, data, atMost: 'information' });
        } else report({ span: r.span, message, data });
      }
    }, ctx.report);
    // Annex B gives guidance under the numbers of Annex A: B.6.2.4 guides A.6.2.4, so a B ID with no A counterpart is invented.
    judgeByChunk(doc, 'unknown-control/annex-b', (refs, report) => {
      for (let i = 0; i < refs.length; i++) {
        const r = refs[i]!;
        if (r.type !== 'annex-b' || r.framework !== '42001') continue;
        const a = 'A.' + r.id.slice(2);
        if (getControl(a) || getControlGroup(a) || getObjectiveGroup(a) || saidNotToExist(doc.text, r.span)) continue;
        const suggestions = closestControls(a).map((c) => 'B.' + c.id.slice(2));
        const hint = suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : '';
        report({ span: r.span, message: `${r.id} is not in ISO/IEC 42001 Annex B: Annex B guides the Annex A controls, and there is no ${a}.${hint}`, data: { id: r.id, suggestions, annex: 'B' } });
      }
    }, ctx.report);
  },
};

/**
 * Whether the ID's line (at most 200 characters either way) names the 2013 edition, or the line
 * before it does in a sentence the line break cuts ("... still use 2013" / "numbering (e.g. A.12.4.1)").
 * A table's row is a line of its own: the row above says nothing of it.
 */
function names2013(text: string, span: { start: number; end: number }): boolean {
  const own = lineStartNear(text, span.start, 200);
  // The line before: from before its line break ("\n", "\r\n" or "\r").
  const breakAt = own >= 2 && text[own - 1] === '\n' && text[own - 2] === '\r' ? own - 2 : own - 1;
  const before = own > 0 ? lineStartNear(text, breakAt, 200) : own;
  const above = text.slice(before, breakAt);
  // Only when its sentence goes on into the ID's line (no full stop at its end), outside tables.
  const wrapped = above.trim() !== '' && !/[.!?;:]$/.test(above.trimEnd()) && !above.trimStart().startsWith('|') && !text.slice(own, span.start).trimStart().startsWith('|');
  const start = wrapped ? before : own;
  const end = lineEndFrom(text, span.end, Math.min(text.length, span.end + 200));
  return /(?<![\d.])2013(?![\d.])/.test(text.slice(start, span.start) + text.slice(span.end, end));
}

const BEYOND_A10 = ' Its Annex A ends at A.10; if this is an ISO/IEC 27001:2013 control (A.5 to A.18) or your own numbering, say so next to it.';

/**
 * The message and data of an unknown control ID, by the ID: a document with many of them made
 * each again on every edit. Bounded; the data is shared by the findings, which nothing changes.
 */
const texts = new Map<string, { readonly message: string; readonly data: { readonly id: string; readonly suggestions: readonly string[] } }>();
const MAX_TEXTS = 5_000;

function unknownControlText(id: string): { readonly message: string; readonly data: { readonly id: string; readonly suggestions: readonly string[] } } {
  let t = texts.get(id);
  if (!t) {
    const suggestions = closestControls(id).map((c) => c.id);
    const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `${s} (${getControl(s)!.title})`).join(', ')}?` : '';
    // Copies: an ID is a slice of the document's text, which a kept key or message would keep alive.
    const own = detached(id);
    t = { message: detached(`${own} is not an ISO/IEC 42001 Annex A control.${hint}`), data: { id: own, suggestions } };
    if (texts.size >= MAX_TEXTS) texts.clear();
    texts.set(own, t);
  }
  return t;
}

/**
 * Hover text from the organisation's licensed copy of the standard (the
 * guidance overlay, core/parse/overlay.ts), used instead of the tool's own
 * summaries when it has an entry. The text is shown as written but escaped:
 * it is data from the workspace, so it can add no links, images or HTML.
 */
import type { AimsLanguageService } from '../service/api.js';
import type { ClauseInfo, ControlInfo } from '../catalogue/types.js';
import { escapeMarkdown } from './hoverShared.js';

/** Paragraphs (separated by blank lines) joined into single lines, each escaped. Line by line: linear on any input. */
function block(text: string): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t === '') {
      if (current.length) paragraphs.push(current.join(' '));
      current = [];
    } else current.push(t);
  }
  if (current.length) paragraphs.push(current.join(' '));
  return paragraphs.map(escapeMarkdown).join('\n\n');
}

function sourceLine(service: AimsLanguageService): string {
  const o = service.guidanceOverlay!;
  return `*Licensed text${o.source ? `: ${escapeMarkdown(o.source)}` : ''} (from ${escapeMarkdown(o.path)}).*`;
}

/** A control's licensed text and Annex B guidance, when the overlay has either. */
export function licensedControlText(service: AimsLanguageService, c: ControlInfo): string | undefined {
  const o = service.guidanceOverlay;
  const control = o?.controls.get(c.id);
  const guidance = o?.guidance.get(c.id);
  if (!control && !guidance) return undefined;
  const out = [`**${c.id} — ${c.title}**`];
  if (control) out.push(block(control));
  if (guidance) out.push(`**Implementation guidance (Annex B.${c.id.slice(2)}):**\n\n${block(guidance)}`);
  out.push(sourceLine(service));
  return out.join('\n\n');
}

/** A clause's licensed text, when the overlay has it. */
export function licensedClauseText(service: AimsLanguageService, clause: ClauseInfo): string | undefined {
  const text = service.guidanceOverlay?.clauses.get(clause.id);
  return text ? `${block(text)}\n\n${sourceLine(service)}` : undefined;
}

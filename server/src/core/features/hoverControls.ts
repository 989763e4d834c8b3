/**
 * Hover text for Annex A references (controls, groups, objectives, ranges),
 * Annex B guidance and ISO/IEC 27001 look-alikes: what the catalogue says in
 * our own words, then where the workspace stands (SoA decision, citations).
 */
import type { AimsLanguageService } from '../service/api.js';
import type { Reference } from '../model/types.js';
import { CONTROLS, CONTROL_GROUPS } from '../catalogue/controls.js';
import { closestControls, getClause, getControl, getControlGroup, getObjectiveGroup } from '../catalogue/lookup.js';
import type { ControlGroupInfo, ControlInfo } from '../catalogue/types.js';
import { licensedControlText } from './hoverLicensed.js';
import { frameworksForControlText } from './hoverFrameworks.js';
import { documentLabel, escapeMarkdown, shorten, whereLabel, type PathNamer } from './hoverShared.js';
import { isProvisional } from '../parse/soaProvisional.js';

const MAX_CITING_DOCUMENTS = 5;

/** Markdown for any control-shaped reference (control, group, objective, Annex B). */
export function controlHoverText(service: AimsLanguageService, ref: Reference, name: PathNamer, rangeIds: readonly string[] = []): string {
  if (ref.framework !== '42001') return otherFrameworkText(ref);
  if (rangeIds.length > 1) return rangeText(service, rangeIds);
  switch (ref.type) {
    case 'annex-b':
      return annexBText(service, ref.id, name);
    case 'control-objective':
    case 'control-group':
    case 'control':
      return controlIdText(service, ref.id, name);
    default:
      return '';
  }
}

/** Any A.x / A.x.y / A.x.y.z ID: control, group, objective statement or unknown. */
function controlIdText(service: AimsLanguageService, id: string, name: PathNamer): string {
  const control = getControl(id);
  if (control) {
    const others = frameworksForControlText(id);
    return (licensedControlText(service, control) ?? controlText(control)) + (others ? '\n\n' + others : '') + '\n\n---\n\n' + workspaceText(service, id, name);
  }
  const group = getControlGroup(id);
  if (group) return groupText(group);
  const objectiveOf = getObjectiveGroup(id);
  if (objectiveOf)
    return (
      `**${id}** is the objective of Annex ${objectiveOf.id} (*${objectiveOf.title}*), not a control of its own: ` +
      `a statement of applicability decides the controls listed below.\n\n` +
      groupText(objectiveOf)
    );
  return unknownControlText(id);
}

export function controlText(c: ControlInfo): string {
  const group = getControlGroup(c.group);
  const out = [`**${c.id} — ${c.title}**`];
  if (group) out.push(`Annex ${group.id} ${group.title}: ${group.objective}`);
  out.push(c.guidance);
  if (c.evidence.length > 0) out.push(`**Typical evidence:** ${c.evidence.join('; ')}.`);
  if (c.relatedClauses.length > 0)
    out.push(`**Related clauses:** ${c.relatedClauses.map((id) => `${id} ${getClause(id)?.title ?? ''}`.trim()).join('; ')}.`);
  return out.join('\n\n');
}

function groupText(g: ControlGroupInfo): string {
  const parent = g.parent ? getControlGroup(g.parent) : undefined;
  const out = [`**${g.id} — ${g.title}**`];
  out.push(`Annex A control group${parent ? `, part of ${parent.id} (${parent.title})` : ''}.`);
  out.push(`**Objective${g.objectiveId ? ` (${g.objectiveId})` : ''}:** ${g.objective}`);
  const subgroups = CONTROL_GROUPS.filter((x) => x.parent === g.id);
  if (subgroups.length > 0) {
    for (const s of subgroups) out.push(`**${s.id} ${s.title}:**\n${controlList(s.id)}`);
  } else out.push(`**Controls:**\n${controlList(g.id)}`);
  return out.join('\n\n');
}

function controlList(groupId: string): string {
  return CONTROLS.filter((c) => c.group === groupId)
    .map((c) => `- ${c.id} — ${c.title}`)
    .join('\n');
}

function unknownControlText(id: string): string {
  if (id.split('.').length === 2)
    return `**${id}** is not an ISO/IEC 42001 Annex A control group. The groups are ${CONTROL_GROUPS.filter((g) => !g.parent).map((g) => g.id).join(', ')}.`;
  const closest = closestControls(id);
  const hint = closest.length > 0 ? `\n\nClosest controls:\n${closest.map((c) => `- ${c.id} — ${c.title}`).join('\n')}` : '';
  return `**${id}** does not exist: it is not one of the 38 ISO/IEC 42001 Annex A controls.${hint}`;
}

function annexBText(service: AimsLanguageService, id: string, name: PathNamer): string {
  const controlId = 'A.' + id.slice(2);
  const control = getControl(controlId);
  if (control)
    return (
      `**${id}** is the Annex B implementation guidance for control ${controlId} (${control.title}).\n\n---\n\n` +
      (licensedControlText(service, control) ?? controlText(control)) +
      '\n\n---\n\n' +
      workspaceText(service, controlId, name)
    );
  const group = getControlGroup(controlId) ?? getObjectiveGroup(controlId);
  if (group) return `**${id}** is the Annex B guidance for ${controlId} (group ${group.id}).\n\n---\n\n` + groupText(group);
  const closest = closestControls(controlId);
  const hint = closest.length > 0 ? ` Closest: ${closest.map((c) => `B.${c.id.slice(2)} (${c.title})`).join(', ')}.` : '';
  return `**${id}** does not exist: there is no control ${controlId}, so there is no Annex B guidance under that number.${hint}`;
}

/** A range such as A.5.2–A.5.5: one line per control, with its SoA decision. */
function rangeText(service: AimsLanguageService, ids: readonly string[]): string {
  const lines = ids.map((id) => {
    const c = getControl(id);
    if (!c) return `- ${id} — *not an Annex A control*`;
    const decision = service.index.soaEntriesFor(id)[0]?.item.applicable;
    const soa = decision === true ? ' (applicable)' : decision === false ? ' (excluded)' : '';
    return `- ${id} — ${c.title}${soa}`;
  });
  return `**${ids[0]} to ${ids[ids.length - 1]}** (${ids.length} controls)\n\n${lines.join('\n')}`;
}

function otherFrameworkText(ref: Reference): string {
  const std = ref.framework === '27001' ? 'ISO/IEC 27001' : 'another standard';
  const what = ref.type === 'clause' ? 'clause' : 'control';
  const id = ref.type === 'clause' ? `Clause ${ref.id}` : ref.id;
  const also = ref.type !== 'clause' && getControl(ref.id) ? ` (ISO/IEC 42001 also has a control ${ref.id}, *${getControl(ref.id)!.title}*, but the context points to ${std}.)` : '';
  return `**${id}** is read as an ${std} ${what} because its context names that standard; it is not checked against ISO/IEC 42001.${also}`;
}

/** The SoA decision(s) and the documents citing the control. */
function workspaceText(service: AimsLanguageService, id: string, name: PathNamer): string {
  const index = service.index;
  const out = ['**In this workspace**'];
  const entries = index.soaEntriesFor(id);
  if (entries.length === 0) {
    const soas = index.soaDocuments();
    out.push(
      soas.length > 0
        ? `Not decided: the statement of applicability ${soas.map((d) => documentLabel(d, d.uri, name)).join(', ')} has no row for ${id}.`
        : 'No statement of applicability in the workspace decides this control yet.',
    );
  }
  for (const e of entries) {
    const doc = service.getSummary(e.uri);
    const decision = isProvisional(e.item) ? '**included provisionally** (not decided yet)' : e.item.applicable === true ? '**applicable**' : e.item.applicable === false ? '**excluded**' : '**undecided**';
    const justification = e.item.attributes.get('justification')?.text.trim();
    const status = e.item.attributes.get('status')?.text.trim();
    const parts = [`SoA (${whereLabel(doc, e.uri, e.item.idSpan, name)}): ${decision}`];
    parts.push(justification ? `Justification: ${escapeMarkdown(shorten(justification))}` : 'No justification given.');
    if (status) parts.push(`Status: ${escapeMarkdown(shorten(status, 60))}.`);
    out.push(parts.join(' — '));
  }
  const citing = new Map<string, number>();
  for (const c of index.citationsOf('control', id)) if (c.item.framework === '42001') citing.set(c.uri, (citing.get(c.uri) ?? 0) + 1);
  if (citing.size === 0) out.push('No document cites it.');
  else {
    const uris = [...citing.keys()].sort();
    const shown = uris.slice(0, MAX_CITING_DOCUMENTS).map((u) => `- ${documentLabel(service.getSummary(u), u, name)}`);
    if (uris.length > MAX_CITING_DOCUMENTS) shown.push(`- … and ${uris.length - MAX_CITING_DOCUMENTS} more`);
    out.push(`Cited in ${uris.length} document${uris.length === 1 ? '' : 's'}:\n${shown.join('\n')}`);
  }
  return out.join('\n\n');
}


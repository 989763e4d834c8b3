// Seeded generator of a realistic AIMS workspace: N documents of about 5 KB each, written
// to a folder. The mix is what an organisation's AIMS repository holds: policies and
// procedures, Markdown and YAML risk registers, AI system records, statements of
// applicability, audit and monitoring records, and (a fifth) engineering notes that are not
// AIMS documents at all. Documents cite each other's risk, system and document IDs, a few of
// them dangling. Same seed and count, same bytes.
import { mkdirSync, writeFileSync, rmSync, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { rng, sentence, CONTROLS } from './generate.mjs';

// Annex A of ISO/IEC 42001 (IDs and titles), so a statement of applicability can be complete.
const ANNEX_A = [["A.2.2","AI policy"],["A.2.3","Alignment with other organizational policies"],["A.2.4","Review of the AI policy"],["A.3.2","AI roles and responsibilities"],["A.3.3","Reporting of concerns"],["A.4.2","Resource documentation"],["A.4.3","Data resources"],["A.4.4","Tooling resources"],["A.4.5","System and computing resources"],["A.4.6","Human resources"],["A.5.2","AI system impact assessment process"],["A.5.3","Documentation of AI system impact assessments"],["A.5.4","Assessing AI system impact on individuals or groups of individuals"],["A.5.5","Assessing societal impacts of AI systems"],["A.6.1.2","Objectives for responsible development of AI system"],["A.6.1.3","Processes for responsible AI system design and development"],["A.6.2.2","AI system requirements and specification"],["A.6.2.3","Documentation of AI system design and development"],["A.6.2.4","AI system verification and validation"],["A.6.2.5","AI system deployment"],["A.6.2.6","AI system operation and monitoring"],["A.6.2.7","AI system technical documentation"],["A.6.2.8","AI system recording of event logs"],["A.7.2","Data for development and enhancement of AI system"],["A.7.3","Acquisition of data"],["A.7.4","Quality of data for AI systems"],["A.7.5","Data provenance"],["A.7.6","Data preparation"],["A.8.2","System documentation and information for users"],["A.8.3","External reporting"],["A.8.4","Communication of incidents"],["A.8.5","Information for interested parties"],["A.9.2","Processes for responsible use of AI systems"],["A.9.3","Objectives for responsible use of AI system"],["A.9.4","Intended use of the AI system"],["A.10.2","Allocating responsibilities"],["A.10.3","Suppliers"],["A.10.4","Customers"]];

const pad = (n, w = 4) => String(n).padStart(w, '0');
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

function frontMatter(kind, id, title, extra = '') {
  return `---\naims:\n  kind: ${kind}\n  id: ${id}\n  title: ${title}\n  owner: Owner\n  version: "1.0"\n  status: approved\n  approved_by: Board\n  approved_on: 2026-06-30\n  next_review: 2027-06-30\n${extra}---\n\n# ${title}\n`;
}

/** Prose until the document is about `bytes` long, citing IDs that exist in the workspace (and, rarely, one that does not). */
function prose(r, bytes, out, ctx) {
  let section = 0;
  const titles = ['Purpose', 'Scope', 'Responsibilities', 'Process', 'Records', 'Review'];
  while (out.length < bytes) {
    out += `\n## ${titles[section++ % titles.length]}\n\n`;
    for (let p = 0; p < 2 && out.length < bytes; p++) {
      let para = Array.from({ length: 3 }, () => sentence(r)).join(' ');
      if (r() < 0.5) para += ` See ${ctx.risk(r)} and ${ctx.system(r)}.`;
      if (r() < 0.3) para += ` Evidence is kept in ${ctx.doc(r)}.`;
      out += para + '\n\n';
    }
    if (r() < 0.3) out += `- ${sentence(r)}\n- ${sentence(r)}\n\n`;
  }
  return out;
}

function markdownRegister(r, i, ctx, bytes) {
  let out = frontMatter('risk-register', `RR-${pad(i)}`, `AI risk register ${i}`);
  out += '\n| ID | Risk | Owner | Likelihood | Impact | Level | Treatment | Controls |\n|---|---|---|---|---|---|---|---|\n';
  for (const id of ctx.risksOf(i)) {
    const l = 1 + Math.floor(r() * 5);
    const im = 1 + Math.floor(r() * 5);
    const level = l * im >= 15 ? 'critical' : l * im >= 10 ? 'high' : l * im >= 5 ? 'medium' : 'low';
    out += `| ${id} | ${sentence(r).slice(0, 60)} | Owner ${i % 7} | ${l} | ${im} | ${level} | modify | ${pick(r, CONTROLS)} |\n`;
  }
  return prose(r, bytes, out, ctx);
}

function yamlRegister(r, i, ctx, bytes) {
  let out = `aims:\n  kind: risk-register\n  id: RR-${pad(i + 5000)}\n  title: AI risk register ${i}\n  owner: Owner\n  version: "1.0"\n  status: approved\nrisks:\n`;
  for (const id of ctx.risksOf(i)) {
    const l = 1 + Math.floor(r() * 5);
    const im = 1 + Math.floor(r() * 5);
    out += `  - id: ${id}\n    title: ${sentence(r).slice(0, 70)}\n    owner: Owner ${i % 7}\n    systems: [${ctx.system(r)}]\n    likelihood: ${l}\n    impact: ${im}\n    treatment: modify\n    controls: [${pick(r, CONTROLS)}]\n    status: open\n`;
  }
  while (out.length < bytes) out += `# ${sentence(r)}\n`;
  return out;
}

function systemRecord(r, i, ctx, bytes) {
  const id = `SYS-${pad(i)}`;
  let out = frontMatter('ai-system', id, `AI system ${i} - AI system record`, `  risks: [${ctx.risk(r)}, ${ctx.risk(r)}]\n`);
  out += `\n| Field | Value |\n|---|---|\n| System ID | ${id} |\n| Owner | Owner ${i % 7} |\n| Risks | ${ctx.risk(r)}, ${ctx.risk(r)} |\n`;
  return prose(r, bytes, out, ctx);
}

function soa(r, i, ctx, bytes) {
  let out = frontMatter('soa', `SOA-${pad(i)}`, `Statement of applicability ${i}`);
  out += '\n| Control | Title | Applicable | Justification | Status | Evidence |\n|---|---|---|---|---|---|\n';
  for (const [c, title] of ANNEX_A) out += `| ${c} | ${title} | Yes | ${sentence(r).slice(0, 80)} | implemented | ${ctx.doc(r)} |\n`;
  return prose(r, bytes, out, ctx);
}

function policy(r, i, ctx, bytes) {
  const kinds = [['procedure', 'DOC', 'Operating procedure'], ['monitoring-report', 'MON', 'Monitoring report'], ['audit-report', 'AUD', 'Internal audit report'], ['competence', 'COMP', 'Competence record']];
  const [kind, prefix, title] = kinds[i % kinds.length];
  const out = frontMatter(kind === 'procedure' ? 'policy' : kind, `${prefix}-${pad(i)}`, `${title} ${i}`, '  clauses: ["7.5"]\n');
  return prose(r, bytes, out, ctx);
}

function note(r, i, _ctx, bytes) {
  // An engineering note: no front matter, no ISO/IEC 42001, no AIMS IDs.
  let out = `# Engineering note ${i}\n\n`;
  while (out.length < bytes) out += `## Topic ${out.length}\n\nThe service team discussed latency, caching and the deployment pipeline for component ${i}. ${'Follow-up items are tracked in the team board. '.repeat(3)}\n\n`;
  return out;
}

/** Kind of document i: the mix described at the top. */
function kindOf(i) {
  const m = i % 20;
  if (m < 8) return ['governance', policy];
  if (m === 8) return ['risk', markdownRegister];
  if (m === 9) return ['risk', yamlRegister];
  if (m < 12) return ['systems', systemRecord];
  if (m === 12) return ['soa', soa];
  if (m < 16) return ['records', policy];
  return ['notes', note];
}

export function workspaceFiles(count = 5000, bytes = 5000, seed = 42) {
  const registers = Math.max(1, Math.floor(count / 10));
  // Documents 8 and 9 of every 20 are registers: number them 0, 1, 2 ...
  const registerOf = (i) => Math.floor(i / 20) * 2 + (i % 20 === 9 ? 1 : 0);
  const ctx = {
    // 15 risks per register; register j defines R-(15j+1) .. R-(15j+15), written R-001 .. R-7500.
    risksOf: (i) => Array.from({ length: 15 }, (_, k) => `R-${pad(((registerOf(i) * 15 + k) % 9998) + 1, 3)}`),
    risk: (r) => (r() < 0.01 ? 'R-9999' : `R-${pad((Math.floor(r() * registers * 15) % 9998) + 1, 3)}`),
    system: (r) => `SYS-${pad(20 * Math.floor(r() * (count / 20)) + 10)}`,
    doc: (r) => `DOC-${pad(20 * Math.floor(r() * (count / 20)) + 4)}`,
  };
  const files = [];
  for (let i = 0; i < count; i++) {
    const r = rng(seed * 100003 + i);
    const [folder, make] = kindOf(i);
    const ext = make === yamlRegister ? 'yaml' : 'md';
    files.push({ path: `${folder}/${String(Math.floor(i / 500))}/doc-${pad(i)}.${ext}`, text: make(r, i, ctx, bytes) });
  }
  return files;
}

/** Write the workspace under `dir` (reused when it was written with the same parameters). */
export function writeWorkspace(dir, count = 5000, bytes = 5000, seed = 42) {
  const stamp = path.join(dir, '.generated');
  const id = `${count}/${bytes}/${seed}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === id) return dir;
  rmSync(dir, { recursive: true, force: true });
  for (const f of workspaceFiles(count, bytes, seed)) {
    const full = path.join(dir, f.path);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, f.text);
  }
  writeFileSync(stamp, id);
  return dir;
}

// Seeded generator of realistic AIMS documents for benchmarks: policy-like Markdown with
// front matter, headings, prose, lists and risk/SoA tables, and YAML risk registers.
// Same seed, same bytes.
export function rng(seed = 42) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const WORDS = 'the organisation shall assess risk impact system model data quality owner review control evidence treatment monitoring deployment validation fairness transparency accountability supplier customer incident log approval'.split(' ');
export const CONTROLS = ['A.2.2', 'A.3.2', 'A.4.3', 'A.5.2', 'A.5.4', 'A.6.2.4', 'A.6.2.6', 'A.6.2.8', 'A.7.4', 'A.8.4', 'A.9.4', 'A.10.3'];

export function sentence(r) {
  const n = 8 + Math.floor(r() * 14);
  const w = [];
  for (let i = 0; i < n; i++) w.push(WORDS[Math.floor(r() * WORDS.length)]);
  if (r() < 0.3) w.splice(Math.floor(r() * n), 0, CONTROLS[Math.floor(r() * CONTROLS.length)]);
  if (r() < 0.15) w.splice(Math.floor(r() * n), 0, `R-${String(1 + Math.floor(r() * 40)).padStart(3, '0')}`);
  if (r() < 0.1) w.splice(Math.floor(r() * n), 0, 'Clause 6.1.2');
  return w.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
}

/**
 * A policy of `targetBytes`. `heavy`: the input that hurts, with many findings — every section
 * has a small table (a risk table, the register's columns partly missing) and every fifth
 * section cites a control that does not exist, so about 1,500 findings at 1 MB.
 */
export function markdownDocument(targetBytes, seed = 42, { heavy = false } = {}) {
  const r = rng(seed);
  const parts = ['---\naims:\n  kind: policy\n  id: POL-900\n  title: Generated policy\n  owner: Bench\n  version: "1.0"\n  status: draft\n---\n# Generated AI policy\n'];
  let size = parts[0].length;
  let section = 0;
  while (size < targetBytes) {
    let block = `\n## Section ${++section}: ${['Purpose', 'Scope', 'Principles', 'Objectives', 'Requirements', 'Improvement', 'Roles', 'Review'][section % 8]}\n\n`;
    for (let p = 0; p < 3; p++) block += Array.from({ length: 3 }, () => sentence(r)).join(' ') + '\n\n';
    if (heavy) {
      block += `| ID | Risk | Likelihood | Impact |\n|---|---|---|---|\n| R-${section}01 | ${sentence(r).slice(0, 30)} | ${1 + (section % 5)} | 9 |\n| R-${section}02 | see A.${11 + (section % 3)}.${section % 7} | 2 | 2 |\n\n`;
      if (section % 5 === 0) block += `Evidence for this section is kept under A.${section % 9}.${20 + (section % 7)} and A.6.2.${10 + (section % 4)}.\n\n`;
    } else if (section % 4 === 0) {
      block += '| ID | Risk | Likelihood | Impact | Level | Treatment | Controls |\n|---|---|---|---|---|---|---|\n';
      for (let i = 0; i < 6; i++) {
        const l = 1 + Math.floor(r() * 5);
        const im = 1 + Math.floor(r() * 5);
        block += `| R-${String(section * 10 + i).padStart(3, '0')} | ${sentence(r).slice(0, 40)} | ${l} | ${im} | medium | modify | ${CONTROLS[i]} |\n`;
      }
      block += '\n';
    }
    if (section % 5 === 0) block += '- ' + sentence(r) + '\n- ' + sentence(r) + '\n\n```yaml\ncontrols: [A.9.9]\n```\n';
    parts.push(block);
    size += block.length;
  }
  return parts.join('');
}

/**
 * A Markdown risk register of `targetBytes`: under a heading per area, a table of five risks
 * each (about 2,500 tables and 12,600 risks at 1 MB), the shape that made passes over every
 * table per risk quadratic. Not among the default inputs of `npm run bench`
 * (`--kinds=markdown-register` adds it).
 */
export function markdownRegister(targetBytes, seed = 42) {
  const r = rng(seed);
  let out = '---\naims:\n  kind: risk-register\n  id: RR-901\n  title: Generated register\n  owner: Bench\n  version: "1.0"\n  status: draft\n---\n# Generated AI risk register\n';
  let n = 0;
  while (out.length < targetBytes) {
    out += `\n## Area ${n / 5 + 1}\n\n| ID | Risk | Likelihood | Impact | Owner |\n|---|---|---|---|---|\n`;
    for (let k = 0; k < 5; k++) out += `| R-${String(++n).padStart(5, '0')} | ${sentence(r).slice(0, 40)} | ${1 + Math.floor(r() * 5)} | ${1 + Math.floor(r() * 5)} | CRO |\n`;
  }
  return out;
}

/** The input named `name` (markdown, yaml, markdown-heavy, yaml-heavy, markdown-register): its language and text. */
export function inputOf(name, targetBytes, seed = 42) {
  if (name === 'markdown-register') return { kind: 'markdown', text: markdownRegister(targetBytes, seed) };
  const heavy = name.endsWith('-heavy');
  const kind = name.replace(/-heavy$/, '');
  return { kind, text: kind === 'yaml' ? yamlRegister(targetBytes, seed, { heavy }) : markdownDocument(targetBytes, seed, { heavy }) };
}

/** A YAML risk register of `targetBytes`; `heavy`: every item has a finding (an unknown control, a score out of scale, a missing owner). */
export function yamlRegister(targetBytes, seed = 42, { heavy = false } = {}) {
  const r = rng(seed);
  let out = 'aims:\n  kind: risk-register\n  id: RR-900\n  title: Generated register\n  owner: Bench\n  version: "1.0"\n  status: draft\nrisks:\n';
  let i = 0;
  while (out.length < targetBytes) {
    const l = 1 + Math.floor(r() * 5);
    const im = 1 + Math.floor(r() * 5);
    if (heavy) {
      const bad = i % 3;
      out += `  - id: R-${String(++i).padStart(4, '0')}\n    title: ${sentence(r).slice(0, 60)}\n${bad === 1 ? '' : `    owner: Owner ${i % 7}\n`}    likelihood: ${bad === 2 ? 9 : l}\n    impact: ${im}\n    treatment: modify\n    controls: [${bad === 0 ? `A.${11 + (i % 3)}.${i % 5}` : CONTROLS[i % CONTROLS.length]}]\n    status: open\n`;
    } else
      out += `  - id: R-${String(++i).padStart(4, '0')}\n    title: ${sentence(r).slice(0, 60)}\n    owner: Owner ${i % 7}\n    likelihood: ${l}\n    impact: ${im}\n    treatment: modify\n    controls: [${CONTROLS[i % CONTROLS.length]}]\n    status: open\n`;
  }
  return out;
}

// Results -> the Markdown tables (figures, ratios, targets) printed by run.mjs and put in the
// README's Performance section between its bench markers.

const ms = (s) => (s ? `${fmt(s.p50)} / ${fmt(s.p95)}` : '–');
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ratio = (a, b) => (a && b ? `${(a.p95 / b.p95).toFixed(1)}x` : '–');
const size = (n) => (n >= 1e6 ? `${n / 1e6} MB` : `${n / 1e3} KB`);
const mark = (ok) => (ok ? 'met' : '**missed**');

export function editTable(rows) {
  const out = [
    '| input | this engine, in process | our server, stdio | naive whole parse | yaml-language-server, stdio | yaml-language-server, in process | vscode-markdown-languageservice | floor |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) out.push(`| ${r.kind} ${size(r.size)} | ${ms(r.ours)} | ${ms(r.oursStdio)} | ${ms(r.naive)} | ${ms(r.yamlLsStdio)} | ${ms(r.yamlLs)} | ${ms(r.markdownLs)} | ${ms(r.floor)} |`);
  out.push('', 'Ratios of p95 (how many times slower the other is):', '');
  out.push('| input | naive / engine | yaml-ls stdio / our server | yaml-ls / engine (in process) | md-ls / engine | engine / floor |', '|---|---|---|---|---|---|');
  for (const r of rows) out.push(`| ${r.kind} ${size(r.size)} | ${ratio(r.naive, r.ours)} | ${ratio(r.yamlLsStdio, r.oursStdio)} | ${ratio(r.yamlLs, r.ours)} | ${ratio(r.markdownLs, r.ours)} | ${ratio(r.ours, r.floor)} |`);
  return out.join('\n');
}

/** The in-process engines' p95 (and p50) after the longer run, with the same ratios. */
export function steadyTable(rows) {
  const out = ['| input | this engine | naive whole parse | yaml-language-server | vscode-markdown-languageservice | naive / engine | yaml-ls / engine | md-ls / engine |', '|---|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    const s = r.steady;
    if (s) out.push(`| ${r.kind} ${size(r.size)} | ${ms(s.ours)} | ${ms(s.naive)} | ${ms(s.yamlLs)} | ${ms(s.markdownLs)} | ${ratio(s.naive, s.ours)} | ${ratio(s.yamlLs, s.ours)} | ${ratio(s.markdownLs, s.ours)} |`);
  }
  return out.join('\n');
}

export function workspaceTable(w) {
  const f = w.floor.ms;
  const row = (what, value, unit, target, ok, toFloor = true) => `| ${what} | ${value}${unit} | ${toFloor && unit === ' ms' ? `${(value / f).toFixed(1)}x` : '–'} | ${target} | ${ok === undefined ? '–' : mark(ok)} |`;
  return [
    `| ${w.documents} documents | figure | / floor | target | |`,
    '|---|---|---|---|---|',
    row('cold index (empty cache)', w.coldIndexMs, ' ms', '≤ 3,000 ms', w.coldIndexMs <= 3000),
    row('warm index (cache filled)', w.warmIndexMs, ' ms', '≤ 1,000 ms', w.warmIndexMs <= 1000),
    row('server ready (initialize answered, from spawn)', w.readyMs, ' ms', '≤ 250 ms', w.readyMs <= 250, false),
    row('first diagnostics of an opened document (cold cache)', w.firstDiagnosticsMs, ' ms', 'before the index is done', w.firstDiagnosticsMs < w.indexDoneMs),
    row('server index done (cold cache)', w.indexDoneMs, ' ms', '–', undefined),
    ...(w.editShiftingP95Ms === undefined
      ? []
      : [
          row('edit in an open register + every document\'s findings, p95', w.editInPlaceP95Ms, ' ms', '–', undefined, false),
          row('the same with a line inserted above its risks, p95', w.editShiftingP95Ms, ' ms', '≤ 2x the edit in place', w.editShiftingP95Ms <= 2 * w.editInPlaceP95Ms, false),
        ]),
    row('retained memory per closed document', w.retainedKBPerClosedDocument, ' KB', '≤ 5 KB', w.retainedKBPerClosedDocument <= 5),
    ...(w.retainedKBPerDiagnosedDocument === undefined ? [] : [row('the same once every document is diagnosed (findings kept)', w.retainedKBPerDiagnosedDocument, ' KB', '–', undefined)]),
    row('aims check, cold cache (wall): every document diagnosed', w.cliCheckColdMs, ' ms', '≤ 20,000 ms', w.cliCheckColdMs <= 20000),
    row('aims check, warm cache (wall)', w.cliCheckWarmMs, ' ms', '–', undefined),
    row('floor: read every file, scan for IDs', f, ' ms', '–', undefined),
  ].join('\n');
}

/** Each edit-latency target (issue 13's), met or missed, with the figures it was judged on. */
export function editTargets(rows) {
  const out = [];
  for (const r of rows) {
    const limit = r.size >= 1e6 ? 60 : r.size >= 1e5 ? 30 : undefined;
    if (limit !== undefined) out.push(`- ${r.kind} ${size(r.size)}: p95 ≤ ${limit} ms over stdio: ${fmt(r.oursStdio.p95)} ms, ${mark(r.oursStdio.p95 <= limit)}`);
    const small = rows.find((x) => x.kind === r.kind && x.size === 1e4);
    if (r.kind.endsWith('-heavy') && r.size >= 1e6 && small)
      out.push(`- ${r.kind} ${size(r.size)}: p95 in process ≤ 40 ms and ≤ 8x the 10 KB one: ${fmt(r.ours.p95)} ms, ${ratio(r.ours, small.ours)}, ${mark(r.ours.p95 <= 40 && r.ours.p95 <= 8 * small.ours.p95)}`);
    // The naive-baseline target is set at 100 KB and 1 MB; at 10 KB a whole parse is itself a few milliseconds.
    if (r.naive && r.size >= 1e5) out.push(`- ${r.kind} ${size(r.size)}: ≥ 20x faster than the naive baseline: ${ratio(r.naive, r.ours)}, ${mark(r.naive.p95 >= 20 * r.ours.p95)}`);
    if (r.yamlLsStdio) out.push(`- ${r.kind} ${size(r.size)}: ≥ 2x faster than yaml-language-server: ${ratio(r.yamlLsStdio, r.oursStdio)} over stdio (its 200 ms validation delay included), ${ratio(r.yamlLs, r.ours)} in process, ${mark(r.yamlLsStdio.p95 >= 2 * r.oursStdio.p95 && r.yamlLs.p95 >= 2 * r.ours.p95)}`);
    if (r.markdownLs) out.push(`- ${r.kind} ${size(r.size)}: ≥ 2x faster than vscode-markdown-languageservice: ${ratio(r.markdownLs, r.ours)}, ${mark(r.markdownLs.p95 >= 2 * r.ours.p95)}`);
  }
  return out.join('\n');
}

export function machineLine(m, edits, warmup) {
  return `Measured with \`npm run bench\` on ${m.cpus} × ${m.cpu}, ${m.memoryGB} GB, ${m.os}, Node ${m.node} (load average at the start ${m.loadAverage.join(' / ')}): ${edits} single-character edits at random places per input, after ${warmup} unmeasured ones that every engine makes alike. Our server and the processes that run engines in process are started with the Node.js flags our client gives the server (${m.serverFlags ? `\`${m.serverFlags}\`` : 'none'}); yaml-language-server over stdio as its own client starts it. The machine is shared, so compare ratios within one run.`;
}

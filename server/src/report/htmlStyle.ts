/**
 * The report's only style sheet, inlined. System fonts only; colours are light
 * fills under near-black text (contrast above 7:1) and every coloured cell also
 * carries its meaning in words. Print: A4, colours kept, tables not split.
 *
 * Every colour is a variable. On its own (a saved report, a printout) the page is
 * light: the :root values. In VS Code's webview, whose <body> carries the theme's
 * kind as a class (vscode-light, vscode-dark, vscode-high-contrast) and whose root
 * defines the theme's colours as --vscode-* variables, the same variables take the
 * theme's colours, and the fills are the chart colours tinted into the editor's
 * background, so text stays readable in light, dark and high-contrast themes. Only
 * that block reads --vscode-* (test/coverage/report-theme.test.ts).
 */
export const REPORT_CSS = `
:root { --ink: #111; --muted: #444; --line: #8a8a8a; --paper: #fff; --head: #f3f3f3; --link: #0b4f9c;
  --ok: #cfe8d5; --warn: #fff0b3; --plan: #ffd8a8; --bad: #f5b5b5; --info: #dbe7f5; --none: #ececec; }
body.vscode-light, body.vscode-dark, body.vscode-high-contrast {
  --ink: var(--vscode-editor-foreground); --paper: var(--vscode-editor-background);
  --muted: color-mix(in srgb, var(--ink) 88%, var(--paper)); --line: color-mix(in srgb, var(--ink) 45%, var(--paper));
  --head: color-mix(in srgb, var(--ink) 8%, var(--paper)); --link: var(--vscode-textLink-foreground);
  --ok: color-mix(in srgb, var(--vscode-charts-green) 24%, var(--paper)); --warn: color-mix(in srgb, var(--vscode-charts-yellow) 24%, var(--paper));
  --plan: color-mix(in srgb, var(--vscode-charts-orange) 24%, var(--paper)); --bad: color-mix(in srgb, var(--vscode-charts-red) 24%, var(--paper));
  --info: color-mix(in srgb, var(--vscode-charts-blue) 22%, var(--paper)); --none: color-mix(in srgb, var(--ink) 12%, var(--paper));
  font-family: var(--vscode-font-family); }
body.vscode-high-contrast { --line: var(--vscode-contrastBorder, var(--ink)); }
/* Links on a tinted fill take the text's colour (still underlined): the theme's link colour is made for the plain background. */
:is(body.vscode-light, body.vscode-dark, body.vscode-high-contrast) :is(.ctl, td.cell, td.heat, td.gap, td.yes, td.no) a { color: inherit; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--paper); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.7em; margin: 0 0 4px; }
h2 { font-size: 1.3em; margin: 32px 0 8px; border-bottom: 2px solid var(--ink); padding-bottom: 2px; }
h3 { font-size: 1.05em; margin: 16px 0 6px; }
p.lead, p.note { color: var(--muted); margin: 4px 0 12px; }
a { color: var(--link); }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.92em; }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
thead th { background: var(--head); }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 8px; margin: 12px 0; padding: 0; list-style: none; }
.figures li { border: 1px solid var(--line); padding: 8px 10px; }
.figures .value { display: block; font-size: 1.6em; font-weight: 700; }
.figures .label { color: var(--muted); }
.matrix { font-size: 12px; }
.matrix th.doc { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; max-height: 14em; font-weight: 600; }
.matrix td.cell { text-align: center; min-width: 2.6em; }
.matrix td.cell small { display: block; color: var(--muted); }
.st-approved { background: var(--ok); } .st-draft { background: var(--warn); } .st-overdue { background: var(--plan); }
.st-retired { background: var(--none); } .st-undeclared { background: var(--info); }
.gap { background: var(--bad); font-weight: 700; }
.heatmap th[scope=row] { white-space: nowrap; }
.controls { display: flex; flex-wrap: wrap; gap: 4px; margin: 0; padding: 0; list-style: none; }
.ctl { border: 1px solid var(--line); padding: 3px 6px; min-width: 7.5em; }
.ctl b { display: block; }
.ctl span { font-size: 11px; }
.s-implemented { background: var(--ok); } .s-partial { background: var(--warn); } .s-planned { background: var(--plan); }
.s-applicable { background: var(--info); } .s-excluded { background: var(--none); }
.s-undecided { background: var(--paper); border-style: dashed; } .s-contradiction { background: var(--bad); border-width: 2px; border-color: var(--ink); }
.legend { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0; padding: 0; list-style: none; font-size: 12px; }
.legend li { border: 1px solid var(--line); padding: 1px 6px; }
.risk-maps { display: flex; flex-wrap: wrap; gap: 24px; }
.risk td.heat { width: 4.6em; height: 3.6em; text-align: center; vertical-align: middle; }
.risk td.heat .n { display: block; font-size: 1.25em; font-weight: 700; }
.risk td.heat .lvl, .risk td.heat .ids { display: block; font-size: 10px; }
.risk td.empty .n { font-weight: 400; color: var(--muted); }
.b-low { background: var(--ok); } .b-medium { background: var(--warn); } .b-high { background: var(--plan); } .b-critical { background: var(--bad); }
.b-none { background: var(--none); }
.sev-error { background: var(--bad); } .sev-warning { background: var(--warn); } .sev-information, .sev-hint { background: var(--info); }
.findings td:first-child { white-space: nowrap; }
.yes { background: var(--ok); } .no { background: var(--none); }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
@page { size: A4; margin: 14mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  table, .ctl, .figures li, tr { break-inside: avoid; page-break-inside: avoid; }
  .matrix { font-size: 7.5pt; }
  .risk-maps { gap: 12px; }
}
`;

/**
 * Registers whose columns are named in German, French or Spanish (a European SME's Excel
 * exports): the parts their kind requires are found under those names. Fixtures in our own
 * words, modelled on such exports (semicolons, as Excel writes CSV where the comma is decimal).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, workspace } from '../support/check.js';

test('missing-section: a German nonconformity log, a Spanish competence matrix and a German risk method have their parts', async () => {
  const { service } = await workspace(`
//- registers/nonconformities.csv
NC-ID;Datum;Quelle;Beschreibung;Ursache;Korrekturmaßnahme;Verantwortlich;Termin;Wirksamkeitsprüfung;Status
NC-2026-01;18.03.2026;Interner Audit;Nachweise fehlen;Spalte fehlte;Nachweise ergänzt;QCM;30.04.2026;15.05.2026 ok;geschlossen

//- registers/matriz-de-competencias.csv
Persona;Rol;Competencia requerida;Formación;Fecha;Evidencia;Eficacia evaluada
A. Ruiz;CTO;Gobierno de IA;Curso ISO 42001;12/02/2026;Certificado;sí

//- docs/risk-method.md
# Risk assessment method (ISO/IEC 42001)
## Risk criteria and acceptance
| Risikowert | Stufe | Akzeptanz |
|---|---|---|
| 1-6 | Niedrig | akzeptiert |
## Risk identification
Workshops.
## Likelihood scale
| Wert | Bedeutung |
|---|---|
| 1 | sehr selten |
## Impact scale
| Wert | Bedeutung |
|---|---|
| 1 | gering |
## Method
Risikowert = Eintrittswahrscheinlichkeit x Auswirkung.
## Responsibilities and frequency
Yearly.
`);
  const said = service
    .getAllFindings()
    .filter((f) => f.code === 'missing-section')
    .map((f) => `${f.uri.split('/').pop()}: ${f.message}`);
  assert.deepEqual(said, []);
});

test('soa-contradiction: an excluded control whose status says it is done, in German or Chinese; "nicht umgesetzt" is not done', async () => {
  await check(
    `
//- registers/statement-of-applicability.csv
Control;Titel;Anwendbar;Begründung;Umsetzungsstatus;Nachweis
A.2.2;AI policy;Ja;KI-Richtlinie erforderlich;umgesetzt;docs/ai-policy.md
A.6.2.8;AI system recording of event logs;Nein;Im ISMS geregelt;umgesetzt;ISMS
^^^^^^^ soa-contradiction A.6.2.8 is excluded but its status says "umgesetzt"
A.10.4;Customers;Nein;Keine Kunden;nicht umgesetzt;-

//- zh/statement-of-applicability.md
# Statement of Applicability (ISO/IEC 42001)
| 控制 | 标题 | 适用 | 理由 | 状态 |
|---|---|---|---|---|
| A.10.4 | 客户 | 否 | 不向企业客户提供AI系统 | 已实施 |
  ^^^^^^ soa-contradiction A.10.4 is excluded but its status says "已实施"
| A.10.3 | 供应商 | 否 | 无供应商 | 未实施 |
`,
    { codes: ['soa-contradiction'] },
  );
});

/**
 * Registers and SoAs kept in another language (catalogue/aimsTitles.ts, parse/columns.ts):
 * a title naming AI risk or the AI management system in Italian, French, German or Spanish
 * makes the document part of the AIMS, its register's columns are read by their names in that
 * language ("Probabilità", "Gravité", "Controlli"), and an SoA's "Sì"/"Oui"/"Non" are
 * decisions. A register or SoA titled in those languages ("KI-Risikoregister", "Dichiarazione di
 * applicabilità") is one, and is checked as one (neither kind asks for sections); other kinds
 * are not inferred from such titles, so no English section is asked of them. Our own wording.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['dangling-reference', 'soa-contradiction', 'missing-field', 'missing-section', 'risk-level-mismatch', 'risk-untreated', 'kind-inferred', 'soa-missing-justification'];

test('other languages: an Italian register defines the risks its SoA cites, and a control it uses that the SoA excludes is found', async () => {
  await check(
    `
//- rischi/registro-rischi-ia.md
# Registro dei rischi IA
^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred

| ID | Rischio | Responsabile | Probabilità | Impatto | Punteggio | Livello | Trattamento | Controlli | Stato |
|---|---|---|---|---|---|---|---|---|---|
| R-201 | Il modello penalizza i richiedenti nati all'estero | CRO | 4 | 4 | 16 | Alto | Modificare | A.7.4, A.5.4 | Aperto |
                                                                                                      ^^^^^ soa-contradiction
| R-202 | L'assistente fornisce tassi errati | CDO | 3 | 4 | 12 | Medio | Modificare | A.6.2.4 | Aperto |

//- rischi/dichiarazione-di-applicabilita.md
# Dichiarazione di applicabilità (SoA)
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred

Riferimento: ISO/IEC 42001:2023, punto 6.1.3 e Appendice A.

| Controllo | Titolo | Applicabile | Giustificazione | Stato di attuazione |
|---|---|---|---|---|
| A.5.4 | Valutazione dell'impatto su individui | Sì | R-201 | In corso |
| A.6.2.4 | Verifica e validazione | Sì | R-202 | Attuato |
| A.7.4 | Qualità dei dati | No | I dati sono già controllati dal fornitore | Non applicabile |
| A.7.5 | Provenienza dei dati | Sì | R-203 | Attuato |
                                      ^^^^^ dangling-reference
`,
    { codes },
  );
});

test('other languages: French and German registers, and an SoA decided "Oui" and "Non"', async () => {
  await check(
    `
//- fr/registre-risques-ia.md
# Registre des risques liés à l'IA

| Réf. | Risque | Propriétaire | Probabilité | Gravité | Niveau | Traitement | Contrôles | Statut |
|---|---|---|---|---|---|---|---|---|
| RSK-01 | Biais du modèle de tri des CV | DRH | 3 | 4 | Élevé | Réduire | A.7.4 | Ouvert |
| RSK-02 | Fuite de données via le chatbot | RSSI | 2 | 4 | Moyen | Réduire | A.7.5 | Ouvert |
                                                                              ^^^^^ soa-contradiction

//- fr/soa.md
# Déclaration d'applicabilité (SoA) du système de management de l'IA
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred

| Contrôle | Titre | Applicable | Justification |
|---|---|---|---|
| A.7.4 | Qualité des données | Oui | RSK-01 |
| A.7.5 | Provenance des données | Non | Aucune donnée acquise auprès de tiers |

//- de/ki-risikoregister.md
# KI-Risikoregister
^^^^^^^^^^^^^^^^^^^ kind-inferred

| ID | Risiko | Eintrittswahrscheinlichkeit | Auswirkung | Risikostufe | Behandlung | Verantwortlich | Status |
|---|---|---|---|---|---|---|---|
| R-101 | Diskriminierung bei der Kreditvergabe | 3 | 5 | Hoch | Mindern | CRO | Offen |

//- de/notizen.md
# Notizen zum KI-Einsatz

Im Team-Meeting wurde R-999 als Beispiel genannt.
`,
    { codes },
  );
});

test('other languages: French and German level words and bands decorated with emoji are read; translated control titles are not reported', async () => {
  await check(
    `
//- fr/registre.md
# Registre des risques IA
^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred

| Score | Niveau |
|---|---|
| 1–4 | Faible 🟢 |
| 5–9 | Modéré 🟡 |
| 10–16 | Élevé 🔴 |

| Identifiant | Risque | Probabilité | Gravité | Niveau | Traitement | Mesures de l'annexe A |
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-field
|---|---|---|---|---|---|---|
| R-001 | Biais du modèle de fraude | 3 | 4 | Élevé | Réduire | A.7.4 |
| R-003 | Variables de santé non autorisées | 3 | 4 | Modéré | Réduire | A.8.3 |
                                                      ^^^^^^ risk-level-mismatch
                                                                         ^^^^^ soa-contradiction

//- fr/declaration-applicabilite.md
# Déclaration d'applicabilité (SoA) du système de management de l'IA
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred

Cette déclaration présente les mesures de l'annexe A retenues pour notre système de management
de l'IA, avec la justification de chaque décision et l'état de sa mise en œuvre.

| Contrôle | Intitulé | Applicable | Justification |
|---|---|---|---|
| A.7.3 | Data provenance | Oui | R-001 |
          ^^^^^^^^^^^^^^^ control-title-mismatch
| A.7.4 | Qualité des données pour les systèmes d'IA | Oui | R-001 |
| A.8.3 | Rapports externes | Non | Aucune obligation |

//- de/ki-risikoregister.md
# KI-Risikoregister
^^^^^^^^^^^^^^^^^^^ kind-inferred

Bewertung: Niedrig 1–4, Mittel 5–9, Hoch 10–25.

| ID | Risiko | System-ID | Eintrittswahrscheinlichkeit | Auswirkung | Risikostufe | Behandlung |
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-field
|---|---|---|---|---|---|---|
| R-101 | Diskriminierung bei der Kreditvergabe | SYS-401 | 3 | 4 | Mittel | Mindern |
                                                                    ^^^^^^ risk-level-mismatch

//- de/index.md
# KI-Managementsystem der Falkenried GmbH

| System-ID | System | Verantwortlich |
|---|---|---|
| SYS-401 | Tourenplanung | Leiter Disposition |
`,
    { codes: [...codes, 'risk-level-mismatch', 'control-title-mismatch'] },
  );
});

test('other languages: a header in another script gives its English in parentheses; a UK register heads its levels "Band"', async () => {
  await check(
    `
//- jp/risk-register.md
# AIリスク登録簿 (AI risk register)

| ID | リスク (Risk) | 責任者 (Owner) | 発生可能性 (Likelihood) | 影響度 (Impact) | 対応 (Treatment) | 状態 (Status) |
|---|---|---|---|---|---|---|
| RSK-04 | 誤った回答 | 顧客窓口 | 0 | 3 | 低減 | 対応中 |
                          ^ risk-out-of-scale

//- uk/ai-risk-register.md
# AI risk register

| Score | Band |
|---|---|
| 1-6 | Low |
| 8-12 | Medium |
| 15-25 | High |

| Risk ID | Risk | Owner | Likelihood | Impact | Band | Treatment | Status |
|---|---|---|---|---|---|---|---|
| RSK-09 | Recordings kept too long | DPO | 5 | 3 | Medium | Modify | Open |
                                                    ^^^^^^ risk-level-mismatch
`,
    { codes: ['missing-field', 'risk-level-mismatch', 'risk-out-of-scale'] },
  );
});

test('other languages: a German register titled "KI-Risikoregister" with short "EW"/"AW" columns, and an Italian SoA, are checked as theirs', async () => {
  await check(
    `
//- 05_KI-Risikoregister.md
# KI-Risikoregister
^^^^^^^^^^^^^^^^^^^ kind-inferred kind: risk-register

| Risiko-ID | Risiko | Risikoeigner | EW | AW | Risikowert | Behandlung |
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-field "status"
|---|---|---|---|---|---|---|
| KI-R-01 | Neue Fehlerbilder werden nicht erkannt | S. Köhler | 3 | 4 | 12 | Vermindern |
| KI-R-05 | Protokolle werden zweckentfremdet | D. Vahrenhorst | 2 | 3 | 6 | Vermeiden |
| KI-R-09 | Einsatz außerhalb der freigegebenen Bauteile | S. Köhler | 4 | 5 | 20 | |
  ^^^^^^^ risk-untreated KI-R-09

//- Dichiarazione-di-applicabilita.md
# Dichiarazione di applicabilità
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: soa

| Controllo | Applicabile | Giustificazione | Evidenza |
|---|---|---|---|
| A.2.2 | Sì | Politica per l'IA approvata | Verbale del CdA |
| A.3.3 | Sì | | Procedura segnalazioni |
  ^^^^^ soa-missing-justification A.3.3
`,
    { codes },
  );
});

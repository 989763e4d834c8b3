/**
 * Numbers and IDs that belong to something else, written in other languages (refs/scan.ts
 * clauseOwner, refs/patterns.ts, rules/saidNotToExist.ts): a contract's clause in French word
 * order, a German statute's paragraph, and an audit finding quoting a wrong ID in French,
 * German or Japanese to say it does not exist. Each test holds a true finding of the same rule
 * still found; and a table column headed "Clause / control" takes bare numbers as clauses, as
 * Japanese "箇条" before a number and in a column's header does.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

test('unknown-clause: a contract clause in French word order and a German statute paragraph are not 42001 clauses', async () => {
  await check(
    `
//- fr/registre.md
# Registre des risques IA (ISO/IEC 42001)

La clause 8.5 du contrat-cadre de réassurance impose d'informer le réassureur.
La clause 8.6 de la norme s'applique à nos procédures.
          ^^^ unknown-clause

//- de/ki-richtlinie.md
# KI-Richtlinie (ISO/IEC 42001)

Der Betriebsrat wird nach § 87 Abs. 1 Nr. 6 BetrVG beteiligt, Daten nach § 26 BDSG verarbeitet.
Die Bewertung folgt § 6.1.5 der Norm.
                      ^^^^^ unknown-clause
`,
    { codes: ['unknown-clause'] },
  );
});

test('unknown-clause: a column headed "Clause / control" holds clauses; unknown-control: IDs quoted in French, German or Japanese as not existing are not reported', async () => {
  await check(
    `
//- audit/nonconformity-log.md
# AI nonconformity log (ISO/IEC 42001)

| NC | Clause / control | Finding |
|---|---|---|
| NC-01 | 10.3 | Corrective actions are not reviewed. |
          ^^^^ unknown-clause
| NC-02 | A.6.2.4 | Validation results are not kept. |

//- audit/rapport.md
# Rapport d'audit interne du système de management de l'IA (ISO/IEC 42001)

La DdA cite la mesure A.6.2.11, qui n'existe pas dans l'annexe A.
Le registre cite des contrôles inexistants (A.4.7, A.9.5).
Le plan de traitement cite A.10.5 pour les fournisseurs.
                           ^^^^^^ unknown-control

//- audit/bericht.md
# Interner Auditbericht KI-Managementsystem (ISO/IEC 42001)

Die Anwendbarkeitserklärung nennt A.6.2.12, die nicht existierende Maßnahme.
Die Anwendbarkeitserklärung nennt die nicht existierende Maßnahme A.6.2.13.

//- audit/houkoku.md
# 内部監査報告書 (ISO/IEC 42001)

適用宣言書に、附属書Aに存在しない管理策 A.6.2.10 が記載されている。
`,
    { codes: ['unknown-clause', 'unknown-control'] },
  );
});

test('unknown-clause: "箇条" before a number and a "箇条・管理策" column in Japanese documents cite our clauses', async () => {
  await check(
    `
//- 04_評価/内部監査報告書.md
# 内部監査報告書（ISO/IEC 42001）

本方針は箇条5.2に基づく。記録は箇条5.9に従う。
                   ^^^ unknown-clause Clause 5.9 does not exist

| No. | 区分 | 箇条・管理策 | 内容 |
|---|---|---|---|
| 4 | 観察事項 | 9.4 | マネジメントレビューのアウトプットが未完了。 |
             ^^^ unknown-clause Clause 9.4 does not exist
| 5 | 適合 | A.6.2.4 | 検証済み |
`,
    { codes: ['unknown-clause'] },
  );
});

test('unknown-clause: "Normkapitel 9.4", "cláusula 9.4" and "ISO/IEC 42001 Kapitel 9.4" cite our clauses; "cláusula 12.3 del contrato" is a contract\'s', async () => {
  await check(
    `
//- auditoria/relatorio-2026.md
# Relatório de auditoria interna (ISO/IEC 42001)

| Nº | Tipo | Requisito | Constatação |
|---|---|---|---|
| C-2 | Não conformidade menor | cláusula 9.4 | Resultados dos objetivos não avaliados. |
                                          ^^^ unknown-clause 9.4
| C-3 | Observação | cláusula 9.2 | Programa de auditoria sem critérios. |

El proveedor incumple la cláusula 12.3 del contrato.

//- de/managementbewertung.md
# Managementbewertung 2026 (ISO/IEC 42001)

Künftig nach Normkapitel 9.4 quartalsweise berichten; siehe ISO/IEC 42001 Kapitel 9.5.
                         ^^^ unknown-clause 9.4
                                                                                  ^^^ unknown-clause 9.5
`,
    { codes: ['unknown-clause'] },
  );
});

/**
 * AI policies in other languages (rules/sectionContent.ts, catalogue/kinds.ts): French, German
 * and Spanish section names meet the kind's items, so a complete policy gives nothing; in a
 * language the synonyms do not cover, at most one notice that says so. Management reviews and
 * internal audit reports are read by their titles in those languages too ("Managementbewertung",
 * "Informe de auditoría interna"). Our own wording.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../support/check.js';

const codes = ['missing-section'];

test('languages: French, German and Spanish AI policies with their own headings', async () => {
  await check(
    `
//- fr/ai-policy.md
# Politique de l'IA de Kestrel
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: policy
## Objet
Cette politique fixe les règles pour les systèmes d'IA de l'entreprise et pour les équipes qui les conçoivent.
## Portée
Elle s'applique à tous les systèmes d'IA développés ou achetés par l'entreprise, dans tous les pays.
## Principes
Les décisions qui touchent les personnes sont prises avec une supervision humaine.
## Objectifs
Les objectifs sont fixés chaque année par le comité de pilotage et suivis dans le registre.
## Exigences légales
Nous respectons les lois et les contrats qui s'appliquent à nos systèmes.
## Amélioration continue
Le système de management est amélioré après chaque audit et chaque incident.
## Rôles et responsabilités
La direction des risques est propriétaire de la politique.
## Revue de la politique
La politique est revue une fois par an par la direction.

//- de/ai-policy.md
---
aims:
  kind: policy
  id: POL-DE-001
  title: KI-Richtlinie
  owner: Leitung KI-Governance
  version: "1.0"
  status: draft
---
# KI-Richtlinie der Kestrel GmbH
## Zweck
Die Richtlinie legt fest, wie die Kestrel GmbH KI-Systeme entwickelt und betreibt, und sie gilt für das ganze Unternehmen.
## Geltungsbereich
Sie gilt für alle KI-Systeme, die von uns entwickelt oder eingekauft werden.
## Grundsätze
Entscheidungen über Menschen werden nicht ohne menschliche Aufsicht getroffen.
## Ziele
Die Ziele werden jedes Jahr von der Geschäftsleitung festgelegt und mit dem Register verfolgt.
## Rechtliche Anforderungen
Wir halten die Gesetze und Verträge ein, die für unsere Systeme gelten.
## Kontinuierliche Verbesserung
Das Managementsystem wird nach jedem Audit und jedem Vorfall verbessert.
## Rollen und Verantwortlichkeiten
Die Leitung KI-Governance ist für die Richtlinie verantwortlich.
## Überprüfung
Die Richtlinie wird jedes Jahr von der Geschäftsleitung überprüft.

//- es/ai-policy.md
# Política de IA de Kestrel
^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: policy
## Propósito
Esta política establece las reglas para los sistemas de IA de la empresa y para los equipos que los diseñan.
## Alcance
Se aplica a todos los sistemas de IA desarrollados o comprados por la empresa, en todos los países.
## Principios
Las decisiones que afectan a las personas se toman con supervisión humana.
## Objetivos
Los objetivos los fija cada año el comité de dirección y se siguen en el registro.
## Requisitos legales
Cumplimos las leyes y los contratos que se aplican a nuestros sistemas.
## Mejora continua
El sistema de gestión se mejora después de cada auditoría y de cada incidente.
## Roles y responsabilidades
La dirección de riesgos es responsable de la política.
## Revisión
La política se revisa una vez por año por la dirección.
`,
    // kind-inferred too: the French and Spanish ones are read as AI policies by their file name.
    { codes: [...codes, 'kind-inferred'] },
  );
});

test('languages: an Italian AI policy gives at most one notice, saying the language is not one the checker knows', async () => {
  const findings = await check(
    `
//- it/ai-policy.md
# Politica per l'IA di Kestrel
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-section language
## Scopo
Questa politica stabilisce le regole per i sistemi di IA della società e per i gruppi che li progettano.
## Ambito di applicazione
Si applica a tutti i sistemi di IA sviluppati o acquistati dalla società, in tutti i paesi.
## Principi
Le decisioni che riguardano le persone sono prese con la supervisione umana.
## Obiettivi
Gli obiettivi sono fissati ogni anno dal comitato direttivo e seguiti nel registro.
## Requisiti legali
Rispettiamo le leggi e i contratti che sono applicabili ai nostri sistemi.
## Miglioramento continuo
Il sistema di gestione è migliorato dopo ogni audit e ogni incidente.
## Ruoli e responsabilità
La direzione dei rischi è responsabile della politica.
## Riesame
La politica è riesaminata una volta all'anno dalla direzione.
`,
    { codes },
  );
  const here = findings.filter((f) => f.uri.endsWith('/it/ai-policy.md'));
  assert.equal(here.length, 1);
  assert.equal(here[0]!.severity, 'information');
});

test('languages: a German impact assessment and a French management review with their own headings; a Japanese policy is not said to lack its parts', async () => {
  const findings = await check(
    `
//- de/ki-folgenabschaetzung.md
---
aims:
  kind: impact-assessment
---
# KI-Folgenabschätzung Tourenplanung
## Systembeschreibung
Das System plant die Touren der Fahrer jeden Morgen aus den Aufträgen des Vortags.
## Vorgesehener Einsatzzweck
Es dient der Disposition; über Personen entscheidet es nicht.
## Betroffene Personen und Gruppen
Fahrerinnen und Fahrer, Kundinnen und Kunden.
## Auswirkungen auf Einzelpersonen
Längere Touren können die Arbeitszeit verlängern.
## Gesellschaftliche Auswirkungen
Weniger Leerfahrten, weniger Emissionen.
## Vorhersehbarer Missbrauch
Die Touren könnten zur Leistungskontrolle missbraucht werden.
## Maßnahmen zur Minderung
Der Betriebsrat prüft jede Auswertung.
## Ergebnis und Entscheidung
Freigegeben durch die Geschäftsleitung.

//- fr/revue-de-direction.md
---
aims:
  kind: management-review
---
# Revue de direction 2026
## Participants
La direction générale et le responsable du système de management de l'IA.
## État des actions des revues précédentes
Deux actions closes, une en cours.
## Évolution des enjeux externes et internes
Le règlement européen sur l'IA s'applique désormais à nos systèmes.
## Performance du SMIA
Trois non-conformités mineures lors de l'audit interne.
## Opportunités d'amélioration
Automatiser les tests d'équité.
## Décisions et actions
Le budget de formation est augmenté.

//- jp/ai-policy.md
---
aims:
  kind: policy
        ^^^^^^ missing-section cannot tell whether it covers
---
# AI方針
## 目的
本方針は、当社がAIシステムを責任をもって開発し利用するための原則を定める。
## 適用範囲
当社のすべてのAIシステムと従業員に適用する。
## 基本原則
人間による監督を確保する。
`,
    { codes },
  );
  const jp = findings.find((f) => f.uri.endsWith('/jp/ai-policy.md'))!;
  assert.equal(jp.severity, 'information');
  assert.doesNotMatch(jp.message, /has nothing on|has no "/);
});

test('languages: a German management review and a Spanish audit report are read by their titles, and their parts by their headings', async () => {
  await check(
    `
//- 12_Managementbewertung_2026.md
# Managementbewertung KIMS 2026
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: management-review
## Teilnehmende
Geschäftsführung, KI-Beauftragte.
## 1 Status der Maßnahmen aus der letzten Managementbewertung
Zwei von drei erledigt.
## 2 Veränderungen bei externen und internen Themen
Neue KI-Verordnung.
## 3 Leistung des KIMS
Ziele überwiegend erreicht; künftig nach Normkapitel 9.4 berichten.
                                                     ^^^ unknown-clause 9.4
## 5 Möglichkeiten zur fortlaufenden Verbesserung
Schulungen ausbauen.
## 6 Entscheidungen und Maßnahmen
Budget freigegeben.

//- informe-auditoria-interna-2026.md
# Informe de auditoría interna del SGIA 2026
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: audit-report

**Destinatario del informe:** Comisión de Gobernanza de IA

## 1. Alcance de la auditoría
Todo el SGIA.
## 2. Criterios de auditoría
ISO/IEC 42001:2023.
## 3. Hallazgos
Una no conformidad menor.
## 4. Conclusión
El SGIA es eficaz.
`,
    { codes: ['missing-section', 'kind-inferred', 'unknown-clause'] },
  );
});

/**
 * The published AI RMF to ISO/IEC 42001 crosswalk hosted by NIST (issue 17), as ID pairs only:
 * for each AI RMF 1.0 subcategory, the ISO/IEC FDIS 42001 items the crosswalk lists beside it,
 * in its order. No text of the crosswalk is copied: IDs are facts, and which ID it pairs with
 * which is the fact we record. `B.x.y` is the FDIS's Annex B (implementation guidance for the
 * control A.x.y, same number and subject); crosswalk.ts turns it into the control.
 */
import type { CrosswalkSourceInfo } from './types.js';

export const AIRC_CROSSWALK_SOURCE: CrosswalkSourceInfo = {
  id: 'nist-airc-microsoft',
  name: 'NIST AI RMF to ISO/IEC FDIS 42001 AI Management System Crosswalk',
  short: 'the AI RMF to ISO/IEC 42001 crosswalk NIST hosts, by Microsoft',
  publisher: 'NIST AI Resource Center (airc.nist.gov), crosswalks page; NIST says a listing there does not imply endorsement',
  author: 'Microsoft (the provider the AIRC names); a community crosswalk, not a NIST work',
  edition: 'Undated PDF, file metadata May 2023 (airc.nist.gov/docs/NIST_AI_RMF_to_ISO_IEC_42001_Crosswalk.pdf); AI RMF 1.0 (NIST AI 100-1) against the final draft ISO/IEC FDIS 42001, not the published ISO/IEC 42001:2023',
  transcribed:
    'ID pairs read from the text extraction of the PDF in CloudSecurityAlliance-DataSets/dataset-public-laws-regulations-standards ' +
    '(organizations/NIST/NIST.AI.100-1-crosswalks/NIST_AI_RMF_to_ISO_IEC_42001_Crosswalk), rows split at page breaks joined to the row above; ' +
    'checked against a second copy of the PDF text (Scribd 705580938, page 1 and the GOVERN 2 to MAP 2 rows) and against a partial transcription ' +
    'of 13 subcategories in a public repository (all agree). Every Annex B title in the source was compared with the Annex A control of the same number: ' +
    'they agree except in the three pairs left out below.',
};

/**
 * Pairs the source prints with a number and a title that disagree, so that which one it means
 * cannot be told: left out, named here so nobody adds them back by accident.
 */
export const AIRC_LEFT_OUT: readonly (readonly [string, string, string])[] = [
  ['GOVERN 3.2', 'B.3.2', 'printed with the title of clause 9.3.2 (Management review inputs)'],
  ['MAP 1.4', 'B.2.2', 'printed with the title of B.10.4 (Customers)'],
  ['MAP 1.5', '6.1.1', 'printed with the title "Objective", which no item of clause 6 has (6.1.1 is General; 6.2 is about objectives)'],
];

/** [subcategory, the FDIS items the crosswalk lists for it, in its order]. Repeats in the source are dropped. */
export const AIRC_PAIRS: readonly (readonly [string, string])[] = [
  ['GOVERN 1.1', '4.1 6.2 B.2.2 B.2.4'],
  ['GOVERN 1.2', 'B.9.3 B.6.1.2 B.6.1.3 B.10.3 B.2.2 4.4 5.2'],
  ['GOVERN 1.3', '6.1.2 6.1.1 6.1.3'],
  ['GOVERN 1.4', '6.1.2 6.1.3 8.3'],
  ['GOVERN 1.5', '8.2 8.3 8.4'],
  ['GOVERN 1.6', 'B.4.5 B.4.3 B.4.4 B.4.6 B.4.2'],
  ['GOVERN 1.7', 'B.6.2.6'],
  ['GOVERN 2.1', '9.1 5.3 7.1 7.2 7.3 7.4 B.3.2'],
  ['GOVERN 2.2', '7.2'],
  ['GOVERN 2.3', '5.1 9.3.1 9.3.2 9.3.3 5.2'],
  ['GOVERN 3.1', 'B.4.6 B.5.4'],
  ['GOVERN 3.2', 'B.6.1.3 B.9.3 B.4.6 B.5.3 7.2'],
  ['GOVERN 4.1', 'B.5.2 B.6.1.2 B.6.1.3 B.9.2 B.9.3 B.10.3 B.5.4'],
  ['GOVERN 4.2', 'B.5.4 B.8.5 7.4 6.1.4 B.5.5'],
  ['GOVERN 4.3', 'B.6.2.4 B.6.2.6 B.6.2.7 B.8.2 B.8.3 B.8.4 B.8.5 B.6.1.2 B.6.1.3'],
  ['GOVERN 5.1', 'B.10.4 B.5.3 B.5.4 B.8.3'],
  ['GOVERN 5.2', 'B.8.3 B.10.4 B.5.4 B.5.5 B.6.1.3 B.6.2.6'],
  ['GOVERN 6.1', 'B.10.2 B.10.3'],
  ['GOVERN 6.2', 'B.10.2 B.10.3'],
  ['MAP 1.1', '6.1.4 B.5.2 B.5.3 B.5.4 B.5.5'],
  ['MAP 1.2', 'B.4.6 7.2'],
  ['MAP 1.3', '4.1 5.2 6.2 7.5.3 7.3 7.4'],
  ['MAP 1.4', '5.1 4.1 B.5.2 B.9.4 B.6.2.2'],
  ['MAP 1.6', 'B.6.2.2 B.5.4 B.5.5'],
  ['MAP 2.1', 'B.6.2.3 B.4.2 B.4.3 B.4.4 B.4.5 B.4.6'],
  ['MAP 2.2', 'B.6.2.7 B.9.3 B.8.2'],
  ['MAP 2.3', 'B.6.1.3 B.6.2.7 B.7.2 B.7.3 B.7.4 B.7.5 B.7.6 B.6.2.4'],
  ['MAP 3.1', 'B.5.2 B.5.3 B.5.4 B.5.5'],
  ['MAP 3.2', 'B.5.2 B.5.3 B.5.4 B.5.5 8.2 8.3 8.4'],
  ['MAP 3.3', '4.3 B.5.2 B.5.3 B.5.4 B.5.5'],
  ['MAP 3.4', '7.2 B.4.6'],
  ['MAP 3.5', 'B.6.1.3 B.6.2.7 B.8.2'],
  ['MAP 4.1', '4.1 B.2.2 B.9.2 B.9.4'],
  ['MAP 4.2', 'B.6.2.7 B.8.2 B.10.3'],
  ['MAP 5.1', '6.1.2 B.5.2'],
  ['MAP 5.2', 'B.6.1.3 B.6.2.6 B.8.3'],
  ['MEASURE 1.1', '6.1.1 6.1.2'],
  ['MEASURE 1.2', 'B.6.2.4 B.5.4 B.5.2 B.5.5'],
  ['MEASURE 1.3', '6.1.2 9.2.2 B.5.2 B.5.4 B.5.5'],
  ['MEASURE 2.1', 'B.8.4 B.6.2.4 B.6.2.7 B.4.2'],
  ['MEASURE 2.2', 'B.6.2.4'],
  ['MEASURE 2.3', 'B.7.4 B.6.2.6'],
  ['MEASURE 2.4', '9.1 B.6.2.6 B.6.2.8'],
  ['MEASURE 2.5', 'B.6.2.4 B.6.2.5 B.6.2.7 B.8.2'],
  ['MEASURE 2.6', 'B.6.2.8 B.6.2.6 B.6.2.4 8.2'],
  ['MEASURE 2.7', 'B.7.2 B.3.2 B.2.3 B.5.2 B.6.1.2 B.6.2.3 B.9.3'],
  ['MEASURE 2.8', 'B.7.2 B.5.4 B.5.5 B.6.1.2 B.9.3 6.1.2'],
  ['MEASURE 2.9', 'B.7.5 B.6.2.5 B.6.2.7 B.8.2'],
  ['MEASURE 2.10', 'B.5.2 B.7.2 B.7.3 B.2.3'],
  ['MEASURE 2.11', 'B.5.5 B.5.4'],
  ['MEASURE 2.12', 'B.5.5 B.4.5'],
  ['MEASURE 2.13', 'B.6.2.4 B.6.2.6'],
  ['MEASURE 3.1', '8.2 4.4 8.4'],
  ['MEASURE 3.2', 'B.6.2.8 B.6.2.6 10.1'],
  ['MEASURE 3.3', 'B.8.2 B.8.4 B.8.3'],
  ['MEASURE 4.1', 'B.6.2.4 B.5.4 B.5.5 9.1'],
  ['MEASURE 4.2', '9.1 B.8.2 9.2.1 B.8.3'],
  ['MEASURE 4.3', '9.3.1 B.6.2.6 B.6.2.7'],
  ['MANAGE 1.1', 'B.9.3 B.9.2 B.9.4 B.6.1.3 B.6.2.4'],
  ['MANAGE 1.2', '9.3.3 6.1.2 6.1.3 6.1.4'],
  ['MANAGE 1.3', '6.1.1 6.1.2 6.1.3 6.1.4'],
  ['MANAGE 1.4', 'B.5.3 B.5.4 B.6.2.7 B.8.2'],
  ['MANAGE 2.1', 'B.4.2 7.1'],
  ['MANAGE 2.2', 'B.3.3 B.6.1.2 B.6.1.3 B.6.2.4 B.6.2.6 B.7.2 7.1 10.1'],
  ['MANAGE 2.3', '10.2 6.1.1 6.1.2 6.1.3'],
  ['MANAGE 2.4', 'B.9.4 B.8.2 B.6.2.7 B.6.1.3'],
  ['MANAGE 3.1', 'B.10.3 B.10.2'],
  ['MANAGE 3.2', 'B.4.4 B.6.2.6'],
  ['MANAGE 4.1', '9.2.1 B.6.2.6 B.8.3 B.10.4'],
  ['MANAGE 4.2', '9.3.3 B.6.2.4 B.6.2.6'],
  ['MANAGE 4.3', '9.3.2 B.8.5 B.6.2.6'],
];

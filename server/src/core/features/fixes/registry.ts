/**
 * Every quick fix, one file per rule code, named as the rule's file in core/rules/ is
 * (rules/missingSection.ts -> fixes/missingSection.ts). Adding a fix is that file and a
 * line here; test/architecture.test.ts holds the pairing.
 */
import type { FixProvider } from './util.js';
import { controlTitleMismatchFix } from './controlTitleMismatch.js';
import { danglingReferenceFix } from './danglingReference.js';
import { duplicateIdFix } from './duplicateId.js';
import { kindInferredFix } from './kindInferred.js';
import { missingFieldFix } from './missingField.js';
import { missingSectionFix } from './missingSection.js';
import { objectiveAsControlFix } from './objectiveAsControl.js';
import { reviewOverdueFix } from './reviewOverdue.js';
import { riskLevelMismatchFix } from './riskLevelMismatch.js';
import { schemaFix } from './schema.js';
import { soaMissingControlFix } from './soaMissingControl.js';
import { unknownControlFix } from './unknownControl.js';
import { unknownFrameworkReferenceFix } from './unknownFrameworkReference.js';

export const FIX_PROVIDERS: readonly FixProvider[] = [
  unknownControlFix,
  controlTitleMismatchFix,
  objectiveAsControlFix,
  missingSectionFix,
  missingFieldFix,
  schemaFix,
  kindInferredFix,
  soaMissingControlFix,
  danglingReferenceFix,
  duplicateIdFix,
  riskLevelMismatchFix,
  reviewOverdueFix,
  unknownFrameworkReferenceFix,
];

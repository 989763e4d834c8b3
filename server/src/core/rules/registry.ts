/**
 * Every rule, in reporting order. Codes are stable and documented in the
 * README; SARIF ruleIds are exactly these codes. Adding a rule = one file + one line here.
 */
import type { Rule } from './types.js';
import { yamlSyntax } from './yamlSyntax.js';
import { schema } from './schema.js';
import { fileSkipped } from './fileSkipped.js';
import { kindInferred } from './kindInferred.js';
import { unknownControl } from './unknownControl.js';
import { objectiveAsControl } from './objectiveAsControl.js';
import { controlTitleMismatch } from './controlTitleMismatch.js';
import { unknownClause } from './unknownClause.js';
import { clauseKindMismatch } from './clauseKindMismatch.js';
import { clauseTitleMismatch } from './clauseTitleMismatch.js';
import { unknownFrameworkReference } from './unknownFrameworkReference.js';
import { missingSection } from './missingSection.js';
import { emptySection } from './emptySection.js';
import { missingField } from './missingField.js';
import { danglingReference } from './danglingReference.js';
import { duplicateId } from './duplicateId.js';
import { soaMissingControl } from './soaMissingControl.js';
import { soaDuplicateControl } from './soaDuplicateControl.js';
import { soaMissingJustification } from './soaMissingJustification.js';
import { soaContradiction } from './soaContradiction.js';
import { soaProvisional } from './soaProvisional.js';
import { riskOutOfScale } from './riskOutOfScale.js';
import { riskLevelMismatch } from './riskLevelMismatch.js';
import { riskUntreated } from './riskUntreated.js';
import { reviewOverdue } from './reviewOverdue.js';
import { missingDocumentedInformation } from './missingDocumentedInformation.js';
import { codeTagExcluded } from './codeTagExcluded.js';
import { cardMetadata } from './cardMetadata.js';
import { unknownBaseModel } from './unknownBaseModel.js';
import { implementedWithoutEvidence } from './implementedWithoutEvidence.js';
import { frameworkObligationExcluded } from './frameworkObligationExcluded.js';
import { annexDSector } from './annexDSector.js';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  fileSkipped,
  kindInferred,
  unknownControl,
  objectiveAsControl,
  controlTitleMismatch,
  unknownClause,
  clauseTitleMismatch,
  clauseKindMismatch,
  unknownFrameworkReference,
  missingSection,
  emptySection,
  missingField,
  danglingReference,
  duplicateId,
  soaMissingControl,
  soaDuplicateControl,
  soaMissingJustification,
  soaProvisional,
  soaContradiction,
  frameworkObligationExcluded,
  implementedWithoutEvidence,
  codeTagExcluded,
  cardMetadata,
  unknownBaseModel,
  riskOutOfScale,
  riskLevelMismatch,
  riskUntreated,
  reviewOverdue,
  missingDocumentedInformation,
  annexDSector,
];

const byCode = new Map(RULES.map((r) => [r.code, r]));

export function getRule(code: string): Rule | undefined {
  return byCode.get(code);
}

/**
 * The language of a rule's example, for a fenced code block (the README's rule sections, the
 * editor's rule page): YAML when it opens with a key or a list item of keys, Markdown otherwise
 * (a front matter block opens a Markdown document).
 */
export function exampleLanguage(example: string): 'yaml' | 'markdown' {
  const first = example.split('\n').find((l) => l.trim() !== '') ?? '';
  return /^\s*(?:-\s+)?[A-Za-z_][\w-]*:(?:\s|$)/.test(first) ? 'yaml' : 'markdown';
}

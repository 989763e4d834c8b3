/**
 * What the coverage model and the statement-of-applicability generator offer
 * outside the core; re-exported by the facade (core/index.ts).
 */
export { computeCoverageModel, type CoverageModelOptions } from './model.js';
export type * from './types.js';
export { implementationOf } from '../parse/soaStatus.js';
export { splitEvidence } from './evidence.js';

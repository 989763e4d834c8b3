/**
 * The statement of applicability as the product writes it: generated from the coverage model,
 * updated in place, its rows. Used outside the core; re-exported by the facade (core/index.ts).
 */
export { generateSoa, soaHeader, type SoaFormat, type SoaHeader } from './generate.js';
export { updateSoa, soaUpdateProblem } from './update.js';
export { soaRows, type SoaRow } from './rows.js';

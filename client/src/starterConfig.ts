/**
 * The starter `.aims.yaml` the editor offers to write when it started the server for a
 * workspace that has none, and when to offer it. Offered once per workspace: "Don't ask
 * again" and a created file end it; "Not now" (or a dismissed message) asks again after
 * ASK_AGAIN_DAYS. No `vscode` here, so node tests cover it.
 */

/** The workspaceState key the answer is kept under. */
export const STARTER_STATE_KEY = 'aims.starterConfig';
export const ASK_AGAIN_DAYS = 30;

export type StarterAnswer = 'created' | 'never' | 'later';
export interface StarterState {
  readonly answer: StarterAnswer;
  /** Epoch milliseconds of the answer. */
  readonly at: number;
}

export function starterOfferDue(state: unknown, now: number): boolean {
  if (typeof state !== 'object' || state === null) return true;
  const { answer, at } = state as Partial<StarterState>;
  if (answer === 'created' || answer === 'never') return false;
  if (answer === 'later' && typeof at === 'number') return now - at >= ASK_AGAIN_DAYS * 86_400_000 || now < at;
  return true;
}

/** The file itself is shared with `aims init` (protocol/starterConfig.ts). */
export { STARTER_CONFIG } from '../../protocol/starterConfig.js';

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

/**
 * A configuration that changes nothing (every key optional; the defaults apply) and shows
 * the keys people change first. No `risk:` on purpose: without it the risk rules use the
 * method the documents state.
 */
export const STARTER_CONFIG = `# AIMS language tools (ISO/IEC 42001): this workspace's configuration.
# Every key is optional and the defaults apply without it; see the README's
# "Configuration: .aims.yaml" for all of them.
version: 1
documents:
  # Folders that hold no AIMS documents (examples, drafts, archives):
  exclude: []
  # A kind for documents whose title and file name do not say it:
  # kinds:
  #   - { glob: "policies/*.md", kind: policy }
# Severity per rule code (error | warning | information | hint | off):
# rules:
#   kind-inferred: off
# Without a "risk:" method here, the risk rules use the one your documents state.
`;

/**
 * The starter `.aims.yaml`: written by `aims init` and offered by the editor when it started
 * the server for a workspace that has none. Here, not in the client or the core, because both
 * sides write it and it must be the same file.
 *
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

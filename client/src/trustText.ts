/**
 * What the extension says about Restricted Mode (an untrusted folder): which workspace
 * settings and which `.aims.yaml` keys it ignores until the folder is trusted. No `vscode`
 * here, so node tests cover the wording.
 */

export interface TrustState {
  readonly trusted: boolean;
  /** The restricted settings the workspace sets ("aims.ids.risk"), which VS Code withholds while it is untrusted. */
  readonly ignored: readonly string[];
  /** The `.aims.yaml` keys the server did not read ("ids.risk"; "folder: ids.risk" with several folders). */
  readonly configIgnored: readonly string[];
}

/** The one-time message: undefined when the folder is trusted or sets nothing Restricted Mode ignores. */
export function restrictedMessage(state: TrustState): string | undefined {
  const what = ignoredPhrase(state);
  return what ? `Restricted Mode: ${what} ${state.ignored.length + state.configIgnored.length === 1 ? 'is' : 'are'} ignored until you trust this folder; AIMS checks with the defaults.` : undefined;
}

/** For the status bar (statusText.ts): its tooltip's Restricted Mode paragraph (Markdown), and whether anything is ignored; undefined when trusted. */
export function restrictedNote(state: TrustState): { tooltip: string; ignoresSomething: boolean } | undefined {
  if (state.trusted) return undefined;
  const what = ignoredPhrase(state);
  return what
    ? { tooltip: `**Restricted Mode**: ${escapeMarkdown(what)} ${state.ignored.length + state.configIgnored.length === 1 ? 'is' : 'are'} ignored until you trust this folder; the defaults apply.`, ignoresSomething: true }
    : { tooltip: '**Restricted Mode**: this folder is not trusted, so its own ID patterns, document globs, guidance overlay and size limit would be ignored (it sets none).', ignoresSomething: false };
}

/** "the workspace setting aims.ids.risk and .aims.yaml's ids.system, max_file_size", or "" when nothing is ignored. */
function ignoredPhrase(state: TrustState): string {
  if (state.trusted) return '';
  const parts: string[] = [];
  if (state.ignored.length > 0) parts.push(`the workspace ${state.ignored.length === 1 ? 'setting' : 'settings'} ${state.ignored.join(', ')}`);
  if (state.configIgnored.length > 0) parts.push(`.aims.yaml's ${state.configIgnored.join(', ')}`);
  return parts.join(' and ');
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-!<>|~]/g, (c) => `\\${c}`);
}

/**
 * Restricted Mode for a workspace nobody has vouched for (VS Code's untrusted folder, the
 * CLI's --untrusted): the keys of its `.aims.yaml` that change what is read or how are not
 * read, and the defaults (or the user's own settings) apply. The same keys are the
 * extension's `restrictedConfigurations`, which VS Code withholds from the workspace's
 * settings; test/safety/trust.test.ts holds the two lists equal.
 *
 * Restricted, and why:
 * - `documents.include`, `documents.exclude`: globs that decide which files are read (all of
 *   them, or none of the risk register, so its findings vanish from a review);
 * - `documents.kinds`: globs that decide how each file is read (its kind and so its rules);
 * - `ids.risk`, `ids.system`, `ids.document`: regular expressions run over every document;
 * - `max_file_size`: how much of a file is read and parsed (memory and time), or a size that
 *   hides every document;
 * - `guidance.overlay`: a file whose text hovers then present as the standard's own wording;
 * - `code_tags`: whether source files are read at all (off, their tags' findings vanish from a review).
 * Kept, being values the rules compare with and nothing that decides what is read: `rules`
 * (severities), `risk` (scales, bands, threshold), `frameworks`, `today`, `version`.
 */

/** The `.aims.yaml` keys a restricted workspace does not get to set, as dotted paths. */
export const RESTRICTED_CONFIG_KEYS = ['documents.include', 'documents.exclude', 'documents.kinds', 'ids.risk', 'ids.system', 'ids.document', 'max_file_size', 'guidance.overlay', 'code_tags'] as const;

/** The top-level keys holding them: a restricted file's whole `documents`, `ids` and `guidance` are left out, whatever they hold. */
const RESTRICTED_TOP = new Set(RESTRICTED_CONFIG_KEYS.map((k) => k.split('.')[0]!));

/**
 * A raw configuration (plain data from YAML) without its restricted keys, and the keys it
 * set that are left out (dotted, sorted), for the editor and the CLI to name.
 */
export function withoutRestrictedKeys(raw: unknown): { kept: unknown; ignored: string[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { kept: raw, ignored: [] };
  const kept: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!RESTRICTED_TOP.has(key)) {
      kept[key] = value;
      continue;
    }
    const inner = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
    if (inner.length === 0) ignored.push(key);
    else for (const k of inner) ignored.push(`${key}.${k}`);
  }
  return { kept, ignored: ignored.sort() };
}

/**
 * Editor settings (`aims.*`) as the engine reads them. VS Code sends every contributed
 * key, an unset one as its default or, without a default, as its type's empty value
 * (null, "", [], {}, and 0 for a number: package.json gives `aims.max_file_size` a null
 * default for that reason, since 0 is no size). The empty values are dropped, at any depth,
 * so the values of .aims.yaml stand (an empty list in the settings means "not set"), and
 * the client's own keys (aims.statusBar.*, aims.trace.*, aims.codeLens.*) go.
 */

/** Settings of the VS Code client itself: not engine configuration. */
const CLIENT_KEYS = ['statusBar', 'trace', 'codeLens'];

export function editorSettings(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  return Object.fromEntries(Object.entries(stripEmpty(raw as Record<string, unknown>)).filter(([k]) => !CLIENT_KEYS.includes(k)));
}

export function stripEmpty(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === null || v === undefined || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length > 0) out[k] = v;
      continue;
    }
    if (typeof v === 'object') {
      const inner = stripEmpty(v as Record<string, unknown>);
      if (Object.keys(inner).length > 0) out[k] = inner;
      continue;
    }
    out[k] = v;
  }
  return out;
}

/** The editor's code lens settings (`aims.codeLens.*`): read by the LSP layer, not the engine. */
export function codeLensOptions(raw: unknown): { tableRows: boolean } {
  const lens = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)['codeLens'] : undefined;
  return { tableRows: !!lens && typeof lens === 'object' && (lens as Record<string, unknown>)['tableRows'] === true };
}

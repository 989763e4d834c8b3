/**
 * What VS Code sends for `aims` when the user set nothing, derived from package.json's
 * contributed settings as VS Code derives it: each key's `default`, else its (first) type's
 * empty value (configurationRegistry's getDefaultValue: false, 0, "", [], {}, else null),
 * nested by the dots of the key.
 */
export function untouchedVsCodeSettings(properties: Record<string, { type?: string | string[]; default?: unknown }>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(properties)) {
    const type = Array.isArray(p.type) ? p.type[0] : p.type;
    const empty = type === 'boolean' ? false : type === 'number' || type === 'integer' ? 0 : type === 'string' ? '' : type === 'array' ? [] : type === 'object' ? {} : null;
    const value = 'default' in p ? p.default : empty;
    const parts = key.replace(/^aims\./, '').split('.');
    let at = out;
    for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
    at[parts[parts.length - 1]!] = value;
  }
  return out;
}

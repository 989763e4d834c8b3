/**
 * A document ID for a new file that no document of the workspace uses yet:
 * the template's default (POL-001, RR-2026) when it is free, else the next
 * number (POL-004) or, for yearly IDs, a sequence within the year (RR-2026-02),
 * both still matching the default document ID pattern.
 */
export function freeDocumentId(proposed: string, taken: ReadonlySet<string>): string {
  const upper = new Set([...taken].map((t) => t.toUpperCase()));
  if (!upper.has(proposed.toUpperCase())) return proposed;
  const yearly = /^([A-Z]+)-(\d{4})$/i.exec(proposed);
  if (yearly && Number(yearly[2]) >= 1900) {
    for (let n = 2; n < 100; n++) {
      const id = `${proposed}-${String(n).padStart(2, '0')}`;
      if (!upper.has(id)) return id;
    }
    return proposed;
  }
  const numbered = /^(.*?-)(\d{2,4})$/.exec(proposed);
  if (!numbered) return proposed;
  const [, prefix, digits] = numbered as unknown as [string, string, string];
  let max = Number(digits);
  for (const t of upper) {
    const m = t.startsWith(prefix.toUpperCase()) ? /^(\d{2,4})$/.exec(t.slice(prefix.length)) : null;
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}${String(max + 1).padStart(digits.length, '0')}`;
}

/**
 * The 38 Annex A control IDs of ISO/IEC 42001:2023, written out for SoA fixtures
 * (independent of the catalogue, which test/catalogue.test.ts checks).
 */
export const ANNEX_A = `
A.2.2 A.2.3 A.2.4 A.3.2 A.3.3 A.4.2 A.4.3 A.4.4 A.4.5 A.4.6
A.5.2 A.5.3 A.5.4 A.5.5 A.6.1.2 A.6.1.3
A.6.2.2 A.6.2.3 A.6.2.4 A.6.2.5 A.6.2.6 A.6.2.7 A.6.2.8
A.7.2 A.7.3 A.7.4 A.7.5 A.7.6 A.8.2 A.8.3 A.8.4 A.8.5
A.9.2 A.9.3 A.9.4 A.10.2 A.10.3 A.10.4
`
  .trim()
  .split(/\s+/);

/** One line per control (in Annex A order), skipping `except`; lines joined with newlines. */
export function rows(line: (id: string) => string, except: readonly string[] = []): string {
  return ANNEX_A.filter((id) => !except.includes(id))
    .map(line)
    .join('\n');
}

/** A declared SoA front matter. */
export function soaHead(id = 'SOA-001', status = 'draft'): string {
  return `---
aims:
  kind: soa
  id: ${id}
  title: Statement of applicability
  owner: CISO
  version: "1.0"
  status: ${status}
---`;
}

/**
 * The vendored SARIF 2.1.0 schema (test/support/sarif/, provenance in its README), compiled
 * with Ajv's JSON Schema 2020-12 build, as its `$schema` says. The formats it names are
 * checked by small validators here (ajv-formats is not a dependency): without them a URI
 * with a raw space or a broken %-escape would pass.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { SOURCE_TEST_DIR } from './snapshot.js';

export const SARIF_SCHEMA_FILE = path.join(SOURCE_TEST_DIR, 'support', 'sarif', 'sarif-schema-2.1.0.json');

/** RFC 3986: only unreserved and reserved characters, and '%' followed by two hex digits. */
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
export const isUriReference = (s: string): boolean => URI_CHARS.test(s);
export const isUri = (s: string): boolean => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && URI_CHARS.test(s);

let compiled: ValidateFunction | undefined;

/** What breaks the schema in a SARIF log, as readable JSON; undefined when it is valid. */
export function sarifErrors(log: unknown): string | undefined {
  const validate = sarifValidator();
  return validate(log) ? undefined : JSON.stringify(validate.errors, null, 2);
}

function sarifValidator(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('uri', isUri);
  ajv.addFormat('uri-reference', isUriReference);
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i.test(s) && !Number.isNaN(Date.parse(s)));
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  compiled = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')) as object);
  return compiled;
}

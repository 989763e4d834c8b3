/**
 * The workspace configuration: `.aims.yaml` read through the host, merged with
 * editor or command-line settings; its own problems become findings on the
 * file (YAML syntax, schema) or log lines (settings).
 */
import type { AimsHost, WorkspaceFile } from '../model/host.js';
import type { Finding } from '../model/findings.js';
import type { Span } from '../text/types.js';
import { normalizeConfig, type AimsConfig } from '../config/config.js';
import { withoutRestrictedKeys } from '../config/restricted.js';
import { parseYaml, toPlain, type YNode } from '../parse/yaml.js';
import { decodeText } from '../util/decode.js';
import { LineIndex } from '../text/lineIndex.js';
import { configSectors, sectorFindings, type ConfigSector } from './configSectors.js';

export const CONFIG_FILE_NAMES = ['.aims.yaml', '.aims.yml'];

/** A configuration file larger than this is not read (and says so). */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadedConfig {
  readonly config: AimsConfig;
  readonly findings: Finding[];
  readonly uri: string | undefined;
  /** Where a dotted key path ("guidance.overlay") sits in the file, for findings about its value. */
  readonly spanOf: (path: string) => { lines: LineIndex; span: Span } | undefined;
  /** Restricted Mode: the keys of the file that were not read (config/restricted.ts), dotted and sorted. */
  readonly ignored: readonly string[];
  /** `sectors:` as written in the file, with their spans and the file's lines (issue 17). */
  readonly sectors?: { readonly lines: LineIndex; readonly items: readonly ConfigSector[] };
}

/**
 * `restricted`: the workspace is not trusted, so the file's keys that change what is read or
 * how are left out (the settings come from the editor or the command line, which vouch for them).
 */
export async function loadConfig(host: AimsHost, file: WorkspaceFile | undefined, settings: unknown, restricted = false): Promise<LoadedConfig> {
  const problems: { code: string; span: Span; message: string }[] = [];
  let raw: unknown = undefined;
  let root: YNode | null = null;
  let lines: LineIndex | undefined;
  let unread: string | undefined;
  let ignored: string[] = [];
  if (file) {
    const bytes = await host.readFile(file.uri, MAX_CONFIG_BYTES).catch(() => undefined);
    const decoded = bytes ? decodeText(bytes, MAX_CONFIG_BYTES) : { skipped: 'it could not be read' };
    if ('skipped' in decoded)
      unread = !bytes ? decoded.skipped : bytes.length > MAX_CONFIG_BYTES ? `it is ${file.size !== undefined && file.size > MAX_CONFIG_BYTES ? `${file.size} bytes, above` : 'larger than'} the 1 MB limit for a configuration file` : 'it is not UTF-8 text';
    else {
      lines = new LineIndex(decoded.text);
      const y = parseYaml(decoded.text);
      root = y.root;
      raw = toPlain(root);
      if (restricted) ({ kept: raw, ignored } = withoutRestrictedKeys(raw));
      for (const p of y.problems) problems.push({ code: 'yaml-syntax', span: p.span, message: p.message });
    }
  }
  const fromFile = normalizeConfig(raw);
  const merged = settings !== undefined ? normalizeConfig(settings, fromFile.config) : fromFile;
  const config = merged.config;
  if (file && lines) for (const p of fromFile.problems) problems.push({ code: 'schema', span: spanOfPath(root, p.path), message: `.aims.yaml: ${p.message}` });
  for (const p of merged === fromFile ? [] : merged.problems) host.log?.(`settings ${p.path}: ${p.message}`);
  if (file && unread !== undefined) {
    // Not read: its rules, globs and patterns do not apply. An error on the file, never silence.
    const none = new LineIndex('');
    const message = `This configuration file was not read (${unread}): the defaults apply, not its settings (rules it turns off are on).`;
    return { config, uri: file.uri, spanOf: () => undefined, ignored, findings: [{ code: 'file-skipped', severity: 'error', message, uri: file.uri, span: { start: 0, end: 0 }, range: none.range({ start: 0, end: 0 }), related: [] }] };
  }
  const sectors = lines ? configSectors(root) : [];
  return {
    config,
    uri: file?.uri,
    spanOf: (path) => (lines ? { lines, span: spanOfPath(root, path) } : undefined),
    ignored,
    ...(lines && sectors.length ? { sectors: { lines, items: sectors } } : {}),
    findings: file && lines ? [...problems.map((p) => configFileFinding(config, file.uri, lines, p.code, p.span, p.message)), ...sectorFindings(config, file.uri, lines, sectors)] : [],
  };
}

/**
 * A problem in one of the configuration's own files (`.aims.yaml`, the licensed-text overlay).
 * Its severity follows the merged configuration, but switching its rule off does not silence it:
 * it is then an error, since a broken configuration changes every other finding.
 */
export function configFileFinding(config: AimsConfig, uri: string, lines: LineIndex, code: string, span: Span, message: string): Finding {
  const severity = config.rules[code] ?? 'error';
  return { code, severity: severity === 'off' ? 'error' : severity, message, uri, span, range: lines.range(span), related: [] };
}

/** The span of a dotted key path in a YAML tree, for configuration problems. */
function spanOfPath(root: YNode | null, path: string): Span {
  let node: YNode | null = root;
  let span: Span = root?.span ?? { start: 0, end: 0 };
  for (const part of path.split('.').filter(Boolean)) {
    if (node?.type === 'map') {
      const p: { key: string; keySpan: Span; value: YNode | null } | undefined = node.pairs.find((x) => x.key === part);
      if (!p) break;
      span = p.keySpan;
      node = p.value;
    } else if (node?.type === 'seq') {
      const item: YNode | undefined = node.items[Number(part)];
      if (!item) break;
      span = item.span;
      node = item;
    } else break;
  }
  return span;
}

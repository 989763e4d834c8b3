/**
 * The licensed-text overlay (`guidance.overlay`): an organisation's own copy of
 * the standard, read as data. Only a file the host lists under the workspace
 * root can be the overlay, so nothing outside the workspace is ever read; its
 * problems are findings on the file itself, a missing or unreadable file is a
 * finding on the `guidance.overlay` key of `.aims.yaml` (or a log line when the
 * setting came from the editor).
 */
import type { AimsHost, WorkspaceFile } from '../model/host.js';
import type { AimsConfig } from '../config/config.js';
import type { Finding } from '../model/findings.js';
import { parseOverlay, type GuidanceOverlay } from '../parse/overlay.js';
import { decodeText } from '../util/decode.js';
import { LineIndex } from '../text/lineIndex.js';
import { configFileFinding, type LoadedConfig } from './configFile.js';

/** Larger than any licensed text of the standard; a bigger file is not what the setting means. */
const MAX_OVERLAY_BYTES = 4 * 1024 * 1024;

export interface LoadedOverlay {
  readonly overlay?: GuidanceOverlay;
  /** The overlay file, when it was read: its findings belong to it. */
  readonly uri?: string;
  readonly findings: Finding[];
  /** Findings on `.aims.yaml` (the configured file is missing or unreadable). */
  readonly configFindings: Finding[];
}

export async function loadOverlay(host: AimsHost, files: readonly WorkspaceFile[], config: AimsConfig, loaded: Pick<LoadedConfig, 'uri' | 'spanOf'>): Promise<LoadedOverlay> {
  const path = config.guidanceOverlay;
  if (!path) return { findings: [], configFindings: [] };
  const file = files.find((f) => f.relativePath === path);
  const bytes = file ? await host.readFile(file.uri, MAX_OVERLAY_BYTES).catch(() => undefined) : undefined;
  const decoded = bytes ? decodeText(bytes, MAX_OVERLAY_BYTES) : undefined;
  if (!file || !decoded || !('text' in decoded)) {
    const why = decoded && 'skipped' in decoded ? (bytes && bytes.length > MAX_OVERLAY_BYTES ? 'it is larger than the 4 MB limit for an overlay' : 'it is not UTF-8 text') : undefined;
    const message = `guidance.overlay: ${file ? 'cannot read' : 'there is no file'} "${path}" in the workspace${why ? ` (${why})` : ''}; hovers show the tool's own summaries.`;
    const at = loaded.spanOf('guidance.overlay');
    if (loaded.uri && at) return { findings: [], configFindings: [configFileFinding(config, loaded.uri, at.lines, 'schema', at.span, `.aims.yaml: ${message}`)] };
    host.log?.(message);
    return { findings: [], configFindings: [] };
  }
  const { overlay, problems } = parseOverlay(path, decoded.text);
  const lines = new LineIndex(decoded.text);
  return { overlay, uri: file.uri, findings: problems.map((p) => configFileFinding(config, file.uri, lines, p.code, p.span, p.message)), configFindings: [] };
}

/**
 * Keys of the persistent index cache. An analysis (analysis.ts) depends on the
 * document's text and workspace-relative path (kinds are inferred from paths),
 * on the configuration (ID patterns, kind globs, rule severities, risk method)
 * and on the engine; the key covers all four. `today` is left out on purpose:
 * no `check` part of a rule reads the date, so entries survive midnight. The
 * host adds the engine build to its storage location (node/cacheStore.ts).
 */
import type { AimsConfig } from '../config/config.js';
import type { AimsHost } from '../model/host.js';
import { hash64 } from '../util/hash.js';
import { ANALYSIS_FORMAT } from './codec.js';

const fingerprints = new WeakMap<AimsConfig, string>();

/** A digest of everything in the configuration that can change an analysis. */
export function configFingerprint(config: AimsConfig): string {
  let f = fingerprints.get(config);
  if (!f) {
    const { today: _today, ...rest } = config;
    const json = JSON.stringify(rest, (_k, v: unknown) => (v instanceof RegExp ? `/${v.source}/${v.flags}` : v));
    fingerprints.set(config, (f = hash64(json)));
  }
  return f;
}

/** A text's content hash: the host's when it has one (model/host.ts `hashText`), else ours. */
export function contentHash(host: Pick<AimsHost, 'hashText'>, text: string): string {
  return host.hashText ? host.hashText(text) : hash64(text);
}

/** The cache key of a document's analysis: its content hash (contentHash), then a hash of everything else. */
export function analysisKey(relativePath: string, textHash: string, config: AimsConfig): string {
  // One flat string (JSON's copy): every closed document keeps its key, and as the concatenation
  // of its parts it took three strings and a pair more (100 bytes).
  return JSON.parse(`"${textHash}-${hash64(`${ANALYSIS_FORMAT}\u0000${configFingerprint(config)}\u0000${relativePath}`)}"`) as string;
}

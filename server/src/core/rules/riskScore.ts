/**
 * Shared reading of risks for the risk rules: which method applies (the configuration's,
 * else the one the register or the repository's risk assessment process states, else the
 * defaults, which the writer never agreed to), a risk's likelihood, impact and score under
 * it, and rating cells as people write them ("High: 12", "12 (High)", "Medium – 9").
 */
import type { DocumentSummary, RiskEntry, StatedRiskMethod, StatedScale } from '../model/types.js';
import { DEFAULT_CONFIG, type AimsConfig, type BandConfig, type RiskMethodConfig, type ScaleConfig } from '../config/config.js';
import type { IndexReader } from '../workspaceIndex/workspaceIndex.js';
import { OPEN_MAX } from '../parse/riskMethod.js';
import { withoutPictographs } from '../util/text.js';
import { scaleValue } from './util.js';

export interface RiskReading {
  readonly likelihood?: number | 'invalid';
  readonly impact?: number | 'invalid';
  /** likelihood x impact when both are valid numbers on the scale. */
  readonly score?: number;
}

/**
 * Readings by method and by the two cells' texts: three rules read every risk of a register on
 * every check, and a 1 MB register has ten thousand. A reading depends on nothing else, so it
 * is kept across versions of the document (an edit moves the entries after it, which makes
 * them new objects) and shared by risks rated alike; the few distinct ratings bound the memory.
 */
const readings = new WeakMap<RiskMethodConfig, Map<string, RiskReading>>();

export function readRisk(risk: RiskEntry, method: RiskMethodConfig, stage: 'inherent' | 'residual' = 'inherent'): RiskReading {
  const [l, i] = stage === 'inherent' ? ['likelihood', 'impact'] : ['residual-likelihood', 'residual-impact'];
  const lText = risk.attributes.get(l)?.text;
  const iText = risk.attributes.get(i)?.text;
  let byText = readings.get(method);
  if (!byText) readings.set(method, (byText = new Map()));
  const key = `${lText ?? '\u0000'}\u0001${iText ?? '\u0000'}`;
  let reading = byText.get(key);
  if (!reading) {
    reading = read(lText, iText, method);
    // Free text in a rating cell could make the map grow with the document: keep it bounded.
    if (byText.size > 10_000) byText.clear();
    byText.set(key, reading);
  }
  return reading;
}

function read(lText: string | undefined, iText: string | undefined, method: RiskMethodConfig): RiskReading {
  const likelihood = scaleValue(lText, method.likelihood.labels);
  const impact = scaleValue(iText, method.impact.labels);
  const inScale = (v: number | 'invalid' | undefined, s: { min: number; max: number }) => typeof v === 'number' && v >= s.min && v <= s.max;
  const score = inScale(likelihood, method.likelihood) && inScale(impact, method.impact) ? (likelihood as number) * (impact as number) : undefined;
  return { ...(likelihood !== undefined ? { likelihood } : {}), ...(impact !== undefined ? { impact } : {}), ...(score !== undefined ? { score } : {}) };
}

/** Where a part of the method came from. */
export type MethodSource = 'config' | 'document' | 'workspace' | 'default';

export interface ResolvedMethod {
  readonly method: RiskMethodConfig;
  readonly bands: MethodSource;
  readonly scales: MethodSource;
  /** Where each scale came from ("default": ours, nobody stated it). */
  readonly scaleSources: { readonly likelihood: MethodSource; readonly impact: MethodSource };
  /** Both scales name their values in the writer's words (configured, or stated with labels): a rating in words is read as they mean it, not by our default words. */
  readonly ownWords: boolean;
  /** The document that states the method, when it is another one (a risk assessment process). */
  readonly from?: string;
  /** Where the acceptance threshold came from: the stated bands' accepted ones, or the configuration's (default) value. */
  readonly threshold: 'bands' | 'config';
  /** The method that states the bands also raises some risks above their band ("at least High, whatever its score"). */
  readonly raises?: true;
}

const resolved = new WeakMap<AimsConfig, Map<string, ResolvedMethod>>();

/** The method for the risks of `doc`: configured, else stated (by the document, else by the repository's process document), else the defaults. */
export function methodFor(doc: DocumentSummary, index: IndexReader, config: AimsConfig): ResolvedMethod {
  const base = config.risk;
  const bandsConfigured = base.bands !== DEFAULT_CONFIG.risk.bands;
  const lConfigured = base.likelihood !== DEFAULT_CONFIG.risk.likelihood;
  const iConfigured = base.impact !== DEFAULT_CONFIG.risk.impact;
  const own = doc.riskMethod;
  const needs = (!bandsConfigured && !own?.bands) || (!lConfigured && !own?.likelihood) || (!iConfigured && !own?.impact);
  const ws = needs ? workspaceMethod(doc, index) : undefined;
  const pick = <T>(configured: boolean, ownPart: T | undefined, wsPart: T | undefined): [MethodSource, T | undefined] =>
    configured ? ['config', undefined] : ownPart !== undefined ? ['document', ownPart] : wsPart !== undefined ? ['workspace', wsPart] : ['default', undefined];
  const [bSource, bands] = pick(bandsConfigured, own?.bands, ws?.method.bands);
  const [lSource, likelihood] = pick(lConfigured, own?.likelihood, ws?.method.likelihood);
  const [iSource, impact] = pick(iConfigured, own?.impact, ws?.method.impact);
  const raises = bSource === 'document' ? own?.raises : bSource === 'workspace' ? ws?.method.raises : undefined;
  const key = JSON.stringify([bands, likelihood, impact, bSource, lSource, iSource, ws?.uri, raises]);
  let memo = resolved.get(config);
  if (!memo) resolved.set(config, (memo = new Map()));
  const hit = memo.get(key);
  if (hit) return hit;
  const scale = (stated: StatedScale | undefined, fallback: ScaleConfig): ScaleConfig => {
    if (!stated) return fallback;
    // A scale that names its values in its own words has those words only ("Catastrophic" is not
    // on "Insignificant ... Severe"); one stated in numbers alone keeps the default words on a
    // scale of the same length.
    const own = Object.keys(stated.labels).length > 0;
    const labels = !own && stated.min === fallback.min && stated.max === fallback.max ? fallback.labels : stated.labels;
    return { min: stated.min, max: stated.max, labels };
  };
  const thresholdConfigured = base.acceptanceThreshold !== DEFAULT_CONFIG.risk.acceptanceThreshold;
  const accepted = thresholdConfigured ? undefined : acceptedUpTo(bands as StatedRiskMethod['bands']);
  const method: RiskMethodConfig = {
    likelihood: scale(likelihood, base.likelihood),
    impact: scale(impact, base.impact),
    bands: (bands as readonly BandConfig[] | undefined) ?? base.bands,
    acceptanceThreshold: accepted ?? base.acceptanceThreshold,
  };
  const scales: MethodSource = lSource === 'default' || iSource === 'default' ? 'default' : lSource === 'workspace' || iSource === 'workspace' ? 'workspace' : lSource === 'config' && iSource === 'config' ? 'config' : 'document';
  const fromWs = bSource === 'workspace' || lSource === 'workspace' || iSource === 'workspace';
  const worded = (source: MethodSource, stated: StatedScale | undefined) => source === 'config' || (source !== 'default' && stated !== undefined && Object.keys(stated.labels).length > 0);
  const ownWords = worded(lSource, likelihood) && worded(iSource, impact);
  const out: ResolvedMethod = { method, bands: bSource, scales, scaleSources: { likelihood: lSource, impact: iSource }, ownWords, threshold: accepted !== undefined ? 'bands' : 'config', ...(fromWs && ws ? { from: ws.uri } : {}), ...(raises ? { raises } : {}) };
  memo.set(key, out);
  return out;
}

/**
 * The highest score the stated bands accept: the top of the accepted ones, when they are the
 * lowest bands in a run ("1–6 Low: accept", then bands to treat). Accepted bands above one to
 * treat say something this reading does not follow: then none.
 */
function acceptedUpTo(bands: StatedRiskMethod['bands'] | undefined): number | undefined {
  if (!bands) return undefined;
  let upTo: number | undefined;
  for (const b of bands) {
    if (!b.accepted) break;
    upTo = b.max;
  }
  if (upTo === undefined || bands.some((b) => b.accepted && b.max > upTo!) || upTo >= OPEN_MAX) return undefined;
  return upTo;
}

/** The method the repository's risk assessment process states, when its process documents agree on one. */
function workspaceMethod(doc: DocumentSummary, index: IndexReader): { uri: string; method: StatedRiskMethod } | undefined {
  const stated = index.statedRiskMethods().filter((d) => d.uri !== doc.uri);
  if (stated.length === 0) return undefined;
  const first = stated[0]!;
  const same = stated.every((d) => JSON.stringify(d.riskMethod) === JSON.stringify(first.riskMethod));
  return same ? { uri: first.uri, method: first.riskMethod! } : undefined;
}

/** How a finding names the bands it used. */
export function bandsOrigin(m: ResolvedMethod, doc: DocumentSummary): string {
  switch (m.bands) {
    case 'config':
      return 'the configured bands';
    case 'document':
      return "the document's own bands";
    case 'workspace':
      return `the bands of ${fileName(m.from ?? doc.uri)}`;
    default:
      return 'the default bands (no risk method was found in the document, the risk assessment process or .aims.yaml)';
  }
}

/** A document's file name from its URI; kept as written when its %-escapes are malformed ("100%.md"), where decodeURIComponent throws. */
export function fileName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

export function bandText(b: BandConfig): string {
  return b.max >= OPEN_MAX ? `${b.min}+` : `${b.min}-${b.max}`;
}

export interface Rating {
  readonly score?: number;
  readonly level?: string;
}

/**
 * A rating cell: "High", "12", "High: 12", "12 (High)", "Medium – 9", "High (12)",
 * "**Critical** — 20". The level is the leading or trailing word, lower case.
 */
export function readRating(text: string | undefined): Rating {
  if (text === undefined) return {};
  const t = withoutPictographs(text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase());
  // Level words in any language's letters ("modéré", "élevé"), as the bands they are compared with.
  let m = /^(\d{1,3}(?:[.,]\d{1,2}(?!\d)|\.\d+)?)(?: ?(?:\((\p{L}[\p{L} ]*\p{L})\)|[-–—:/|] ?(\p{L}[\p{L} ]*\p{L})(?![\p{L} ]*\d)))?/u.exec(t);
  if (m) return { score: Number(m[1]!.replace(',', '.')), ...(m[2] || m[3] ? { level: (m[2] ?? m[3])!.trim() } : {}) };
  m = /^(\p{L}[\p{L} ]*\p{L})(?: ?(?:\((\d{1,3})\)|[-–—:/|] ?(\d{1,3})(?![\d.])))?/u.exec(t);
  if (m) return { level: m[1]!.replace(/ risk$/, '').trim(), ...(m[2] || m[3] ? { score: Number(m[2] ?? m[3]) } : {}) };
  return {};
}

/** Shared reading of a risk's likelihood, impact and score under the configured method. */
import type { RiskEntry } from '../model.js';
import type { RiskMethodConfig } from '../config/config.js';
import { scaleValue } from './util.js';

export interface RiskReading {
  readonly likelihood?: number | 'invalid';
  readonly impact?: number | 'invalid';
  /** likelihood x impact when both are valid numbers on the scale. */
  readonly score?: number;
}

/**
 * Readings per risk entry and method: three rules read every risk of a register on every
 * check, and a 1 MB register has ten thousand. Entries are immutable, so the reading is too.
 */
const readings = new WeakMap<RiskEntry, { method: RiskMethodConfig; reading: RiskReading }>();

export function readRisk(risk: RiskEntry, method: RiskMethodConfig): RiskReading {
  const known = readings.get(risk);
  if (known?.method === method) return known.reading;
  const reading = read(risk, method);
  readings.set(risk, { method, reading });
  return reading;
}

function read(risk: RiskEntry, method: RiskMethodConfig): RiskReading {
  const likelihood = scaleValue(risk.attributes.get('likelihood')?.text, method.likelihood.labels);
  const impact = scaleValue(risk.attributes.get('impact')?.text, method.impact.labels);
  const inScale = (v: number | 'invalid' | undefined, s: { min: number; max: number }) => typeof v === 'number' && v >= s.min && v <= s.max;
  const score = inScale(likelihood, method.likelihood) && inScale(impact, method.impact) ? (likelihood as number) * (impact as number) : undefined;
  return { ...(likelihood !== undefined ? { likelihood } : {}), ...(impact !== undefined ? { impact } : {}), ...(score !== undefined ? { score } : {}) };
}

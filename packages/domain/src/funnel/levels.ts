import { normalUpperQuantile } from '../stats/normal';

/** A two-sided coverage level with what the limit methods need from it. */
export interface FunnelLevel {
  /** Two-sided coverage, e.g. 0.998. */
  level: number;
  /** Key in the result, e.g. "0.998". */
  key: string;
  /** Probability in each tail: (1 − level)/2, e.g. 0.001. */
  tail: number;
  /** Standard normal upper-tail quantile for that tail, e.g. 3.090232 (R: qnorm(0.999)). */
  z: number;
}

/** The contract's default levels: the 95% and 99.8% funnels (≈ 2 and 3 standard errors). */
export const DEFAULT_LEVELS: readonly number[] = [0.95, 0.998];

/**
 * The shortest decimal string that reads back as the level, without exponent notation:
 * 0.95 → "0.95", 0.998 → "0.998", 1e-7 → "0.0000001". (JavaScript's number-to-string already gives
 * the shortest round-tripping digits; only its exponent form for tiny numbers needs expanding.)
 */
export function levelKey(level: number): string {
  const text = String(level);
  const match = /^(\d)(?:\.(\d+))?e-(\d+)$/.exec(text);
  if (!match) return text;
  const [, lead = '', fraction = '', exponent = '0'] = match;
  return `0.${'0'.repeat(Number(exponent) - 1)}${lead}${fraction}`;
}

/** Resolves a coverage level into its tail probability and normal quantile. */
export function toFunnelLevel(level: number): FunnelLevel {
  const tail = (1 - level) / 2;
  return { level, key: levelKey(level), tail, z: normalUpperQuantile(tail) };
}

import { gammaQuantile } from '../stats/gamma';
import type { FunnelLevel } from './levels';
import type { FunnelBoundary, FunnelClassification } from './types';

/*
 * PHE ratio method (PHEindicatormethods `assign_funnel_significance` → `funnel_ratio_significance`,
 * Funnels.R; Fingertips technical guide "Confidence intervals"): each unit is judged by its own
 * interval around the observed count O — exact (chi-square) for O < 10, Byar's approximation
 * (Breslow & Day 1987) for O ≥ 10 — against the target times x.
 */
const EXACT_BELOW = 10;

/** Lower confidence bound for a Poisson count O (0 when O = 0). */
export function byarLowerBound(observed: number, level: FunnelLevel): number {
  if (observed <= 0) return 0;
  if (observed < EXACT_BELOW) return gammaQuantile(level.tail, observed);
  const base = 1 - 1 / (9 * observed) - level.z / (3 * Math.sqrt(observed));
  return observed * Math.max(0, base) ** 3;
}

/** Upper confidence bound for a Poisson count O. */
export function byarUpperBound(observed: number, level: FunnelLevel): number {
  if (observed < EXACT_BELOW) return gammaQuantile(level.tail, observed + 1, false);
  const next = observed + 1;
  return next * (1 - 1 / (9 * next) + level.z / (3 * Math.sqrt(next))) ** 3;
}

/**
 * Classifies a unit by its own interval: high when lower bound ÷ x exceeds the target, low when
 * upper bound ÷ x is below it (with boundary "outside", reaching the target is enough).
 */
export function classifyByar(
  observed: number,
  x: number,
  theta: number,
  level: FunnelLevel,
  boundary: FunnelBoundary,
): FunnelClassification {
  const lower = byarLowerBound(observed, level) / x;
  const upper = byarUpperBound(observed, level) / x;
  const isInclusive = boundary === 'outside';
  if (lower > theta || (isInclusive && lower === theta && observed > 0)) return 'high';
  if (upper < theta || (isInclusive && upper === theta)) return 'low';
  return 'within';
}

/** The largest O in [from, to] with f(O) ≤ target, for f increasing on the interval (bisection). */
function lastAtOrBelow(f: (o: number) => number, target: number, from: number, to: number): number {
  let low = from;
  let high = to;
  for (let i = 0; i < 200 && high - low > 1e-13 * Math.max(1, high); i++) {
    const mid = (low + high) / 2;
    if (f(mid) <= target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** An upper end for the search: a count whose bound certainly exceeds the target. */
function searchCeiling(target: number, level: FunnelLevel): number {
  return target + 10 * level.z * Math.sqrt(target + 1) + 10 * level.z * level.z + EXACT_BELOW;
}

/**
 * The O at which the "high" test flips at t = θ·x: the largest O whose lower bound is still ≤ t.
 * The exact and Byar pieces meet with a small jump at O = 10; the search follows the piece that
 * applies to each count, so for whole counts the flip agrees with {@link classifyByar}.
 */
function highFlipCount(t: number, level: FunnelLevel): number {
  const byarAtTen = byarLowerBound(EXACT_BELOW, level);
  if (t >= byarAtTen) {
    return lastAtOrBelow((o) => byarLowerBound(o, level), t, EXACT_BELOW, searchCeiling(t, level));
  }
  if (t >= gammaQuantile(level.tail, EXACT_BELOW)) return EXACT_BELOW;
  return lastAtOrBelow((o) => byarLowerBound(o, level), t, 0, EXACT_BELOW);
}

/** The O at which the "low" test flips at t = θ·x: the smallest O whose upper bound reaches t. */
function lowFlipCount(t: number, level: FunnelLevel): number {
  if (byarUpperBound(0, level) >= t) return 0;
  if (gammaQuantile(level.tail, EXACT_BELOW + 1, false) >= t) {
    return lastAtOrBelow((o) => byarUpperBound(o, level), t, 0, EXACT_BELOW);
  }
  if (byarUpperBound(EXACT_BELOW, level) >= t) return EXACT_BELOW;
  return lastAtOrBelow((o) => byarUpperBound(o, level), t, EXACT_BELOW, searchCeiling(t, level));
}

/** Byar funnel at x: the values O/x at which a unit's own-interval test flips to low and to high. */
export function byarFunnelLimits(theta: number, x: number, level: FunnelLevel): [number, number] {
  const t = theta * x;
  return [lowFlipCount(t, level) / x, highFlipCount(t, level) / x];
}

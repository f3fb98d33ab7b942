import { gammaQuantile, regularizedGammaP, regularizedGammaQ } from '../stats/gamma';
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

/**
 * The root of an increasing function on [low, high] (f(low) ≤ 0 ≤ f(high)) by the Illinois
 * variant of regula falsi: bracketing like bisection, but converging superlinearly.
 */
function rootOfIncreasing(f: (o: number) => number, low: number, high: number): number {
  let a = low;
  let b = high;
  let fa = f(a);
  let fb = f(b);
  let side = 0;
  let x = a;
  for (let i = 0; i < 200; i++) {
    const secant = (a * fb - b * fa) / (fb - fa);
    const previous = x;
    x = secant > a && secant < b ? secant : (a + b) / 2;
    const fx = f(x);
    if (fx === 0 || Math.abs(x - previous) <= 1e-14 * Math.max(1, x) || b - a <= 1e-13 * Math.max(1, b)) return x;
    if (fx < 0) {
      a = x;
      fa = fx;
      if (side === -1) fb /= 2;
      side = -1;
    } else {
      b = x;
      fb = fx;
      if (side === 1) fa /= 2;
      side = 1;
    }
  }
  return x;
}

/** An upper end for the search: a count whose bound certainly exceeds the target. */
function searchCeiling(target: number, level: FunnelLevel): number {
  return target + 10 * level.z * Math.sqrt(target + 1) + 10 * level.z * level.z + EXACT_BELOW;
}

/** The bounds where the exact and Byar pieces meet, fixed per level (so computed once). */
interface ByarSeam {
  /** Exact lower bound as O → 10 from below, and Byar's at O = 10. */
  lowerExact: number;
  lowerByar: number;
  /** Upper bound at O = 0; exact upper bound as O → 10 from below, and Byar's at O = 10. */
  upperAtZero: number;
  upperExact: number;
  upperByar: number;
}

const seams = new WeakMap<FunnelLevel, ByarSeam>();

function seamFor(level: FunnelLevel): ByarSeam {
  let seam = seams.get(level);
  if (!seam) {
    seam = {
      lowerExact: gammaQuantile(level.tail, EXACT_BELOW),
      lowerByar: byarLowerBound(EXACT_BELOW, level),
      upperAtZero: byarUpperBound(0, level),
      upperExact: gammaQuantile(level.tail, EXACT_BELOW + 1, false),
      upperByar: byarUpperBound(EXACT_BELOW, level),
    };
    seams.set(level, seam);
  }
  return seam;
}

/*
 * Below O = 10 the bounds are gamma quantiles in O; rather than invert quantiles, compare tails:
 * qgamma(α/2, O) ≤ t ⇔ P(O, t) ≥ α/2, and qgamma(α/2, O + 1, upper) < t ⇔ Q(O + 1, t) < α/2.
 */

/**
 * The O at which the "high" test flips at t = θ·x: the largest O whose lower bound is still ≤ t.
 * The exact and Byar pieces meet with a small jump at O = 10; the search follows the piece that
 * applies to each count, so for whole counts the flip agrees with {@link classifyByar}.
 */
function highFlipCount(t: number, level: FunnelLevel): number {
  const seam = seamFor(level);
  if (t >= seam.lowerByar) {
    return rootOfIncreasing((o) => byarLowerBound(o, level) - t, EXACT_BELOW, searchCeiling(t, level));
  }
  if (t >= seam.lowerExact) return EXACT_BELOW;
  return rootOfIncreasing((o) => level.tail - (o === 0 ? 1 : regularizedGammaP(o, t)), 0, EXACT_BELOW);
}

/** The O at which the "low" test flips at t = θ·x: the smallest O whose upper bound reaches t. */
function lowFlipCount(t: number, level: FunnelLevel): number {
  const seam = seamFor(level);
  if (seam.upperAtZero >= t) return 0;
  if (seam.upperExact >= t) return rootOfIncreasing((o) => regularizedGammaQ(o + 1, t) - level.tail, 0, EXACT_BELOW);
  if (seam.upperByar >= t) return EXACT_BELOW;
  return rootOfIncreasing((o) => byarUpperBound(o, level) - t, EXACT_BELOW, searchCeiling(t, level));
}

/** Byar funnel at x: the values O/x at which a unit's own-interval test flips to low and to high. */
export function byarFunnelLimits(theta: number, x: number, level: FunnelLevel): [number, number] {
  const t = theta * x;
  return [lowFlipCount(t, level) / x, highFlipCount(t, level) / x];
}

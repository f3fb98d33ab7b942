import { binomialQuantile } from '../stats/binomial';
import type { PhaseRange, SeriesFrame } from './series';
import type { SpcRuns } from './types';

/**
 * Upper 95 % prediction limit for the longest run: round(log2(n)) + 3 (Schilling 2012; Anhøj & Olesen 2014).
 * log2 of an integer is never exactly x.5, so JavaScript's rounding agrees with R's round().
 */
export function longestRunLimit(nUseful: number): number {
  return Math.round(Math.log2(nUseful)) + 3;
}

/** qbinom sums the pmf from 0; a board of series asks for the same few n again and again. */
const crossingsCache = new Map<number, number>();

/**
 * Lower 5 % prediction limit for the number of crossings: qbinom(0.05, n − 1, 0.5), the smallest c with
 * P(X ≤ c) ≥ 0.05 for X ~ Binomial(n − 1, ½) (Chen 2010; Anhøj & Olesen 2014).
 */
export function crossingsLimit(nUseful: number): number {
  const cached = crossingsCache.get(nUseful);
  if (cached !== undefined) return cached;
  const limit = binomialQuantile(0.05, Math.max(nUseful - 1, 0), 0.5);
  if (crossingsCache.size < 4096) crossingsCache.set(nUseful, limit);
  return limit;
}

/**
 * Anhøj runs analysis of one phase (as qicharts2 runs.analysis): every non-excluded point against the
 * phase's centre line; points on the centre are removed first (they neither extend nor break a run and
 * are not crossings); missing and zero-denominator points count in nObs only.
 */
export function runsAnalysis(frame: SeriesFrame, ph: PhaseRange, band: Int8Array): SpcRuns {
  let nObs = 0;
  let nUseful = 0;
  let longestRun = 0;
  let runs = 0;
  let current = 0;
  let lastSide = 0;
  for (let i = ph.start; i <= ph.end; i++) {
    if (frame.excluded[i] === 1) continue;
    nObs++;
    const side = Math.sign(band[i]!);
    if (side === 0) continue; // on the centre, or no value
    nUseful++;
    if (side === lastSide) {
      current++;
    } else {
      runs++;
      current = 1;
      lastSide = side;
    }
    if (current > longestRun) longestRun = current;
  }
  if (nUseful === 0) {
    return {
      nObs,
      nUseful,
      longestRun: 0,
      longestRunMax: null,
      crossings: 0,
      crossingsMin: null,
      signal: false,
    };
  }
  const longestRunMax = longestRunLimit(nUseful);
  const crossings = runs - 1;
  const crossingsMin = crossingsLimit(nUseful);
  return {
    nObs,
    nUseful,
    longestRun,
    longestRunMax,
    crossings,
    crossingsMin,
    signal: longestRun > longestRunMax || crossings < crossingsMin,
  };
}

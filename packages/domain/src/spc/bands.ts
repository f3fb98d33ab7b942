import { lineOf, sigmaAt, type Limits } from './limits';
import type { SeriesFrame } from './series';

/**
 * Where each point lies, in one signed byte: ±3 strictly beyond the 3-sigma limit, ±2 strictly beyond
 * the 2-sigma line (but not the limit), ±1 strictly above/below the centre, 0 on the centre or without a
 * value. Every rule (outside, shift, two-of-three, Anhøj) reads this instead of recomputing lines, so a
 * million-point chart costs one pass over the values here and cheap byte passes afterwards.
 * Written as arithmetic on comparisons instead of nested ifs (noisy data would mispredict them); the same
 * result, as the 2-sigma lines never lie beyond the 3-sigma ones (sigma ≥ 0).
 */
export function classify(v: number, c: number, lo: number, lo2: number, hi2: number, hi: number): number {
  const above = Number(v > c) * (1 + Number(v > hi2) + Number(v > hi));
  const below = Number(v < c) * (1 + Number(v < lo2) + Number(v < lo));
  return above - below;
}

function constantPhase(frame: SeriesFrame, limits: Limits, p: number, band: Int8Array): void {
  const ph = frame.phases[p]!;
  const c = limits.centre[p]!;
  const s = limits.sigma[p]!;
  const { clamp } = limits;
  const lo = lineOf(clamp, c, s, -3);
  const lo2 = lineOf(clamp, c, s, -2);
  const hi2 = lineOf(clamp, c, s, 2);
  const hi = lineOf(clamp, c, s, 3);
  const { y } = frame;
  // A point without limits (zero denominator) has no value either, so it classifies as 0.
  for (let i = ph.start; i <= ph.end; i++) band[i] = classify(y[i]!, c, lo, lo2, hi2, hi);
}

function perPointPhase(frame: SeriesFrame, limits: Limits, p: number, band: Int8Array): void {
  const ph = frame.phases[p]!;
  const c = limits.centre[p]!;
  const { clamp } = limits;
  for (let i = ph.start; i <= ph.end; i++) {
    const s = sigmaAt(limits, frame, p, i);
    const lo = lineOf(clamp, c, s, -3);
    const hi = lineOf(clamp, c, s, 3);
    band[i] = classify(frame.y[i]!, c, lo, lineOf(clamp, c, s, -2), lineOf(clamp, c, s, 2), hi);
  }
}

/** The band of every point against its own phase's lines. */
export function computeBands(frame: SeriesFrame, limits: Limits): Int8Array {
  const band = new Int8Array(frame.n);
  for (let p = 0; p < frame.phases.length; p++) {
    if (limits.pointSigma === null) constantPhase(frame, limits, p, band);
    else perPointPhase(frame, limits, p, band);
  }
  return band;
}

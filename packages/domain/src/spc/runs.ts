import type { SpcPoint, SpcResult } from './types';

/**
 * Helpers that re-read a computed result: which points the run rules saw, and the extent of a run around
 * a point. Used by the explanations and the rebase suggestion (never by the engine's hot path).
 */

/** Indices of the points of a phase the run rules see: non-excluded and with a value. */
export function ruleSequence(result: SpcResult, phase: number): number[] {
  const ph = result.phases[phase];
  if (ph === undefined) return [];
  const seq: number[] = [];
  for (let i = ph.start; i <= ph.end; i++) {
    const p = result.points[i]!;
    if (!p.excluded && p.value !== null) seq.push(i);
  }
  return seq;
}

/** +1 above the centre, −1 below, 0 on it or without a value. */
export function sideOfCentre(p: SpcPoint): number {
  if (p.value === null || p.centre === null) return 0;
  return p.value > p.centre ? 1 : p.value < p.centre ? -1 : 0;
}

/** The [first, last] positions in seq of the block around position k where `inBlock(prev, next)` holds pairwise. */
export function blockAround(
  seq: number[],
  k: number,
  inBlock: (a: number, b: number) => boolean,
): [number, number] {
  let from = k;
  let to = k;
  while (from > 0 && inBlock(seq[from - 1]!, seq[from]!)) from--;
  while (to < seq.length - 1 && inBlock(seq[to]!, seq[to + 1]!)) to++;
  return [from, to];
}

/** Shift run around point index: consecutive shift-flagged points on the same side of the centre. */
export function shiftBlock(result: SpcResult, seq: number[], k: number): [number, number] {
  const pts = result.points;
  const side = sideOfCentre(pts[seq[k]!]!);
  return blockAround(seq, k, (a, b) => {
    const pa = pts[a]!;
    const pb = pts[b]!;
    return pa.signals.shift && pb.signals.shift && sideOfCentre(pa) === side && sideOfCentre(pb) === side;
  });
}

/**
 * Trend direction at seq position k: towards the next point when that one is in the trend too (the right
 * side, as NHSRplotthedots), else from the previous point.
 */
export function trendDirection(result: SpcResult, seq: number[], k: number): number {
  const pts = result.points;
  const v = pts[seq[k]!]!.value!;
  const next = seq[k + 1] === undefined ? undefined : pts[seq[k + 1]!]!;
  if (next?.signals.trend === true && next.value !== v) return Math.sign(next.value! - v);
  const prev = seq[k - 1] === undefined ? undefined : pts[seq[k - 1]!]!;
  return prev === undefined ? 0 : Math.sign(v - prev.value!);
}

/** Trend block around position k and its length in points (a repeated value, skipped by "skip" ties, is not counted). */
export function trendBlock(
  result: SpcResult,
  seq: number[],
  k: number,
): { from: number; to: number; length: number; dir: number } {
  const pts = result.points;
  const dir = trendDirection(result, seq, k);
  const [from, to] = blockAround(seq, k, (a, b) => {
    const pa = pts[a]!;
    const pb = pts[b]!;
    const d = Math.sign(pb.value! - pa.value!);
    return pa.signals.trend && pb.signals.trend && (d === dir || d === 0);
  });
  let length = 1;
  for (let m = from + 1; m <= to; m++) if (pts[seq[m]!]!.value !== pts[seq[m - 1]!]!.value) length++;
  return { from, to, length, dir };
}

import type { ResolvedRules } from './presets';
import type { PhaseRange, SeriesFrame } from './series';
import type { SpcTwoOfThree } from './types';

/** Signal bits per point. */
export const OUTSIDE = 1;
export const SHIFT = 2;
export const TREND = 4;
export const TWO_OF_THREE = 8;

/** Per-point rule output: signal bits and the direction of a trend (+1 up, −1 down, 0 none). */
export interface RuleFlags {
  bits: Uint8Array;
  trendDir: Int8Array;
}

/** "outside" is strict (a point on a limit is inside: band ±3 only beyond it). Excluded points are flagged too. */
function markOutside(band: Int8Array, bits: Uint8Array): void {
  for (let i = 0; i < band.length; i++) {
    const b = band[i]!;
    if (b === 3 || b === -3) bits[i]! |= OUTSIDE;
  }
}

/*
 * The run rules walk a phase's seq once each, counting the current run as they go, and flag a run as soon
 * as it is long enough (the whole run when it reaches the length, each later point as it extends it).
 * The counting is arithmetic on comparisons (Number(a > b)) rather than if/else: on noisy data the side
 * and the direction change at random, and mispredicted branches would cost more than the work itself.
 */

/** +1 above the centre, −1 below, 0 on it (from the band). */
function sideOf(b: number): number {
  return Number(b > 0) - Number(b < 0);
}

/** N points in a row strictly on one side of the centre; a point on the centre breaks the run (MDC, PowerBI-SPC). */
function markShift(frame: SeriesFrame, ph: PhaseRange, band: Int8Array, n: number, bits: Uint8Array): void {
  const { seq } = frame;
  let run = 0;
  let runSide = 0;
  for (let k = ph.seqStart; k < ph.seqEnd; k++) {
    const side = sideOf(band[seq[k]!]!);
    // Same side as the run: one longer; another side: a new run of 1; on the centre: no run.
    run = run * Number(side === runSide) + Number(side !== 0);
    runSide = side;
    if (run < n) continue;
    for (let m = run === n ? k - n + 1 : k; m <= k; m++) bits[seq[m]!]! |= SHIFT;
  }
}

/**
 * N points in a row each strictly above (below) the previous one: N − 1 steps up (down) in a row. With
 * ties "break" a repeated value ends the trend; with "skip" it is left out (it neither counts nor breaks)
 * but is flagged when it lies inside a trend. A later trend overwrites the direction of a shared turning
 * point: NHSRplotthedots uses the right side.
 */
function markTrend(frame: SeriesFrame, ph: PhaseRange, rules: ResolvedRules, flags: RuleFlags): void {
  const { y, seq } = frame;
  const skipTies = rules.trendTies === 'skip';
  const steps = rules.trend - 1;
  let run = 0;
  let runDir = 0;
  let runStart = ph.seqStart;
  let prev = Number.NaN;
  let prevK = ph.seqStart;
  for (let k = ph.seqStart; k < ph.seqEnd; k++) {
    const v = y[seq[k]!]!;
    if (skipTies && v === prev) continue;
    const dir = Number(v > prev) - Number(v < prev);
    const same = Number(dir === runDir);
    // Same direction: one step longer; the other: a new run starting at the previous point; a tie: no run.
    run = run * same + Number(dir !== 0);
    runStart = same * runStart + (1 - same) * prevK;
    runDir = dir;
    if (run >= steps) flagTrend(frame, flags, run === steps ? runStart : prevK + 1, k, dir);
    prev = v;
    prevK = k;
  }
}

/** Flags seq positions from..to as a trend in direction dir. */
function flagTrend(frame: SeriesFrame, flags: RuleFlags, from: number, to: number, dir: number): void {
  for (let m = from; m <= to; m++) {
    const i = frame.seq[m]!;
    flags.bits[i]! |= TREND;
    flags.trendDir[i] = dir;
  }
}

/** 1 when band b is beyond the 2-sigma line and at most `most` (2: not beyond the limit; 3: beyond it too). */
function beyondTwo(b: number, most: number): number {
  const a = Math.abs(b);
  return Number(a >= 2) & Number(a <= most);
}

/** +1 beyond the upper 2-sigma line, −1 beyond the lower, else 0. */
function twoSigmaScore(b: number): number {
  return b >= 2 ? 1 : b <= -2 ? -1 : 0;
}

/**
 * MDC two-of-three (NHSRplotthedots ptd_two_in_three): in any 3 consecutive points all strictly on one side
 * of the centre, at least 2 beyond the 2-sigma line (mdc2019: between 2 sigma and the limit; mdc2023: points
 * beyond the limit count too). Only the points in the band are flagged. The window slides one point a step.
 */
function markTwoOfThreeMdc(
  frame: SeriesFrame,
  ph: PhaseRange,
  band: Int8Array,
  variant: SpcTwoOfThree,
  bits: Uint8Array,
): void {
  const { seq } = frame;
  const most = variant === 'mdc2019' ? 2 : 3;
  let side1 = 0;
  let side2 = 0;
  let beyond1 = 0;
  let beyond2 = 0;
  for (let k = ph.seqStart; k < ph.seqEnd; k++) {
    const b = band[seq[k]!]!;
    const side = sideOf(b);
    const beyond = beyondTwo(b, most);
    const sameSide = Math.abs(side + side1 + side2) === 3;
    const enough = beyond + beyond1 + beyond2 >= 2;
    side2 = side1;
    side1 = side;
    beyond2 = beyond1;
    beyond1 = beyond;
    if (!(sameSide && enough)) continue;
    for (let m = k - 2; m <= k; m++) if (Math.abs(band[seq[m]!]!) === 2) bits[seq[m]!]! |= TWO_OF_THREE;
  }
}

/**
 * PowerBI-SPC twoInThree: for each point, the window of it and up to two points before it scores +1 per point
 * above the upper 2-sigma line and −1 per point below the lower; |sum| ≥ 2 flags the window's points beyond 2 sigma.
 */
function markTwoOfThreeBeyond(frame: SeriesFrame, ph: PhaseRange, band: Int8Array, bits: Uint8Array): void {
  const { seq } = frame;
  for (let k = ph.seqStart; k < ph.seqEnd; k++) {
    const from = Math.max(ph.seqStart, k - 2);
    let sum = 0;
    for (let m = from; m <= k; m++) sum += twoSigmaScore(band[seq[m]!]!);
    if (sum < 2 && sum > -2) continue;
    for (let m = from; m <= k; m++) if (twoSigmaScore(band[seq[m]!]!) !== 0) bits[seq[m]!]! |= TWO_OF_THREE;
  }
}

/** Apply every enabled point rule. Run rules see only seq: usable, non-excluded points of each phase. */
export function applyRules(frame: SeriesFrame, band: Int8Array, rules: ResolvedRules): RuleFlags {
  const flags: RuleFlags = { bits: new Uint8Array(frame.n), trendDir: new Int8Array(frame.n) };
  if (rules.outside) markOutside(band, flags.bits);
  for (const ph of frame.phases) {
    if (rules.shift >= 1) markShift(frame, ph, band, rules.shift, flags.bits);
    if (rules.trend >= 2) markTrend(frame, ph, rules, flags);
    if (rules.twoOfThree === 'beyond2sigma') markTwoOfThreeBeyond(frame, ph, band, flags.bits);
    else if (rules.twoOfThree !== false) markTwoOfThreeMdc(frame, ph, band, rules.twoOfThree, flags.bits);
  }
  return flags;
}

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

/** N points in a row strictly on one side of the centre; a point on the centre breaks the run (MDC, PowerBI-SPC). */
function markShift(frame: SeriesFrame, ph: PhaseRange, band: Int8Array, n: number, bits: Uint8Array): void {
  const { seq } = frame;
  let runStart = ph.seqStart;
  let runSide = 0;
  for (let k = ph.seqStart; k <= ph.seqEnd; k++) {
    const side = k < ph.seqEnd ? Math.sign(band[seq[k]!]!) : 0;
    if (side !== 0 && side === runSide) continue;
    if (runSide !== 0 && k - runStart >= n) for (let m = runStart; m < k; m++) bits[seq[m]!]! |= SHIFT;
    runStart = k;
    runSide = side;
  }
}

/**
 * Positions (into seq) the trend rule walks. With ties "skip", a value equal to the last kept one is
 * left out (it neither counts nor breaks); with "break" every point is kept and a tie ends the trend.
 */
function trendPositions(frame: SeriesFrame, ph: PhaseRange, skipTies: boolean, pos: Int32Array): number {
  let len = 0;
  let last = Number.NaN;
  for (let k = ph.seqStart; k < ph.seqEnd; k++) {
    const v = frame.y[frame.seq[k]!]!;
    if (skipTies && v === last) continue;
    pos[len++] = k;
    last = v;
  }
  return len;
}

function flagTrend(frame: SeriesFrame, flags: RuleFlags, fromPos: number, toPos: number, dir: number): void {
  // A later trend overwrites the direction of a shared turning point: NHSRplotthedots uses the right side.
  for (let k = fromPos; k <= toPos; k++) {
    const i = frame.seq[k]!;
    flags.bits[i]! |= TREND;
    flags.trendDir[i] = dir;
  }
}

/** N points in a row each strictly above (below) the previous one: N − 1 increases (decreases) in a row. */
function markTrend(
  frame: SeriesFrame,
  ph: PhaseRange,
  rules: ResolvedRules,
  flags: RuleFlags,
  pos: Int32Array,
): void {
  const len = trendPositions(frame, ph, rules.trendTies === 'skip', pos);
  const { y, seq } = frame;
  let runStart = 0;
  let runDir = 0;
  let prev = len > 0 ? y[seq[pos[0]!]!]! : 0;
  for (let k = 1; k <= len; k++) {
    const v = k < len ? y[seq[pos[k]!]!]! : prev;
    const d = v > prev ? 1 : v < prev ? -1 : 0;
    prev = v;
    if (d !== 0 && d === runDir) continue;
    if (runDir !== 0 && k - runStart >= rules.trend)
      flagTrend(frame, flags, pos[runStart]!, pos[k - 1]!, runDir);
    runStart = d === 0 ? k : k - 1;
    runDir = d;
  }
}

/** 1 when band b is beyond the 2-sigma line and at most `most` (2: not beyond the limit; 3: beyond it too). */
function beyondTwo(b: number, most: number): number {
  const a = b < 0 ? -b : b;
  return a >= 2 && a <= most ? 1 : 0;
}

/** +1 beyond the upper 2-sigma line, −1 beyond the lower, else 0. */
function twoSigmaScore(b: number): number {
  return b >= 2 ? 1 : b <= -2 ? -1 : 0;
}

/**
 * MDC two-of-three (NHSRplotthedots ptd_two_in_three): in any 3 consecutive points all strictly on one side
 * of the centre, at least 2 beyond the 2-sigma line (mdc2019: between 2 sigma and the limit; mdc2023: points
 * beyond the limit count too). Only the points in the band are flagged.
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
  for (let k = ph.seqStart; k + 2 < ph.seqEnd; k++) {
    const b0 = band[seq[k]!]!;
    const b1 = band[seq[k + 1]!]!;
    const b2 = band[seq[k + 2]!]!;
    if (Math.abs(Math.sign(b0) + Math.sign(b1) + Math.sign(b2)) !== 3) continue;
    if (beyondTwo(b0, most) + beyondTwo(b1, most) + beyondTwo(b2, most) < 2) continue;
    for (let m = k; m < k + 3; m++) if (Math.abs(band[seq[m]!]!) === 2) bits[seq[m]!]! |= TWO_OF_THREE;
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
  const pos = rules.trend >= 2 ? new Int32Array(frame.seq.length) : null;
  for (const ph of frame.phases) {
    if (rules.shift >= 1) markShift(frame, ph, band, rules.shift, flags.bits);
    if (pos !== null) markTrend(frame, ph, rules, flags, pos);
    if (rules.twoOfThree === 'beyond2sigma') markTwoOfThreeBeyond(frame, ph, band, flags.bits);
    else if (rules.twoOfThree !== false) markTwoOfThreeMdc(frame, ph, band, rules.twoOfThree, flags.bits);
  }
  return flags;
}

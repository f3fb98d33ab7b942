import type { Lines } from './limits';
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

/** "outside" is strict: a point on a limit is inside. Excluded points are flagged too. */
function markOutside(frame: SeriesFrame, lines: Lines, bits: Uint8Array): void {
  const { y } = frame;
  for (let i = 0; i < frame.n; i++) {
    const v = y[i]!;
    if (v > lines.upper[i]! || v < lines.lower[i]!) bits[i]! |= OUTSIDE;
  }
}

function sideOf(v: number, centre: number): number {
  return v > centre ? 1 : v < centre ? -1 : 0;
}

/** N points in a row strictly on one side of the centre; a point on the centre breaks the run (MDC, PowerBI-SPC). */
function markShift(frame: SeriesFrame, ph: PhaseRange, lines: Lines, n: number, bits: Uint8Array): void {
  const { seq, y } = frame;
  let runStart = ph.seqStart;
  let runSide = 0;
  for (let k = ph.seqStart; k <= ph.seqEnd; k++) {
    const i = k < ph.seqEnd ? seq[k]! : -1;
    const side = i < 0 ? 0 : sideOf(y[i]!, lines.centre[i]!);
    if (i >= 0 && side !== 0 && side === runSide) continue;
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
  // Later trends overwrite the direction of a shared turning point: NHSRplotthedots uses the right side.
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
  for (let k = 1; k <= len; k++) {
    const d = k < len ? Math.sign(y[seq[pos[k]!]!]! - y[seq[pos[k - 1]!]!]!) : 0;
    if (d !== 0 && d === runDir) continue;
    if (runDir !== 0 && k - runStart >= rules.trend)
      flagTrend(frame, flags, pos[runStart]!, pos[k - 1]!, runDir);
    runStart = d === 0 ? k : k - 1;
    runDir = d;
  }
}

/** Band of point i: 2 = beyond its 3-sigma limit, 1 = beyond the 2-sigma line only, 0 = inside (signed by side). */
function bandOf(v: number, i: number, lines: Lines): number {
  if (v > lines.upper2[i]!) return v > lines.upper[i]! ? 2 : 1;
  if (v < lines.lower2[i]!) return v < lines.lower[i]! ? -2 : -1;
  return 0;
}

/**
 * MDC two-of-three (NHSRplotthedots ptd_two_in_three): in any 3 consecutive points all strictly on one side
 * of the centre, at least 2 beyond the 2-sigma line (mdc2019: between 2 sigma and the limit; mdc2023: points
 * beyond the limit count too). Only the points in the band are flagged.
 */
function markTwoOfThreeMdc(
  frame: SeriesFrame,
  ph: PhaseRange,
  lines: Lines,
  variant: SpcTwoOfThree,
  bits: Uint8Array,
): void {
  const { seq, y } = frame;
  const counts = (b: number): number =>
    variant === 'mdc2019' ? (Math.abs(b) === 1 ? 1 : 0) : b !== 0 ? 1 : 0;
  for (let k = ph.seqStart; k + 2 < ph.seqEnd; k++) {
    let hits = 0;
    let sides = 0;
    for (let m = k; m < k + 3; m++) {
      const i = seq[m]!;
      hits += counts(bandOf(y[i]!, i, lines));
      sides += sideOf(y[i]!, lines.centre[i]!);
    }
    if (hits < 2 || Math.abs(sides) !== 3) continue;
    for (let m = k; m < k + 3; m++) {
      const i = seq[m]!;
      if (Math.abs(bandOf(y[i]!, i, lines)) === 1) bits[i]! |= TWO_OF_THREE;
    }
  }
}

/**
 * PowerBI-SPC twoInThree: for each point, the window of it and up to two points before it scores +1 per point
 * above the upper 2-sigma line and −1 per point below the lower; |sum| ≥ 2 flags the window's points beyond 2 sigma.
 */
function markTwoOfThreeBeyond(frame: SeriesFrame, ph: PhaseRange, lines: Lines, bits: Uint8Array): void {
  const { seq, y } = frame;
  const score = (i: number): number => Math.sign(bandOf(y[i]!, i, lines));
  for (let k = ph.seqStart; k < ph.seqEnd; k++) {
    const from = Math.max(ph.seqStart, k - 2);
    let sum = 0;
    for (let m = from; m <= k; m++) sum += score(seq[m]!);
    if (Math.abs(sum) < 2) continue;
    for (let m = from; m <= k; m++) if (score(seq[m]!) !== 0) bits[seq[m]!]! |= TWO_OF_THREE;
  }
}

/** Apply every enabled point rule. Run rules see only seq: usable, non-excluded points of each phase. */
export function applyRules(frame: SeriesFrame, lines: Lines, rules: ResolvedRules): RuleFlags {
  const flags: RuleFlags = { bits: new Uint8Array(frame.n), trendDir: new Int8Array(frame.n) };
  if (rules.outside) markOutside(frame, lines, flags.bits);
  const pos = rules.trend >= 2 ? new Int32Array(frame.seq.length) : null;
  for (const ph of frame.phases) {
    if (rules.shift >= 1) markShift(frame, ph, lines, rules.shift, flags.bits);
    if (pos !== null) markTrend(frame, ph, rules, flags, pos);
    if (rules.twoOfThree === 'beyond2sigma') markTwoOfThreeBeyond(frame, ph, lines, flags.bits);
    else if (rules.twoOfThree !== false) markTwoOfThreeMdc(frame, ph, lines, rules.twoOfThree, flags.bits);
  }
  return flags;
}

import type { SpcConfig } from './presets';
import type { PhaseRange, SeriesFrame } from './series';
import { D2, D4, meanMovingRange, meanOf, medianInPlace } from './stats';

/** Centre and sigma lines per point on the unmultiplied scale; NaN = none. */
export interface Lines {
  centre: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  lower2: Float64Array;
  upper2: Float64Array;
  lower1: Float64Array;
  upper1: Float64Array;
}

/** What a phase's limits were computed from. */
export interface PhaseStats {
  centre: number;
  /** The MR̄ the limits used (i: of the values; mr: the centre; pp/up: of the z-scores); NaN otherwise. */
  meanMovingRange: number;
}

function newLines(n: number): Lines {
  const make = (): Float64Array => new Float64Array(n).fill(Number.NaN);
  return {
    centre: make(),
    lower: make(),
    upper: make(),
    lower2: make(),
    upper2: make(),
    lower1: make(),
    upper1: make(),
  };
}

/** Copy the values of the phase's baseline points (usable, not excluded) into scratch; returns the count. */
function gatherCalc(frame: SeriesFrame, ph: PhaseRange, src: Float64Array, scratch: Float64Array): number {
  let k = 0;
  for (let i = ph.start; i < ph.calcEnd; i++) {
    if (frame.excluded[i] === 0 && !Number.isNaN(frame.y[i]!)) scratch[k++] = src[i]!;
  }
  return k;
}

/** Pooled proportion/rate Σnumerators / Σdenominators over the baseline points (Montgomery 7.1, 7.19). */
function pooledRate(frame: SeriesFrame, ph: PhaseRange): number {
  const den = frame.den!;
  let sumNum = 0;
  let sumDen = 0;
  for (let i = ph.start; i < ph.calcEnd; i++) {
    if (frame.excluded[i] === 0 && !Number.isNaN(frame.y[i]!)) {
      sumNum += frame.num[i]!;
      sumDen += den[i]!;
    }
  }
  return sumDen > 0 ? sumNum / sumDen : Number.NaN;
}

function centreOf(frame: SeriesFrame, ph: PhaseRange, config: SpcConfig, scratch: Float64Array): number {
  const count = gatherCalc(frame, ph, frame.y, scratch);
  if (count === 0) return Number.NaN;
  if (config.centre === 'median') return medianInPlace(scratch, count);
  switch (frame.chart) {
    case 'p':
    case 'pp':
    case 'u':
    case 'up':
      return pooledRate(frame, ph);
    case 'run':
    case 'i':
    case 'mr':
    case 'c':
      return meanOf(scratch, count);
  }
}

/** The binomial (p) or Poisson (u, c) sigma of point i around centre cl; NaN without a denominator. */
function attributeSigma(frame: SeriesFrame, i: number, cl: number): number {
  switch (frame.chart) {
    case 'p':
    case 'pp':
      return Math.sqrt((cl * (1 - cl)) / frame.den![i]!);
    case 'u':
    case 'up':
      return Math.sqrt(cl / frame.den![i]!);
    case 'c':
      return Math.sqrt(cl);
    case 'run':
    case 'i':
    case 'mr':
      return Number.NaN;
  }
}

/**
 * Laney (2002) p′/u′: σ_z = MR̄ of the z-scores of the baseline points / 1.128, z_i = (y_i − centre)/σ_i.
 * Returns MR̄ of the z-scores (0 when the binomial/Poisson sigma is 0: every z is then undefined).
 */
function laneyMeanMovingRange(
  frame: SeriesFrame,
  ph: PhaseRange,
  cl: number,
  screen: boolean,
  scratch: Float64Array,
): number {
  let k = 0;
  for (let i = ph.start; i < ph.calcEnd; i++) {
    if (frame.excluded[i] !== 0 || Number.isNaN(frame.y[i]!)) continue;
    const s = attributeSigma(frame, i, cl);
    if (!(s > 0)) return 0;
    scratch[k++] = (frame.y[i]! - cl) / s;
  }
  return meanMovingRange(scratch, k, screen);
}

/** Write centre ± 1, 2, 3 sigma at point i. */
function writeLines(lines: Lines, i: number, cl: number, sigma: number): void {
  lines.lower[i] = cl - 3 * sigma;
  lines.upper[i] = cl + 3 * sigma;
  lines.lower2[i] = cl - 2 * sigma;
  lines.upper2[i] = cl + 2 * sigma;
  lines.lower1[i] = cl - sigma;
  lines.upper1[i] = cl + sigma;
}

/** mr chart: upper = 3.267 × MR̄; the 2- and 1-sigma lines at 2/3 and 1/3 of the way; lower lines 0. */
function writeMrLines(lines: Lines, i: number, cl: number): void {
  const upper = D4 * cl;
  lines.upper[i] = upper;
  lines.upper2[i] = cl + ((upper - cl) * 2) / 3;
  lines.upper1[i] = cl + (upper - cl) / 3;
  lines.lower[i] = 0;
  lines.lower2[i] = 0;
  lines.lower1[i] = 0;
}

/** Sigma of point i: constant for XmR (xmrFactor/3 · MR̄), per point for attribute charts. */
function pointSigma(frame: SeriesFrame, i: number, cl: number, constSigma: number, sigmaZ: number): number {
  switch (frame.chart) {
    case 'i':
      return constSigma;
    case 'p':
    case 'u':
    case 'c':
      return attributeSigma(frame, i, cl);
    case 'pp':
    case 'up':
      return attributeSigma(frame, i, cl) * sigmaZ;
    case 'run':
    case 'mr':
      return Number.NaN;
  }
}

function computePhase(
  frame: SeriesFrame,
  ph: PhaseRange,
  config: SpcConfig,
  lines: Lines,
  scratch: Float64Array,
): PhaseStats {
  const cl = centreOf(frame, ph, config, scratch);
  let mrBar = Number.NaN;
  if (frame.chart === 'i')
    mrBar = meanMovingRange(scratch, gatherCalc(frame, ph, frame.y, scratch), config.screenMovingRanges);
  if (frame.chart === 'pp' || frame.chart === 'up')
    mrBar = laneyMeanMovingRange(frame, ph, cl, config.screenMovingRanges, scratch);
  if (frame.chart === 'mr') mrBar = cl;
  // MDC: 2.66 = 3/d2 with d2 = 1.128, so one sigma is xmrFactor/3 · MR̄.
  const constSigma = (config.xmrFactor / 3) * mrBar;
  const sigmaZ = mrBar / D2;
  for (let i = ph.start; i <= ph.end; i++) {
    lines.centre[i] = cl;
    if (Number.isNaN(cl) || frame.noLimits[i] === 1) continue;
    if (frame.chart === 'mr') writeMrLines(lines, i, cl);
    else if (frame.chart !== 'run') writeLines(lines, i, cl, pointSigma(frame, i, cl, constSigma, sigmaZ));
  }
  return { centre: cl, meanMovingRange: mrBar };
}

/** p limits are truncated to [0, 1]; u and c lower limits are floored at 0 (contract, "Limits"). */
function clampLines(chart: SeriesFrame['chart'], lines: Lines): void {
  if (chart === 'p' || chart === 'pp') {
    for (const a of [lines.lower, lines.upper, lines.lower2, lines.upper2, lines.lower1, lines.upper1]) {
      for (let i = 0; i < a.length; i++) a[i] = Math.min(1, Math.max(0, a[i]!));
    }
  } else if (chart === 'u' || chart === 'up' || chart === 'c') {
    for (const a of [lines.lower, lines.lower2, lines.lower1])
      for (let i = 0; i < a.length; i++) a[i] = Math.max(0, a[i]!);
  }
}

/** Centre and 1/2/3-sigma lines for every point, phase by phase, from each phase's baseline points. */
export function computeLimits(frame: SeriesFrame, config: SpcConfig): { lines: Lines; stats: PhaseStats[] } {
  const lines = newLines(frame.n);
  const scratch = new Float64Array(frame.n);
  const stats = frame.phases.map((ph) => computePhase(frame, ph, config, lines, scratch));
  clampLines(frame.chart, lines);
  return { lines, stats };
}

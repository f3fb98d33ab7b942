import type { SpcConfig } from './presets';
import type { PhaseRange, SeriesFrame } from './series';
import { D2, D4, meanMovingRange, meanOf, medianInPlace } from './stats';

/**
 * How the sigma lines are bounded: p charts to [0, 1]; u and c lower lines at 0; the mr chart's lower
 * lines are 0 by definition (contract, "mr chart").
 */
export type Clamp = 'none' | 'unit' | 'floor' | 'mr';

/** What a phase's limits were computed from. */
export interface PhaseStats {
  centre: number;
  /** The MR̄ the limits used (i: of the values; mr: the centre; pp/up: of the z-scores); NaN otherwise. */
  meanMovingRange: number;
}

/**
 * Centre and sigma on the unmultiplied scale. The centre is constant per phase; so is sigma except on
 * p/pp/u/up charts, where it depends on each point's denominator (pointSigma). NaN = none. Lines are
 * derived on demand (lineOf) instead of being stored: seven million-element arrays cost more than the sums.
 */
export interface Limits {
  clamp: Clamp;
  centre: Float64Array;
  sigma: Float64Array;
  pointSigma: Float64Array | null;
  stats: PhaseStats[];
}

/** The line at k sigma (k = −3 … 3) around centre c, bounded as the chart requires; NaN without a sigma. */
export function lineOf(clamp: Clamp, c: number, s: number, k: number): number {
  if (Number.isNaN(s)) return Number.NaN;
  const v = c + k * s;
  switch (clamp) {
    case 'none':
      return v;
    case 'unit':
      return Math.min(1, Math.max(0, v));
    case 'floor':
      return k < 0 ? Math.max(0, v) : v;
    case 'mr':
      return k < 0 ? 0 : v;
  }
}

/** Sigma of point i in phase p: none where a denominator is zero or missing. */
export function sigmaAt(limits: Limits, frame: SeriesFrame, p: number, i: number): number {
  if (frame.noLimits[i] === 1) return Number.NaN;
  return limits.pointSigma === null ? limits.sigma[p]! : limits.pointSigma[i]!;
}

function clampOf(chart: SeriesFrame['chart']): Clamp {
  switch (chart) {
    case 'p':
    case 'pp':
      return 'unit';
    case 'u':
    case 'up':
    case 'c':
      return 'floor';
    case 'mr':
      return 'mr';
    case 'run':
    case 'i':
      return 'none';
  }
}

/**
 * The values of the phase's baseline points (usable, not excluded), in order. When every point of the phase
 * is usable that is a view of the values themselves, no copy; a median reorders what it is given, so it
 * always gets a copy.
 */
function baselineValues(frame: SeriesFrame, ph: PhaseRange, reorders: boolean): Float64Array {
  const { y, excluded } = frame;
  const allUsable = ph.seqEnd - ph.seqStart === ph.end - ph.start + 1;
  if (allUsable && !reorders) return y.subarray(ph.start, ph.calcEnd);
  const out = new Float64Array(ph.calcEnd - ph.start);
  let k = 0;
  for (let i = ph.start; i < ph.calcEnd; i++) {
    const v = y[i]!;
    if (excluded[i] === 0 && !Number.isNaN(v)) out[k++] = v;
  }
  return out.subarray(0, k);
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

/** Mean (pooled for attribute charts with denominators) or median of the baseline values (reordered). */
function centreOf(frame: SeriesFrame, ph: PhaseRange, config: SpcConfig, values: Float64Array): number {
  const count = values.length;
  if (count === 0) return Number.NaN;
  if (config.centre === 'median') return medianInPlace(values, count);
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
      return meanOf(values, count);
  }
}

/** The binomial (p) or Poisson (u) sigma of point i around centre cl (Montgomery 7.1, 7.19). */
function attributeSigma(frame: SeriesFrame, i: number, cl: number): number {
  const n = frame.den![i]!;
  return frame.chart === 'p' || frame.chart === 'pp' ? Math.sqrt((cl * (1 - cl)) / n) : Math.sqrt(cl / n);
}

/**
 * Laney (2002) p′/u′: σ_z = MR̄ of the baseline points' z-scores / 1.128, z_i = (y_i − centre)/σ_i.
 * Returns MR̄ of the z-scores (0 when the binomial/Poisson sigma is 0: every z is then undefined).
 */
function laneyMeanMovingRange(
  frame: SeriesFrame,
  ph: PhaseRange,
  cl: number,
  screen: boolean,
): number {
  const z = new Float64Array(ph.calcEnd - ph.start);
  let k = 0;
  for (let i = ph.start; i < ph.calcEnd; i++) {
    if (frame.excluded[i] !== 0 || Number.isNaN(frame.y[i]!)) continue;
    const s = attributeSigma(frame, i, cl);
    if (!(s > 0)) return 0;
    z[k++] = (frame.y[i]! - cl) / s;
  }
  return meanMovingRange(z, k, screen);
}

/** Per-point sigma of the phase for p, pp, u and up (σ_i, times σ_z for Laney's charts). */
function writePointSigma(
  frame: SeriesFrame,
  ph: PhaseRange,
  cl: number,
  sigmaZ: number,
  out: Float64Array,
): void {
  for (let i = ph.start; i <= ph.end; i++) out[i] = attributeSigma(frame, i, cl) * sigmaZ;
}

function computePhase(frame: SeriesFrame, p: number, config: SpcConfig, limits: Limits): void {
  const ph = frame.phases[p]!;
  const values = baselineValues(frame, ph, config.centre === 'median');
  // The moving ranges need the baseline in order: take them before a median reorders the values.
  let mrBar =
    frame.chart === 'i' ? meanMovingRange(values, values.length, config.screenMovingRanges) : Number.NaN;
  const cl = centreOf(frame, ph, config, values);
  let sigma = Number.NaN;
  switch (frame.chart) {
    case 'i':
      sigma = (config.xmrFactor / 3) * mrBar; // MDC: 2.66 = 3/d2 with d2 = 1.128, so one sigma is 2.66/3 · MR̄
      break;
    case 'mr':
      mrBar = cl;
      sigma = ((D4 - 1) * cl) / 3; // upper = 3.267·MR̄; 2- and 1-sigma lines at 2/3 and 1/3 of the way
      break;
    case 'c':
      sigma = Math.sqrt(cl); // Montgomery 7.17
      break;
    case 'p':
    case 'u':
      writePointSigma(frame, ph, cl, 1, limits.pointSigma!);
      break;
    case 'pp':
    case 'up':
      mrBar = Number.isNaN(cl)
        ? Number.NaN
        : laneyMeanMovingRange(frame, ph, cl, config.screenMovingRanges);
      writePointSigma(frame, ph, cl, mrBar / D2, limits.pointSigma!);
      break;
    case 'run':
      break;
  }
  limits.centre[p] = cl;
  limits.sigma[p] = sigma;
  limits.stats.push({ centre: cl, meanMovingRange: mrBar });
}

/** Centre and sigma of every phase, each from its own baseline points (the frozen part when a baseline is set). */
export function computeLimits(frame: SeriesFrame, config: SpcConfig): Limits {
  const perPoint = frame.chart === 'p' || frame.chart === 'pp' || frame.chart === 'u' || frame.chart === 'up';
  const phases = frame.phases.length;
  const limits: Limits = {
    clamp: clampOf(frame.chart),
    centre: new Float64Array(phases),
    sigma: new Float64Array(phases),
    pointSigma: perPoint ? new Float64Array(frame.n).fill(Number.NaN) : null,
    stats: [],
  };
  for (let p = 0; p < phases; p++) computePhase(frame, p, config, limits);
  return limits;
}

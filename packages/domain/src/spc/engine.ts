import { runsAnalysis } from './anhoej';
import { computeBands } from './bands';
import { assuranceIcon, pointType, signalDirection, variationIcon } from './icons';
import { computeLimits, lineOf, sigmaAt, type Limits, type PhaseStats } from './limits';
import { resolveConfig, type SpcConfig } from './presets';
import { applyRules, OUTSIDE, SHIFT, TREND, TWO_OF_THREE, type RuleFlags } from './rules';
import { buildFrame, type SeriesFrame } from './series';
import type {
  SpcAssurance,
  SpcImprovement,
  SpcPhase,
  SpcPoint,
  SpcPointType,
  SpcRequest,
  SpcResult,
  SpcSignals,
  SpcVariation,
  SpcWarning,
} from './types';

/** A phase with fewer points than this has trial limits (contract; NHSRplotthedots warns below 12). */
export const TRIAL_LIMITS_POINTS = 13;

/** The 16 possible signal combinations, shared and frozen: no object per point for them. */
const SIGNALS: readonly SpcSignals[] = Array.from({ length: 16 }, (_, bits) =>
  Object.freeze({
    outside: (bits & OUTSIDE) !== 0,
    shift: (bits & SHIFT) !== 0,
    trend: (bits & TREND) !== 0,
    twoOfThree: (bits & TWO_OF_THREE) !== 0,
  }),
);

/** The point types as stored per point in `Computed.type`. */
const POINT_TYPES: readonly SpcPointType[] = ['common', 'improvement', 'concern', 'neutral'];

/**
 * The whole analysis in columns (typed arrays per point, lines per phase): everything a result point
 * holds is computed here, so building the point objects afterwards is only a change of representation.
 */
interface Computed {
  request: SpcRequest;
  config: SpcConfig;
  frame: SeriesFrame;
  limits: Limits;
  band: Int8Array;
  flags: RuleFlags;
  multiplier: number;
  improvement: SpcImprovement;
  /** Value of each point on the multiplied scale; NaN when missing. */
  value: Float64Array;
  /** Type of each point: an index into POINT_TYPES. */
  type: Uint8Array;
}

function scaled(v: number, m: number): number | null {
  return Number.isNaN(v) ? null : v * m;
}

function scaledValues(y: Float64Array, m: number): Float64Array {
  if (m === 1) return y;
  const out = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) out[i] = y[i]! * m;
  return out;
}

/** The type of every point with a signal (the others stay 0, "common"). */
function pointTypes(band: Int8Array, flags: RuleFlags, improvement: SpcImprovement): Uint8Array {
  const type = new Uint8Array(band.length);
  const code = (t: SpcPointType): number => POINT_TYPES.indexOf(t);
  for (let i = 0; i < band.length; i++)
    if (flags.bits[i] !== 0) type[i] = code(pointType(signalDirection(band, flags, i), improvement));
  return type;
}

/** The seven lines of one point, scaled: [centre, lower, upper, lower2, upper2, lower1, upper1]. */
type PointLines = readonly [
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
];

function pointLines(limits: Limits, c: number, s: number, m: number): PointLines {
  const { clamp } = limits;
  return [
    scaled(c, m),
    scaled(lineOf(clamp, c, s, -3), m),
    scaled(lineOf(clamp, c, s, 3), m),
    scaled(lineOf(clamp, c, s, -2), m),
    scaled(lineOf(clamp, c, s, 2), m),
    scaled(lineOf(clamp, c, s, -1), m),
    scaled(lineOf(clamp, c, s, 1), m),
  ];
}

/** The lines of point i of phase p. */
function linesAt(c: Computed, p: number, i: number): PointLines {
  return pointLines(c.limits, c.limits.centre[p]!, sigmaAt(c.limits, c.frame, p, i), c.multiplier);
}

/** One result point. A single literal site keeps every point on one hidden class. */
function createPoint(
  index: number,
  label: string | null,
  value: number | null,
  phase: number,
  excluded: boolean,
  l: PointLines,
  signals: SpcSignals,
  type: SpcPointType,
): SpcPoint {
  return {
    index,
    label,
    value,
    phase,
    excluded,
    centre: l[0],
    lower: l[1],
    upper: l[2],
    lower2: l[3],
    upper2: l[4],
    lower1: l[5],
    upper1: l[6],
    signals,
    type,
  };
}

function makePoint(c: Computed, i: number, phase: number, l: PointLines): SpcPoint {
  const label = c.request.labels?.[i] ?? null;
  const v = c.value[i]!;
  const value = Number.isNaN(v) ? null : v;
  const signals = SIGNALS[c.flags.bits[i]!]!;
  return createPoint(i, label, value, phase, c.frame.excluded[i] === 1, l, signals, POINT_TYPES[c.type[i]!]!);
}

/** Points of one phase; lines are built once per phase unless sigma varies per point. */
function phasePoints(c: Computed, p: number, points: SpcPoint[]): void {
  const { frame, limits, multiplier: m } = c;
  const ph = frame.phases[p]!;
  const cl = limits.centre[p]!;
  const shared = pointLines(limits, cl, limits.sigma[p]!, m);
  const none = pointLines(limits, cl, Number.NaN, m);
  for (let i = ph.start; i <= ph.end; i++) {
    let l = frame.noLimits[i] === 1 ? none : shared;
    if (limits.pointSigma !== null && l === shared) l = linesAt(c, p, i);
    points[i] = makePoint(c, i, p, l);
  }
}

/** The result's point objects, built from the columns. */
function buildPoints(c: Computed): SpcPoint[] {
  const points = new Array<SpcPoint>(c.frame.n);
  for (let p = 0; p < c.frame.phases.length; p++) phasePoints(c, p, points);
  return points;
}

/**
 * The phase's 3-sigma limit (k = ±3) when it is the same for every point of the phase that has limits,
 * else null. Read from the limits rather than the built points: no second pass over a million objects.
 */
function constantLimit(c: Computed, p: number, k: number): number | null {
  const { frame, limits } = c;
  const ph = frame.phases[p]!;
  const cl = limits.centre[p]!;
  let found = Number.NaN;
  if (limits.pointSigma === null) {
    for (let i = ph.start; i <= ph.end; i++)
      if (frame.noLimits[i] === 0) return scaled(lineOf(limits.clamp, cl, limits.sigma[p]!, k), c.multiplier);
    return null;
  }
  for (let i = ph.start; i <= ph.end; i++) {
    const v = lineOf(limits.clamp, cl, sigmaAt(limits, frame, p, i), k);
    if (Number.isNaN(v)) continue;
    if (Number.isNaN(found)) found = v;
    else if (v !== found) return null;
  }
  return scaled(found, c.multiplier);
}

/** i and mr report the MR̄ the limits used (scaled); pp/up the unitless MR̄ of the z-scores. */
function reportedMovingRange(c: Computed, stats: PhaseStats): number | null {
  switch (c.frame.chart) {
    case 'i':
    case 'mr':
      return scaled(stats.meanMovingRange, c.multiplier);
    case 'pp':
    case 'up':
      return Number.isNaN(stats.meanMovingRange) ? null : stats.meanMovingRange;
    case 'run':
    case 'p':
    case 'u':
    case 'c':
      return null;
  }
}

function buildPhase(c: Computed, p: number): SpcPhase {
  const ph = c.frame.phases[p]!;
  const stats = c.limits.stats[p]!;
  const warnings: SpcWarning[] = [];
  if (ph.end - ph.start + 1 < TRIAL_LIMITS_POINTS) warnings.push('trial-limits');
  if (Number.isNaN(stats.centre)) warnings.push('no-usable-points');
  let runs = c.config.rules.anhoej ? runsAnalysis(c.frame, ph, c.band) : null;
  // qicharts2 (qic.agg) never signals runs on an MR chart: consecutive moving ranges are correlated.
  if (runs !== null && c.frame.chart === 'mr') runs = { ...runs, signal: false };
  return {
    start: ph.start,
    end: ph.end,
    centre: scaled(stats.centre, c.multiplier),
    lower: constantLimit(c, p, -3),
    upper: constantLimit(c, p, 3),
    meanMovingRange: reportedMovingRange(c, stats),
    runs,
    warnings,
  };
}

/** MDC icons from the last point that has a value (variation) and the last point that has limits (assurance). */
function icons(c: Computed): { variation: SpcVariation; assurance: SpcAssurance } {
  let variation: SpcVariation = 'common';
  for (let i = c.frame.n - 1; i >= 0; i--) {
    if (Number.isNaN(c.value[i]!)) continue;
    variation = variationIcon(POINT_TYPES[c.type[i]!]!, signalDirection(c.band, c.flags, i));
    break;
  }
  return { variation, assurance: lastAssurance(c) };
}

/** The assurance icon from the lines of the last point that has limits. */
function lastAssurance(c: Computed): SpcAssurance {
  const { phases } = c.frame;
  for (let p = phases.length - 1; p >= 0; p--) {
    for (let i = phases[p]!.end; i >= phases[p]!.start; i--) {
      const [, lower, upper] = linesAt(c, p, i);
      if (lower !== null && upper !== null)
        return assuranceIcon(c.request.target, c.improvement, lower, upper);
    }
  }
  return null;
}

function seriesWarnings(frame: SeriesFrame, phases: SpcPhase[]): SpcWarning[] {
  const warnings: SpcWarning[] = [];
  if (frame.noLimits.includes(1)) warnings.push('zero-denominator');
  if (phases.every((p) => p.centre === null)) warnings.push('no-usable-points');
  return warnings;
}

/**
 * Compute an SPC chart: centre line, 1/2/3-sigma lines, rule signals, point types, runs analysis and the
 * MDC variation and assurance icons, per the contract (/work/shared/spc-contract.md). Pure: the request
 * must already be valid (contracts' spcRequestSchema); nothing is mutated.
 */
export function computeSpc(request: SpcRequest): SpcResult {
  const config = resolveConfig(request);
  const frame = buildFrame(request);
  const limits = computeLimits(frame, config);
  const band = computeBands(frame, limits);
  const flags = applyRules(frame, band, config.rules);
  const improvement = request.improvement ?? 'neutral';
  const multiplier = request.multiplier ?? 1;
  const c: Computed = {
    request,
    config,
    frame,
    limits,
    band,
    flags,
    multiplier,
    improvement,
    value: scaledValues(frame.y, multiplier),
    type: pointTypes(band, flags, improvement),
  };
  const phases = frame.phases.map((_, p) => buildPhase(c, p));
  const { variation, assurance } = icons(c);
  // The point objects are built on the first read of `points` (then kept, and the columns let go): computing
  // a chart never waits for a million objects its caller may not read. `points` is still an own, enumerable
  // property in the contract's key order, so JSON.stringify, spreads and deep equality see the same result.
  let columns: Computed | null = c;
  let points: SpcPoint[] | null = null;
  return {
    chart: request.chart,
    get points(): SpcPoint[] {
      if (points === null) {
        points = buildPoints(columns!);
        columns = null;
      }
      return points;
    },
    set points(value: SpcPoint[]) {
      points = value;
      columns = null;
    },
    phases,
    variation,
    assurance,
    warnings: seriesWarnings(frame, phases),
  };
}

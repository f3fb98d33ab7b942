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

interface Computed {
  request: SpcRequest;
  config: SpcConfig;
  frame: SeriesFrame;
  limits: Limits;
  band: Int8Array;
  flags: RuleFlags;
  multiplier: number;
  improvement: SpcImprovement;
}

function scaled(v: number, m: number): number | null {
  return Number.isNaN(v) ? null : v * m;
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
  const bits = c.flags.bits[i]!;
  const type: SpcPointType =
    bits === 0 ? 'common' : pointType(signalDirection(c.band, c.flags, i), c.improvement);
  const label = c.request.labels?.[i] ?? null;
  const value = scaled(c.frame.y[i]!, c.multiplier);
  return createPoint(i, label, value, phase, c.frame.excluded[i] === 1, l, SIGNALS[bits]!, type);
}

/** Points of one phase; lines are computed once per phase unless sigma varies per point. */
function phasePoints(c: Computed, p: number, points: SpcPoint[]): void {
  const { frame, limits, multiplier: m } = c;
  const ph = frame.phases[p]!;
  const cl = limits.centre[p]!;
  const shared = pointLines(limits, cl, limits.sigma[p]!, m);
  const none = pointLines(limits, cl, Number.NaN, m);
  for (let i = ph.start; i <= ph.end; i++) {
    let l = frame.noLimits[i] === 1 ? none : shared;
    if (limits.pointSigma !== null && l === shared)
      l = pointLines(limits, cl, sigmaAt(limits, frame, p, i), m);
    points[i] = makePoint(c, i, p, l);
  }
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
function icons(c: Computed, points: SpcPoint[]): { variation: SpcVariation; assurance: SpcAssurance } {
  let variation: SpcVariation = 'common';
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i]!;
    if (p.value === null) continue;
    variation = variationIcon(p.type, signalDirection(c.band, c.flags, i));
    break;
  }
  let assurance: SpcAssurance = null;
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i]!;
    if (p.lower === null || p.upper === null) continue;
    assurance = assuranceIcon(c.request.target, c.improvement, p.lower, p.upper);
    break;
  }
  return { variation, assurance };
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
  const c: Computed = {
    request,
    config,
    frame,
    limits,
    band,
    flags,
    multiplier: request.multiplier ?? 1,
    improvement,
  };
  const points = new Array<SpcPoint>(frame.n);
  for (let p = 0; p < frame.phases.length; p++) phasePoints(c, p, points);
  const phases = frame.phases.map((_, p) => buildPhase(c, p));
  return {
    chart: request.chart,
    points,
    phases,
    ...icons(c, points),
    warnings: seriesWarnings(frame, phases),
  };
}

import { runsAnalysis } from './anhoej';
import { assuranceIcon, pointType, signalDirection, variationIcon } from './icons';
import { computeLimits, type Lines, type PhaseStats } from './limits';
import { resolveConfig, type SpcConfig } from './presets';
import { applyRules, OUTSIDE, SHIFT, TREND, TWO_OF_THREE, type RuleFlags } from './rules';
import { buildFrame, type PhaseRange, type SeriesFrame } from './series';
import type {
  SpcAssurance,
  SpcPhase,
  SpcPoint,
  SpcRequest,
  SpcResult,
  SpcSignals,
  SpcVariation,
  SpcWarning,
} from './types';

/** A phase with fewer points than this has trial limits (contract; NHSRplotthedots warns below 12). */
export const TRIAL_LIMITS_POINTS = 13;

/** The 16 possible signal combinations, shared and frozen: no object per point for the common case. */
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
  lines: Lines;
  flags: RuleFlags;
  multiplier: number;
}

function scaled(v: number, m: number): number | null {
  return Number.isNaN(v) ? null : v * m;
}

/** The value shared by every point of the phase that has one, else null. */
function constantOver(a: Float64Array, ph: PhaseRange, m: number): number | null {
  let found = Number.NaN;
  for (let i = ph.start; i <= ph.end; i++) {
    const v = a[i]!;
    if (Number.isNaN(v)) continue;
    if (Number.isNaN(found)) found = v;
    else if (v !== found) return null;
  }
  return scaled(found, m);
}

/** i, pp and up report the MR̄ the limits used; mr its centre; pp/up's is of unitless z-scores. */
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

function buildPhase(c: Computed, ph: PhaseRange, stats: PhaseStats): SpcPhase {
  const warnings: SpcWarning[] = [];
  if (ph.end - ph.start + 1 < TRIAL_LIMITS_POINTS) warnings.push('trial-limits');
  if (Number.isNaN(stats.centre)) warnings.push('no-usable-points');
  let runs = c.config.rules.anhoej ? runsAnalysis(c.frame, ph, c.lines.centre) : null;
  // qicharts2 (qic.agg) never signals runs on an MR chart: consecutive moving ranges are correlated.
  if (runs !== null && c.frame.chart === 'mr') runs = { ...runs, signal: false };
  return {
    start: ph.start,
    end: ph.end,
    centre: scaled(stats.centre, c.multiplier),
    lower: constantOver(c.lines.lower, ph, c.multiplier),
    upper: constantOver(c.lines.upper, ph, c.multiplier),
    meanMovingRange: reportedMovingRange(c, stats),
    runs,
    warnings,
  };
}

function buildPoints(c: Computed): SpcPoint[] {
  const { frame, lines, flags, multiplier: m } = c;
  const labels = c.request.labels;
  const improvement = c.request.improvement ?? 'neutral';
  const points = new Array<SpcPoint>(frame.n);
  frame.phases.forEach((ph, phase) => {
    for (let i = ph.start; i <= ph.end; i++) {
      const bits = flags.bits[i]!;
      points[i] = {
        index: i,
        label: labels?.[i] ?? null,
        value: scaled(frame.y[i]!, m),
        phase,
        excluded: frame.excluded[i] === 1,
        centre: scaled(lines.centre[i]!, m),
        lower: scaled(lines.lower[i]!, m),
        upper: scaled(lines.upper[i]!, m),
        lower2: scaled(lines.lower2[i]!, m),
        upper2: scaled(lines.upper2[i]!, m),
        lower1: scaled(lines.lower1[i]!, m),
        upper1: scaled(lines.upper1[i]!, m),
        signals: SIGNALS[bits]!,
        type: bits === 0 ? 'common' : pointType(signalDirection(frame, lines, flags, i), improvement),
      };
    }
  });
  return points;
}

/** MDC icons from the last point that has a value (variation) and the last point that has limits (assurance). */
function icons(c: Computed, points: SpcPoint[]): { variation: SpcVariation; assurance: SpcAssurance } {
  let variation: SpcVariation = 'common';
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i]!;
    if (p.value === null) continue;
    variation = variationIcon(p.type, signalDirection(c.frame, c.lines, c.flags, i));
    break;
  }
  let assurance: SpcAssurance = null;
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i]!;
    if (p.lower === null || p.upper === null) continue;
    assurance = assuranceIcon(c.request.target, c.request.improvement ?? 'neutral', p.lower, p.upper);
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
  const { lines, stats } = computeLimits(frame, config);
  const flags = applyRules(frame, lines, config.rules);
  const c: Computed = { request, config, frame, lines, flags, multiplier: request.multiplier ?? 1 };
  const phases = frame.phases.map((ph, p) => buildPhase(c, ph, stats[p]!));
  const points = buildPoints(c);
  return {
    chart: request.chart,
    points,
    phases,
    ...icons(c, points),
    warnings: seriesWarnings(frame, phases),
  };
}

import { classifyByar } from './byar';
import { classifyValue } from './classify';
import { clampLimits, methodLimits, scaleMaximum } from './limits';
import { fitOverdispersion, overdispersedLimits, type OverdispersionFit } from './overdispersion';
import { toObservations, type FunnelObservation } from './observations';
import { resolveSettings, type FunnelSettings } from './settings';
import {
  FunnelInputError,
  type FunnelClassification,
  type FunnelCurvePoint,
  type FunnelLimitsByLevel,
  type FunnelRequest,
  type FunnelResult,
  type FunnelType,
  type FunnelUnitResult,
} from './types';

interface FunnelContext extends FunnelSettings {
  type: FunnelType;
  /** Overdispersion fit when its adjusted limits replace the method's (φ > 1). */
  adjustment: OverdispersionFit | null;
}

/** Unmultiplied, clamped limits per level at x: the adjusted funnel when applied, else the method's. */
function limitsAt(context: FunnelContext, x: number): [number, number][] {
  return context.levels.map((level) => {
    const raw = context.adjustment
      ? overdispersedLimits(context.adjustment, context.theta, x, level)
      : methodLimits(context.type, context.method, context.theta, x, level);
    return clampLimits(context.type, raw);
  });
}

function scaleByLevel(context: FunnelContext, limits: readonly [number, number][]): FunnelLimitsByLevel {
  const result: FunnelLimitsByLevel = {};
  context.levels.forEach((level, i) => {
    const [lower, upper] = limits[i]!;
    result[level.key] = [lower * context.multiplier, upper * context.multiplier];
  });
  return result;
}

function classify(context: FunnelContext, unit: FunnelObservation, limits: readonly [number, number][]): Record<string, FunnelClassification> {
  const result: Record<string, FunnelClassification> = {};
  context.levels.forEach((level, i) => {
    // PHE's ratio method judges each unit by its own interval; the funnel only draws where that flips.
    result[level.key] =
      context.method === 'byar' && !context.adjustment
        ? classifyByar(unit.count, unit.x, context.theta, level, context.boundary)
        : classifyValue(unit.value, limits[i]!, context.theta, context.boundary, scaleMaximum(context.type));
  });
  return result;
}

function unitResult(context: FunnelContext, unit: FunnelObservation): FunnelUnitResult {
  const limits = limitsAt(context, unit.x);
  return {
    id: unit.id,
    value: unit.value * context.multiplier,
    x: unit.x,
    limits: scaleByLevel(context, limits),
    classification: classify(context, unit, limits),
  };
}

function curvePoint(context: FunnelContext, x: number, index: number): FunnelCurvePoint {
  if (!(x > 0 && Number.isFinite(x))) throw new FunnelInputError('curve x values must be positive', ['curve', index]);
  return { x, limits: scaleByLevel(context, limitsAt(context, x)) };
}

/**
 * Computes a funnel plot (contract "funnel request and result"): each unit's value, its limits at
 * every level and its classification, the optional overdispersion fit and the limits along `curve`.
 * Pure; throws {@link FunnelInputError} for a request the contracts schema would reject.
 */
export function computeFunnel(request: FunnelRequest): FunnelResult {
  const observations = toObservations(request.type, request.units);
  const settings = resolveSettings(request, observations);
  const fit = request.overdispersion
    ? fitOverdispersion(request.type, observations, settings.theta, request.overdispersion)
    : null;
  const context: FunnelContext = { ...settings, type: request.type, adjustment: fit?.applied ? fit : null };
  return {
    target: settings.theta * settings.multiplier,
    units: observations.map((unit) => unitResult(context, unit)),
    overdispersion: fit ? { phi: fit.phi, tau2: fit.tau2, applied: fit.applied } : null,
    curve: (request.curve ?? []).map((x, i) => curvePoint(context, x, i)),
  };
}

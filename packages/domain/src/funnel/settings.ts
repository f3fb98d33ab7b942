import { DEFAULT_LEVELS, toFunnelLevel, type FunnelLevel } from './levels';
import { isLimitsMethodAllowed } from './limits';
import { pooledTarget, type FunnelObservation } from './observations';
import { isZScoreScaleAllowed } from './scales';
import { FunnelInputError, type FunnelBoundary, type FunnelLimitsMethod, type FunnelRequest } from './types';

/** The request with the contract's defaults filled in and the target on the unmultiplied scale. */
export interface FunnelSettings {
  levels: FunnelLevel[];
  method: FunnelLimitsMethod;
  boundary: FunnelBoundary;
  multiplier: number;
  /** θ on the indicator's own scale (the request's target ÷ multiplier). */
  theta: number;
}

function resolveLevels(levels: readonly number[]): FunnelLevel[] {
  return levels.map((level, i) => {
    if (!(level > 0 && level < 1)) throw new FunnelInputError('level must be in (0, 1)', ['levels', i]);
    return toFunnelLevel(level);
  });
}

function resolveTarget(request: FunnelRequest, observations: readonly FunnelObservation[], multiplier: number): number {
  let theta: number;
  if (request.target !== undefined) theta = request.target / multiplier;
  else if (request.type === 'ratio') theta = 1;
  else if (observations.length === 0) {
    throw new FunnelInputError('target is required when there are no units to pool', ['target']);
  } else theta = pooledTarget(observations);
  if (!isTargetInRange(request.type, theta)) {
    throw new FunnelInputError('target is outside the range of the indicator', ['target']);
  }
  return theta;
}

/**
 * The targets an indicator can have (on its own scale): a proportion in [0, 1], a rate ≥ 0 (a pooled
 * rate is 0 when no unit has events), a ratio > 0 (its scale is relative to the target).
 */
export function isTargetInRange(type: FunnelRequest['type'], theta: number): boolean {
  if (!Number.isFinite(theta)) return false;
  switch (type) {
    case 'proportion':
      return theta >= 0 && theta <= 1;
    case 'rate':
      return theta >= 0;
    case 'ratio':
      return theta > 0;
  }
}

function checkCompatibility(request: FunnelRequest, method: FunnelLimitsMethod): void {
  if (!isLimitsMethodAllowed(request.type, method)) {
    throw new FunnelInputError(`${method} limits do not apply to type ${request.type}`, ['limits']);
  }
  const scale = request.overdispersion?.zScore;
  if (scale !== undefined && !isZScoreScaleAllowed(request.type, scale)) {
    throw new FunnelInputError(`z-score scale ${scale} does not apply to type ${request.type}`, ['overdispersion', 'zScore']);
  }
}

/** Resolves defaults (levels [0.95, 0.998], exact limits, boundary within, multiplier 1, target) and guards. */
export function resolveSettings(request: FunnelRequest, observations: readonly FunnelObservation[]): FunnelSettings {
  const method = request.limits ?? 'exact';
  checkCompatibility(request, method);
  const multiplier = request.multiplier ?? 1;
  if (!(multiplier > 0 && Number.isFinite(multiplier))) throw new FunnelInputError('multiplier must be positive', ['multiplier']);
  return {
    levels: resolveLevels(request.levels ?? DEFAULT_LEVELS),
    method,
    boundary: request.boundary ?? 'within',
    multiplier,
    theta: resolveTarget(request, observations, multiplier),
  };
}

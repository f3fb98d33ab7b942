import { byarFunnelLimits } from './byar';
import { exactBinomialLimits, exactPoissonLimits } from './limits-exact';
import { normalLimits } from './limits-normal';
import type { FunnelLevel } from './levels';
import { FunnelInputError, type FunnelLimitsMethod, type FunnelType } from './types';
import { wilsonFunnelLimits } from './wilson';

/** Whether a limits method applies to a type: wilson is PHE's proportion method, byar its count method. */
export function isLimitsMethodAllowed(type: FunnelType, method: FunnelLimitsMethod): boolean {
  switch (method) {
    case 'exact':
    case 'normal':
      return true;
    case 'wilson':
      return type === 'proportion';
    case 'byar':
      return type !== 'proportion';
  }
}

/** The largest value the indicator can take: 1 for a proportion, unbounded for ratios and rates. */
export function scaleMaximum(type: FunnelType): number {
  return type === 'proportion' ? 1 : Number.POSITIVE_INFINITY;
}

/** Clamps limits to the indicator's range: [0, 1] for proportions (PHE, contract), [0, ∞) otherwise. */
export function clampLimits(type: FunnelType, [lower, upper]: readonly [number, number]): [number, number] {
  const maximum = scaleMaximum(type);
  return [Math.min(maximum, Math.max(0, lower)), Math.min(maximum, Math.max(0, upper))];
}

/** The limits method's funnel at x for target θ (unclamped, unmultiplied). */
export function methodLimits(
  type: FunnelType,
  method: FunnelLimitsMethod,
  theta: number,
  x: number,
  level: FunnelLevel,
): [number, number] {
  switch (method) {
    case 'exact':
      return type === 'proportion' ? exactBinomialLimits(theta, x, level) : exactPoissonLimits(theta, x, level);
    case 'normal':
      return normalLimits(type, theta, x, level);
    case 'wilson':
      if (type !== 'proportion') throw new FunnelInputError('wilson limits apply to proportions only', ['limits']);
      return wilsonFunnelLimits(theta, x, level);
    case 'byar':
      if (type === 'proportion') throw new FunnelInputError('byar limits apply to ratios and rates only', ['limits']);
      return byarFunnelLimits(theta, x, level);
  }
}

import type { FunnelLevel } from './levels';
import type { FunnelType } from './types';

/**
 * The standard error of a unit's indicator at the target θ with x = expected/denominator:
 * √(θ/x) for a Poisson ratio or rate, √(θ(1 − θ)/x) for a binomial proportion (Spiegelhalter 2005, Table I).
 */
export function standardErrorAtTarget(type: FunnelType, theta: number, x: number): number {
  switch (type) {
    case 'ratio':
    case 'rate':
      return Math.sqrt(theta / x);
    case 'proportion':
      return Math.sqrt((theta * (1 - theta)) / x);
  }
}

/** Normal-approximation limits θ ± z·s, symmetric around the target (clamped by the caller). */
export function normalLimits(type: FunnelType, theta: number, x: number, level: FunnelLevel): [number, number] {
  const halfWidth = level.z * standardErrorAtTarget(type, theta, x);
  return [theta - halfWidth, theta + halfWidth];
}

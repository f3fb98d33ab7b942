import { standardErrorAtTarget } from './limits-normal';
import type { FunnelType, FunnelZScoreScale } from './types';

/**
 * Variance-stabilising scales for overdispersion z-scores (Spiegelhalter 2005, §4 and Table I;
 * FunnelPlotR od_adjustment.R): y = g(value), with the standard error s of g(value) at the target.
 */
export interface ZScoreScale {
  /** g: indicator scale → z-score scale. */
  forward(value: number): number;
  /** g⁻¹, clamped to the indicator's range (a square root or an angle cannot go below 0). */
  inverse(transformed: number): number;
  /** s: the standard error of g(value) at the target θ for a unit of size x. */
  standardError(theta: number, x: number): number;
}

const QUARTER_TURN = Math.PI / 2;

/** The z-score scale for an indicator type (the contract lets each type use only some scales). */
export function zScoreScale(type: FunnelType, scale: FunnelZScoreScale): ZScoreScale {
  switch (scale) {
    case 'none':
      return {
        forward: (value) => value,
        inverse: (transformed) => transformed,
        standardError: (theta, x) => standardErrorAtTarget(type, theta, x),
      };
    case 'log':
      // Delta method: var(log y) ≈ var(y)/θ² = 1/(θx) for a Poisson count θx (SHMI: 1/√E at θ = 1).
      return {
        forward: (value) => Math.log(value),
        inverse: (transformed) => Math.exp(transformed),
        standardError: (theta, x) => 1 / Math.sqrt(theta * x),
      };
    case 'sqrt':
      // var(√y) ≈ 1/(4x) for a Poisson ratio or rate, whatever θ (Spiegelhalter 2005, Table I).
      return {
        forward: (value) => Math.sqrt(value),
        inverse: (transformed) => (transformed <= 0 ? 0 : transformed * transformed),
        standardError: (_theta, x) => 1 / (2 * Math.sqrt(x)),
      };
    case 'arcsine':
      // var(asin √y) ≈ 1/(4n) for a binomial proportion.
      return {
        forward: (value) => Math.asin(Math.sqrt(value)),
        inverse: (transformed) => Math.sin(Math.min(QUARTER_TURN, Math.max(0, transformed))) ** 2,
        standardError: (_theta, x) => 1 / (2 * Math.sqrt(x)),
      };
  }
}

/** The scales the contract allows per type: none for all; log and sqrt for counts; arcsine for proportions. */
export function isZScoreScaleAllowed(type: FunnelType, scale: FunnelZScoreScale): boolean {
  switch (scale) {
    case 'none':
      return true;
    case 'log':
    case 'sqrt':
      return type !== 'proportion';
    case 'arcsine':
      return type === 'proportion';
  }
}

/** Default scale: log for ratios and rates (FunnelPlotR's SHMI default), arcsine for proportions. */
export function defaultZScoreScale(type: FunnelType): FunnelZScoreScale {
  return type === 'proportion' ? 'arcsine' : 'log';
}

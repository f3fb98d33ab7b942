/** Funnel plots for comparing units (Spiegelhalter 2005; FunnelPlotR; PHE Fingertips methods). */
export { computeFunnel } from './engine';
export { levelKey, DEFAULT_LEVELS } from './levels';
export {
  FunnelInputError,
  type FunnelBoundary,
  type FunnelClassification,
  type FunnelCurvePoint,
  type FunnelLimitsByLevel,
  type FunnelLimitsMethod,
  type FunnelOverdispersionMethod,
  type FunnelOverdispersionOptions,
  type FunnelOverdispersionResult,
  type FunnelRequest,
  type FunnelResult,
  type FunnelTrimMethod,
  type FunnelTrimOptions,
  type FunnelType,
  type FunnelUnitInput,
  type FunnelUnitResult,
  type FunnelZScoreScale,
} from './types';
export { isLimitsMethodAllowed } from './limits';
export { isTargetInRange } from './settings';
export { isZScoreScaleAllowed, defaultZScoreScale } from './scales';

/**
 * Types of the funnel-plot engine: the request and result shapes of the "funnel request and
 * result" part of the SPC contract (shared/spc-contract.md). The zod schemas in
 * @leerlus/contracts validate these shapes at the boundaries; the engine trusts their checks
 * and only guards against what would make the arithmetic meaningless.
 */

/** ratio: observed/expected (e.g. case-mix adjusted); proportion: numerator/denominator ≤ 1; rate: events per unit of exposure. */
export type FunnelType = 'ratio' | 'proportion' | 'rate';

/**
 * exact: Poisson (ratio, rate) or binomial with Spiegelhalter's interpolation (proportion);
 * normal: normal approximation at the target; wilson: PHE proportion method; byar: PHE ratio method.
 */
export type FunnelLimitsMethod = 'exact' | 'normal' | 'wilson' | 'byar';

/** The scale on which overdispersion z-scores are taken (Spiegelhalter 2005, §4). */
export type FunnelZScoreScale = 'none' | 'log' | 'sqrt' | 'arcsine';

export type FunnelOverdispersionMethod = 'multiplicative' | 'additive';

/** winsorise: clip z-scores at the fraction per tail; truncate: leave out the outer rank groups (SHMI). */
export type FunnelTrimMethod = 'winsorise' | 'truncate';

/** Whether a value exactly on a limit counts as within (FunnelPlotR, PHE) or outside it. */
export type FunnelBoundary = 'within' | 'outside';

export type FunnelClassification = 'within' | 'high' | 'low';

/**
 * One unit as submitted. Ratio units carry `observed` and `expected`; proportion and rate units
 * carry `numerator` and `denominator` (one flat shape, so the schema can say precisely which
 * field is missing or not allowed).
 */
export interface FunnelUnitInput {
  id: string;
  observed?: number;
  expected?: number;
  numerator?: number;
  denominator?: number;
}

export interface FunnelTrimOptions {
  method: FunnelTrimMethod;
  /** Fraction per tail, in [0, 0.5). */
  fraction: number;
}

export interface FunnelOverdispersionOptions {
  method: FunnelOverdispersionMethod;
  /** Default: log for ratios and rates, arcsine for proportions. */
  zScore?: FunnelZScoreScale;
  /** Default: no trimming. */
  trim?: FunnelTrimOptions;
}

/** The funnel request (contract "funnel request"); optional fields take the contract's defaults. */
export interface FunnelRequest {
  type: FunnelType;
  units: readonly FunnelUnitInput[];
  /** On the multiplied scale. Default: 1 for ratios, pooled Σnumerator/Σdenominator otherwise. */
  target?: number;
  /** Two-sided coverages in (0, 1). Default [0.95, 0.998]. */
  levels?: readonly number[];
  /** Default "exact". */
  limits?: FunnelLimitsMethod;
  overdispersion?: FunnelOverdispersionOptions;
  /** Default "within". */
  boundary?: FunnelBoundary;
  /** Scales values, limits and target (never x). Default 1. */
  multiplier?: number;
  /** x values (expected or denominator) at which to return the limits. */
  curve?: readonly number[];
}

/** [lower, upper] per level, keyed by the level's shortest decimal string ("0.95", "0.998"). */
export type FunnelLimitsByLevel = Record<string, [number, number]>;

export interface FunnelUnitResult {
  id: string;
  /** Multiplied. */
  value: number;
  /** Expected (ratio) or denominator; never multiplied. */
  x: number;
  limits: FunnelLimitsByLevel;
  classification: Record<string, FunnelClassification>;
}

export interface FunnelOverdispersionResult {
  /** Dispersion ratio: mean squared (trimmed) z-score; 0 when no unit gives a usable z-score. */
  phi: number;
  /** Between-unit variance on the z-score scale (DerSimonian–Laird). */
  tau2: number;
  /** Whether the adjusted limits replaced the method's (φ > 1). */
  applied: boolean;
}

export interface FunnelCurvePoint {
  x: number;
  limits: FunnelLimitsByLevel;
}

/** The funnel result (contract "funnel result"). */
export interface FunnelResult {
  /** Multiplied. */
  target: number;
  units: FunnelUnitResult[];
  overdispersion: FunnelOverdispersionResult | null;
  curve: FunnelCurvePoint[];
}

/** Thrown for a request the engine cannot compute (the contracts schema rejects these first). */
export class FunnelInputError extends Error {
  readonly code = 'FUNNEL_INVALID_INPUT';
  /** Where in the request, as in a zod issue path. */
  readonly path: readonly (string | number)[];

  constructor(message: string, path: readonly (string | number)[]) {
    super(message);
    this.name = 'FunnelInputError';
    this.path = path;
  }
}

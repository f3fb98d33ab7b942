import { averageRanks, quantileType7 } from '../stats/quantile';
import type { FunnelLevel } from './levels';
import { defaultZScoreScale, zScoreScale, type ZScoreScale } from './scales';
import type { FunnelOverdispersionMethod, FunnelOverdispersionOptions, FunnelTrimOptions, FunnelType } from './types';

/*
 * Overdispersion (Spiegelhalter 2005, "Funnel plots for comparing institutional performance",
 * §4; Spiegelhalter et al. 2012, JRSS A 175:1; as implemented in FunnelPlotR od_adjustment.R).
 */

/** A unit as the estimate needs it: its indicator value (unmultiplied) and its x. */
export interface OverdispersionUnit {
  value: number;
  x: number;
}

/** The fitted overdispersion: φ, τ² and what is needed to draw adjusted limits. */
export interface OverdispersionFit {
  phi: number;
  tau2: number;
  /** φ > 1: the adjusted limits replace the limits method's. */
  applied: boolean;
  method: FunnelOverdispersionMethod;
  scale: ZScoreScale;
}

interface ScoredUnit {
  z: number;
  s: number;
}

/** Winsorising (FunnelPlotR `winsorisation`): clip at the type-7 quantiles `fraction` and 1 − `fraction`. */
function winsorise(units: readonly ScoredUnit[], fraction: number): ScoredUnit[] {
  const scores = units.map((unit) => unit.z);
  const lowest = quantileType7(scores, fraction);
  const highest = quantileType7(scores, 1 - fraction);
  return units.map((unit) => ({ ...unit, z: Math.min(highest, Math.max(lowest, unit.z)) }));
}

/**
 * Truncation as in the SHMI specification (FunnelPlotR `truncation`): with k = 1/fraction rank groups
 * g = ⌊rank·k/(N + 1)⌋, keep the units with 0 < g < k − 1, i.e. leave out the lowest and highest group.
 * With few units no rank falls in the outer groups and none is left out.
 */
function truncate(units: readonly ScoredUnit[], fraction: number): ScoredUnit[] {
  if (fraction === 0) return [...units];
  const groups = 1 / fraction;
  const ranks = averageRanks(units.map((unit) => unit.z));
  return units.filter((_unit, i) => {
    const group = Math.floor((ranks[i]! * groups) / (units.length + 1));
    return group > 0 && group < groups - 1;
  });
}

function trim(units: readonly ScoredUnit[], options: FunnelTrimOptions | undefined): ScoredUnit[] {
  if (!options || units.length === 0) return [...units];
  switch (options.method) {
    case 'winsorise':
      return winsorise(units, options.fraction);
    case 'truncate':
      return truncate(units, options.fraction);
  }
}

/**
 * DerSimonian–Laird between-unit variance on the z-score scale, with w = 1/s²:
 * τ² = max(0, (Nφ − (N − 1)) / (Σw − Σw²/Σw)); 0 when it cannot be estimated (N < 2).
 */
function dersimonianLairdTau2(phi: number, standardErrors: readonly number[]): number {
  const n = standardErrors.length;
  const weights = standardErrors.map((s) => 1 / (s * s));
  const sum = weights.reduce((total, w) => total + w, 0);
  const sumSquares = weights.reduce((total, w) => total + w * w, 0);
  const denominator = sum - sumSquares / sum;
  if (!(denominator > 0) || n * phi < n - 1) return 0;
  return Math.max(0, (n * phi - (n - 1)) / denominator);
}

/**
 * Fits φ and τ² from the units' z-scores z = (g(y) − g(θ))/s on the chosen scale, after trimming.
 * Units without a defined z-score (e.g. a zero count on the log scale, after trimming has had its
 * chance to clip it, as in R) are left out of φ and τ².
 */
export function fitOverdispersion(
  type: FunnelType,
  units: readonly OverdispersionUnit[],
  theta: number,
  options: FunnelOverdispersionOptions,
): OverdispersionFit {
  const scale = zScoreScale(type, options.zScore ?? defaultZScoreScale(type));
  const centre = scale.forward(theta);
  const scored = units
    .map((unit) => {
      const s = scale.standardError(theta, unit.x);
      return { z: (scale.forward(unit.value) - centre) / s, s };
    })
    .filter((unit) => !Number.isNaN(unit.z));
  const retained = trim(scored, options.trim).filter((unit) => Number.isFinite(unit.z));
  const phi = retained.length === 0 ? 0 : retained.reduce((total, unit) => total + unit.z * unit.z, 0) / retained.length;
  const tau2 = dersimonianLairdTau2(
    phi,
    retained.map((unit) => unit.s),
  );
  return { phi, tau2, applied: phi > 1, method: options.method, scale };
}

/**
 * Overdispersed limits on the z-score scale g, mapped back: g⁻¹(g(θ) ± z·√φ·s) (multiplicative) or
 * g⁻¹(g(θ) ± z·√(s² + τ²)) (additive random effects).
 */
export function overdispersedLimits(fit: OverdispersionFit, theta: number, x: number, level: FunnelLevel): [number, number] {
  const s = fit.scale.standardError(theta, x);
  const centre = fit.scale.forward(theta);
  const halfWidth =
    fit.method === 'multiplicative' ? level.z * Math.sqrt(fit.phi) * s : level.z * Math.sqrt(s * s + fit.tau2);
  return [fit.scale.inverse(centre - halfWidth), fit.scale.inverse(centre + halfWidth)];
}

import { binomialQuantilePoint } from '../stats/binomial';
import { gammaQuantile } from '../stats/gamma';
import type { FunnelLevel } from './levels';

/**
 * Exact Poisson limits for a ratio or rate with x = expected count at target 1 (ratio) or exposure
 * (rate). The count under the target is λ = θ·x; the limits are the Poisson quantiles made
 * continuous through the chi-square (gamma) link P(Poisson(μ) ≥ k) = P(χ²₂ₖ ≤ 2μ):
 *   lower = qchisq(α/2, 2λ) / (2x),  upper = qchisq(1 − α/2, 2(λ + 1)) / (2x)
 * — FunnelPlotR's "Poisson limits" (calculate_limits.R, data_type "SR"), which for θ = 1 reproduce
 * its published values (tests/testthat/test-poisson_limits.R).
 */
export function exactPoissonLimits(theta: number, x: number, level: FunnelLevel): [number, number] {
  const lambda = theta * x;
  const lower = gammaQuantile(level.tail, lambda) / x;
  const upper = gammaQuantile(level.tail, lambda + 1, false) / x;
  return [lower, upper];
}

/**
 * The p-point of a Binomial(n, θ) proportion with Spiegelhalter's interpolation (Spiegelhalter 2005,
 * Stat Med 24:1185, Appendix A.1.1): with r_p the p-quantile and F the cdf,
 *   α = (F(r_p) − p) / (F(r_p) − F(r_p − 1)),  y_p = (r_p − α) / n,
 * which turns the step function of the discrete quantile into a smooth funnel.
 */
function interpolatedBinomialPoint(p: number, n: number, theta: number): number {
  const { quantile: r, cdf: atR, cdfBelow: belowR } = binomialQuantilePoint(p, n, theta);
  const alpha = atR > belowR ? (atR - p) / (atR - belowR) : 0;
  return (r - alpha) / n;
}

/** Exact binomial limits for a proportion with denominator n (Spiegelhalter's interpolation). */
export function exactBinomialLimits(theta: number, n: number, level: FunnelLevel): [number, number] {
  if (theta <= 0) return [0, 0];
  if (theta >= 1) return [1, 1];
  return [interpolatedBinomialPoint(level.tail, n, theta), interpolatedBinomialPoint(1 - level.tail, n, theta)];
}

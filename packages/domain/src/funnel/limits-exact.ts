import { binomialQuantilePoint, type BinomialQuantilePoint } from '../stats/binomial';
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
 * Exact binomial limits for a proportion with denominator n, with Spiegelhalter's interpolation
 * between the discrete quantiles (Spiegelhalter 2005, Stat Med 24:1185, Appendix A.1.1), as in his
 * own code (funnel package by D. Spiegelhalter, github.com/gmp26/funnel R/funnel4.R `qbinom.interp`,
 * commit bd9511f): with F the Binomial(n, θ) cdf and P its pmf,
 *   lower: r = qbinom(α/2),     a = (F(r) − α/2)/P(r),           limit = (r − a)/n
 *   upper: r = qbinom(1 − α/2), a = (F(r) − (1 − α/2))/P(r),     limit = (r + 1 − a)/n
 * The continuous limit moves between consecutive counts as the tail probability passes them, so a
 * unit beyond a limit is beyond it with probability at most α/2 on either side, and the limits for
 * θ and 1 − θ mirror each other. (Applying the lower-tail form to the upper limit, as some ports do,
 * lands one count lower and over-flags small units.) The cdf is the regularised incomplete beta, so a
 * fractional n (weighted data) is computed too, though the method is meant for whole denominators.
 */
export function exactBinomialLimits(theta: number, n: number, level: FunnelLevel): [number, number] {
  if (theta <= 0) return [0, 0];
  if (theta >= 1) return [1, 1];
  const low = binomialQuantilePoint(level.tail, n, theta);
  const high = binomialQuantilePoint(1 - level.tail, n, theta);
  return [(low.quantile - interpolation(low, level.tail)) / n, (high.quantile + 1 - interpolation(high, 1 - level.tail)) / n];
}

/** Spiegelhalter's a = (F(r) − p)/P(r): how far into count r's probability mass p falls, from above. */
function interpolation(point: BinomialQuantilePoint, p: number): number {
  const mass = point.cdf - point.cdfBelow;
  return mass > 0 ? (point.cdf - p) / mass : 0;
}

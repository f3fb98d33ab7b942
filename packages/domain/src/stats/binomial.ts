import { logChoose } from './special';
import { regularizedBetaComplement } from './beta';
import { normalQuantile } from './normal-quantile';

/** P(X = k) for X ~ Binomial(n, p). */
export function binomialPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n || !Number.isInteger(k)) return 0;
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

/** P(X ≤ k) for X ~ Binomial(n, p), by direct summation (exact for the n used by runs analysis). */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  let sum = 0;
  for (let i = 0; i <= Math.floor(k); i++) sum += binomialPmf(i, n, p);
  return Math.min(1, sum);
}

/**
 * The smallest c with P(X ≤ c) ≥ prob for X ~ Binomial(n, p) — the quantile as R's qbinom defines it.
 * A relative tolerance of 64 ulp guards against summation error exactly at the boundary, as R does.
 */
export function binomialQuantile(prob: number, n: number, p: number): number {
  if (n <= 0) return 0;
  const target = prob * (1 - 64 * Number.EPSILON);
  let sum = 0;
  for (let c = 0; c < n; c++) {
    sum += binomialPmf(c, n, p);
    if (sum >= target) return c;
  }
  return n;
}

/**
 * P(X ≤ k) for X ~ Binomial(n, p) via the regularised incomplete beta, I_{1−p}(n − k, k + 1):
 * constant work in n (funnel limits need n in the tens of thousands) and defined for non-integer n.
 */
export function binomialCdfByBeta(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  const r = Math.floor(k);
  return regularizedBetaComplement(p, r + 1, n - r);
}

/** A binomial quantile with the cdf at it and one below it (what interpolating between quantiles needs). */
export interface BinomialQuantilePoint {
  quantile: number;
  /** P(X ≤ quantile). */
  cdf: number;
  /** P(X ≤ quantile − 1). */
  cdfBelow: number;
}

/**
 * The smallest integer c ≥ 0 with P(X ≤ c) ≥ prob for X ~ Binomial(n, p) (R: qbinom), for any n,
 * with the cdf at c and c − 1: starts from the Cornish–Fisher approximation and steps with
 * {@link binomialCdfByBeta}, reusing each cdf it computes.
 */
export function binomialQuantilePoint(prob: number, n: number, p: number): BinomialQuantilePoint {
  const top = Math.ceil(n);
  if (n <= 0 || p <= 0 || prob <= 0) return { quantile: 0, cdf: binomialCdfByBeta(0, n, p), cdfBelow: 0 };
  if (p >= 1) return { quantile: top, cdf: 1, cdfBelow: binomialCdfByBeta(top - 1, n, p) };
  const target = prob * (1 - 64 * Number.EPSILON);
  const sigma = Math.sqrt(n * p * (1 - p));
  const z = normalQuantile(Math.min(prob, 1 - 1e-16));
  const guess = n * p + sigma * (z + ((z * z - 1) * (1 - 2 * p)) / (6 * sigma));
  let c = Math.min(top, Math.max(0, Math.floor(guess)));
  let cdf = binomialCdfByBeta(c, n, p);
  if (cdf >= target) {
    let below = binomialCdfByBeta(c - 1, n, p);
    while (c > 0 && below >= target) {
      c--;
      cdf = below;
      below = binomialCdfByBeta(c - 1, n, p);
    }
    return { quantile: c, cdf, cdfBelow: below };
  }
  let below = cdf;
  while (c < top && cdf < target) {
    c++;
    below = cdf;
    cdf = binomialCdfByBeta(c, n, p);
  }
  return { quantile: c, cdf, cdfBelow: below };
}

/** The smallest integer c ≥ 0 with P(X ≤ c) ≥ prob for X ~ Binomial(n, p) (R: qbinom), for any n. */
export function binomialQuantileByBeta(prob: number, n: number, p: number): number {
  return binomialQuantilePoint(prob, n, p).quantile;
}

import { logChoose } from './special';

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

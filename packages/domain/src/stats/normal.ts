import { regularizedGammaQ } from './gamma';
import { normalQuantile } from './normal-quantile';

export { normalQuantile };

/**
 * The upper-tail quantile: the z with P(Z > z) = q (R: qnorm(q, lower.tail = FALSE)).
 * Working from the tail probability keeps full precision for small q (e.g. 0.001 for a 99.8% limit).
 */
export function normalUpperQuantile(q: number): number {
  return -normalQuantile(q);
}

/**
 * P(Z ≤ x) for the standard normal (R: pnorm(x)).
 * Why via the incomplete gamma: erfc(y) = Q(1/2, y²), so both tails keep full relative precision.
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return 1;
  if (x === Number.NEGATIVE_INFINITY) return 0;
  const tail = 0.5 * regularizedGammaQ(0.5, (x * x) / 2);
  return x < 0 ? tail : 1 - tail;
}

/** P(Z > x) for the standard normal (R: pnorm(x, lower.tail = FALSE)). */
export function normalUpperCdf(x: number): number {
  return normalCdf(-x);
}

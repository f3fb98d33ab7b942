import { logGamma } from './special';
import { normalQuantile } from './normal-quantile';

/*
 * Regularised incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x), and the gamma,
 * chi-square and Poisson distributions built on them. Series for x < a + 1, Lentz's continued
 * fraction otherwise (Numerical Recipes 3rd ed., §6.2); each is evaluated directly in the tail
 * where it is small, so both P and Q keep full relative precision.
 */
const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/** log of x^a e^-x / Γ(a): the common prefactor of the series and the continued fraction. */
function logPrefactor(a: number, x: number): number {
  return a * Math.log(x) - x - logGamma(a);
}

/** P(a, x) by its power series; converges quickly for x < a + 1. */
function seriesP(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(logPrefactor(a, x));
}

/** Q(a, x) by its continued fraction (modified Lentz); converges quickly for x ≥ a + 1. */
function continuedFractionQ(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(logPrefactor(a, x)) * h;
}

/** Regularised lower incomplete gamma P(a, x) = γ(a, x)/Γ(a) (R: pgamma(x, a)). a > 0, x ≥ 0. */
export function regularizedGammaP(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return Number.NaN;
  if (x === 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  return x < a + 1 ? seriesP(a, x) : 1 - continuedFractionQ(a, x);
}

/** Regularised upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a) (R: pgamma(x, a, lower.tail = FALSE)). */
export function regularizedGammaQ(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return Number.NaN;
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return x < a + 1 ? 1 - seriesP(a, x) : continuedFractionQ(a, x);
}

/** A starting point for the quantile search: Wilson–Hilferty, or the small-x series when that fails. */
function initialGammaQuantile(shape: number, prob: number, isUpper: boolean): number {
  const z = isUpper ? -normalQuantile(prob) : normalQuantile(prob);
  const cube = 1 - 1 / (9 * shape) + z / (3 * Math.sqrt(shape));
  if (cube > 0 && shape >= 0.5) return shape * cube ** 3;
  // P(a, x) ≈ x^a / Γ(a + 1) for small x.
  if (!isUpper) return Math.exp((Math.log(prob) + logGamma(shape + 1)) / shape);
  return Math.max(shape, -Math.log(prob));
}

/**
 * Solves F(x) = prob for F = P(shape, ·) (lower tail) or Q(shape, ·) (upper tail), prob ≤ 1/2.
 * Halley's method on g(t) = log F(e^t) − log prob (the tail is close to linear in t = log x, even
 * for tiny quantiles), safeguarded by a bracket that falls back to bisection in log space. With
 * u = a·t − x − log Γ(a): g′ = ±e^u/F and g″ = g′·(a − x) − g′².
 */
function solveGammaQuantile(shape: number, prob: number, isUpper: boolean): number {
  let t = Math.log(initialGammaQuantile(shape, prob, isUpper));
  let low = Number.NEGATIVE_INFINITY;
  let high = Number.POSITIVE_INFINITY;
  const logGammaShape = logGamma(shape);
  const logProb = Math.log(prob);
  for (let i = 0; i < 200; i++) {
    const x = Math.exp(t);
    const tail = isUpper ? regularizedGammaQ(shape, x) : regularizedGammaP(shape, x);
    const g = Math.log(tail) - logProb;
    if (g === 0) return x;
    const isTooSmall = isUpper ? g > 0 : g < 0;
    if (isTooSmall) low = t;
    else high = t;
    const slope = ((isUpper ? -1 : 1) * Math.exp(shape * t - x - logGammaShape)) / tail;
    const curvature = slope * (shape - x - slope);
    const halley = t - (2 * g * slope) / (2 * slope * slope - g * curvature);
    const isInBracket = halley >= low && halley <= high;
    // Halley's error after a step s is about K·s³ with K ≈ (g″/2g′)², so stop once K·s³ < 1e-16.
    const k = Math.max(1, (curvature / (2 * slope)) ** 2);
    if (isInBracket && Math.abs(halley - t) ** 3 * k <= 1e-16) return Math.exp(halley);
    if (Number.isFinite(halley) && isInBracket && halley !== low && halley !== high) t = halley;
    else if (Number.isFinite(low) && Number.isFinite(high)) t = (low + high) / 2;
    else t = isTooSmall ? t + 1 : t - 1;
  }
  return Math.exp(t);
}

/**
 * The quantile of the Gamma(shape, scale 1) distribution (R: qgamma(p, shape)); with
 * `lowerTail = false`, p is the upper-tail probability (R: qgamma(p, shape, lower.tail = FALSE)).
 * Shape 0 is the point mass at 0.
 */
export function gammaQuantile(p: number, shape: number, lowerTail = true): number {
  if (Number.isNaN(p) || Number.isNaN(shape) || p < 0 || p > 1 || shape < 0) return Number.NaN;
  if (shape === 0) return 0;
  const lowerProb = lowerTail ? p : 1 - p;
  if (lowerProb === 0) return 0;
  if (lowerProb === 1) return Number.POSITIVE_INFINITY;
  // Solve in whichever tail holds at most half the mass, from the probability as given when possible.
  if (lowerTail) return p <= 0.5 ? solveGammaQuantile(shape, p, false) : solveGammaQuantile(shape, 1 - p, true);
  return p <= 0.5 ? solveGammaQuantile(shape, p, true) : solveGammaQuantile(shape, 1 - p, false);
}

/** P(X ≤ x) for X ~ χ²(df) (R: pchisq(x, df)). */
export function chiSquareCdf(x: number, df: number): number {
  if (x <= 0) return 0;
  return regularizedGammaP(df / 2, x / 2);
}

/** The quantile of χ²(df) (R: qchisq(p, df, lower.tail)). */
export function chiSquareQuantile(p: number, df: number, lowerTail = true): number {
  return 2 * gammaQuantile(p, df / 2, lowerTail);
}

/** P(X ≤ k) for X ~ Poisson(lambda) (R: ppois(k, lambda)) = Q(⌊k⌋ + 1, lambda). */
export function poissonCdf(k: number, lambda: number): number {
  if (k < 0) return 0;
  if (lambda === 0) return 1;
  return regularizedGammaQ(Math.floor(k) + 1, lambda);
}

/**
 * The smallest k with P(X ≤ k) ≥ p for X ~ Poisson(lambda) (R: qpois(p, lambda)).
 * Starts from the Cornish–Fisher approximation and steps to the exact integer.
 */
export function poissonQuantile(p: number, lambda: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || lambda < 0) return Number.NaN;
  if (lambda === 0 || p === 0) return 0;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const target = p * (1 - 64 * Number.EPSILON);
  const z = normalQuantile(p);
  const sigma = Math.sqrt(lambda);
  let k = Math.max(0, Math.floor(lambda + sigma * (z + (z * z - 1) / (6 * sigma))));
  if (poissonCdf(k, lambda) >= target) {
    while (k > 0 && poissonCdf(k - 1, lambda) >= target) k--;
    return k;
  }
  do k++;
  while (poissonCdf(k, lambda) < target);
  return k;
}

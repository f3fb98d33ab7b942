import { logGamma } from './special';

/*
 * Regularised incomplete beta function I_x(a, b) and the beta quantile. Lentz's continued
 * fraction (Numerical Recipes 3rd ed., §6.4), evaluated on the side of the symmetry
 * I_x(a, b) = 1 − I_{1−x}(b, a) where it converges fast, so each tail keeps full precision.
 */
const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/** log of x^a (1 − x)^b / B(a, b). */
function logPrefactor(x: number, a: number, b: number): number {
  return logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
}

/** The continued fraction for I_x(a, b) (converges for x < (a + 1)/(a + b + 2)). */
function continuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}

/** Both tails at once: [I_x(a, b), 1 − I_x(a, b)], each computed without cancellation where small. */
function betaTails(x: number, a: number, b: number): [number, number] {
  if (x <= 0) return [0, 1];
  if (x >= 1) return [1, 0];
  const front = Math.exp(logPrefactor(x, a, b));
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (front * continuedFraction(x, a, b)) / a;
    return [lower, 1 - lower];
  }
  const upper = (front * continuedFraction(1 - x, b, a)) / b;
  return [1 - upper, upper];
}

/** Regularised incomplete beta I_x(a, b) = P(X ≤ x) for X ~ Beta(a, b) (R: pbeta(x, a, b)). a, b > 0. */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (Number.isNaN(x) || !(a > 0) || !(b > 0)) return Number.NaN;
  return betaTails(x, a, b)[0];
}

/** 1 − I_x(a, b) = P(X > x) for X ~ Beta(a, b) (R: pbeta(x, a, b, lower.tail = FALSE)). */
export function regularizedBetaComplement(x: number, a: number, b: number): number {
  if (Number.isNaN(x) || !(a > 0) || !(b > 0)) return Number.NaN;
  return betaTails(x, a, b)[1];
}

/**
 * The p-quantile of Beta(a, b) (R: qbeta(p, a, b)), by Newton's method on the lower tail,
 * safeguarded by bisection on a shrinking bracket in (0, 1).
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(a > 0) || !(b > 0)) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  const logBeta = logGamma(a) + logGamma(b) - logGamma(a + b);
  let low = 0;
  let high = 1;
  let x = a / (a + b);
  for (let i = 0; i < 300; i++) {
    const [lower, upper] = betaTails(x, a, b);
    // Compare in the smaller tail to keep precision for p near 0 or 1.
    const diff = p <= 0.5 ? lower - p : 1 - p - upper;
    if (diff === 0) return x;
    if (diff < 0) low = x;
    else high = x;
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta);
    let next = x - diff / density;
    if (!Number.isFinite(next) || next <= low || next >= high) next = (low + high) / 2;
    // Converged relative to the nearer end, so quantiles crowding 0 or 1 keep their precision.
    const scale = Math.max(Math.min(next, 1 - next), 1e-300);
    if (Math.abs(next - x) <= 1e-15 * scale || high - low <= 1e-300) return next;
    x = next;
  }
  return x;
}

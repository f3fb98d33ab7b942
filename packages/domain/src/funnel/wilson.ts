import type { FunnelLevel } from './levels';

/**
 * PHE proportion funnel (PHEindicatormethods `sigma_adjustment`, Funnels.R; Fingertips technical
 * guide): at denominator n, the proportions whose Wilson score interval just reaches the target θ.
 * This is PHE's closed-form root of the Wilson bound equation. (Algebraically it equals
 * θ ± z·√(θ(1 − θ)/n) — the Wilson interval inverts the score test — and the two agree to ~1e-14;
 * the published form is kept so the numbers follow the tool the method is named after.)
 */
export function wilsonFunnelLimits(theta: number, n: number, level: FunnelLevel): [number, number] {
  const z2 = level.z * level.z;
  const firstPart = theta * (n / z2 + 1);
  const discriminant =
    (-8 * theta * (n / z2 + 1)) ** 2 -
    64 * (1 / z2 + 1 / n) * theta * (n * (theta * (n / z2 + 2) - 1) + z2 * (theta - 1));
  const adjustment = Math.sqrt(Math.max(0, discriminant));
  const lastPart = 1 / z2 + 1 / n;
  return [(firstPart - adjustment / 8) / lastPart / n, (firstPart + adjustment / 8) / lastPart / n];
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chiSquareCdf,
  chiSquareQuantile,
  gammaQuantile,
  poissonCdf,
  poissonQuantile,
  regularizedGammaP,
  regularizedGammaQ,
} from './gamma';

// Reference values: R 4.3, printed with print(x, digits = 16) unless noted.
describe('regularised incomplete gamma', () => {
  it('P(1, x) = 1 − e^−x (exponential distribution, exact)', () => {
    expect(regularizedGammaP(1, 1)).toBeCloseTo(1 - Math.exp(-1), 14);
    expect(regularizedGammaQ(1, 30)).toBeCloseTo(Math.exp(-30), 25);
  });
  it('R: pchisq(3.841458820694124, 1) = 0.95', () => {
    expect(chiSquareCdf(3.841458820694124, 1)).toBeCloseTo(0.95, 14);
  });
  it('P + Q = 1', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 2e4, noNaN: true }), (a, x) => {
        expect(regularizedGammaP(a, x) + regularizedGammaQ(a, x)).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe('chi-square and gamma quantiles', () => {
  it.each([
    [0.95, 1, 3.841458820694124], // R: qchisq(0.95, 1)
    [0.975, 2, 7.377758908227871], // R: qchisq(0.975, 2)
    [0.95, 10, 18.30703805327515], // R: qchisq(0.95, 10)
    [0.05, 10, 3.940299136119], // R: qchisq(0.05, 10)
    [0.5, 1, 0.4549364231195724], // R: qchisq(0.5, 1)
  ])('qchisq(%f, %i) = %f', (p, df, expected) => {
    expect(chiSquareQuantile(p, df) / expected).toBeCloseTo(1, 13);
  });

  it('qchisq(p, 1) = qnorm((1 + p)/2)² and qgamma(p, 1) = −log(1 − p)', () => {
    expect(chiSquareQuantile(0.998, 1)).toBeCloseTo(3.090232306167813 ** 2, 12);
    expect(gammaQuantile(0.025, 1)).toBeCloseTo(-Math.log(0.975), 15);
    expect(gammaQuantile(0.025, 1, false)).toBeCloseTo(-Math.log(0.025), 14);
  });

  // Shapes below ~0.05 put lower quantiles below the smallest double (p^(1/a)), so start there.
  it('inverts P and Q, from small shapes (exact Byar bounds near O = 0) to large counts', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 1e5, noNaN: true }),
        fc.double({ min: 1e-12, max: 0.999999, noNaN: true }),
        (shape, p) => {
          const lower = gammaQuantile(p, shape);
          if (lower > 0) expect(regularizedGammaP(shape, lower) / p).toBeCloseTo(1, 8);
          const upper = gammaQuantile(p, shape, false);
          expect(regularizedGammaQ(shape, upper) / p).toBeCloseTo(1, 8);
        },
      ),
    );
  });

  it('handles degenerate shape and probabilities', () => {
    expect(gammaQuantile(0.5, 0)).toBe(0);
    expect(gammaQuantile(0, 2)).toBe(0);
    expect(gammaQuantile(1, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(gammaQuantile(1.5, 2)).toBeNaN();
  });
});

describe('Poisson', () => {
  it('R: ppois(5, 3) = 0.9160820579686966, ppois(0, 2) = exp(−2)', () => {
    expect(poissonCdf(5, 3)).toBeCloseTo(0.9160820579686966, 14);
    expect(poissonCdf(0, 2)).toBeCloseTo(Math.exp(-2), 15);
    expect(poissonCdf(-1, 2)).toBe(0);
  });
  it.each([
    [0.975, 10, 17], // R: qpois(0.975, 10)
    [0.025, 10, 4], // R: qpois(0.025, 10)
    [0.5, 1, 1], // R: qpois(0.5, 1)
    [0.999, 1000, 1099], // R: qpois(0.999, 1000)
  ])('qpois(%f, %f) = %i', (p, lambda, expected) => {
    expect(poissonQuantile(p, lambda)).toBe(expected);
  });
  it('qpois is the smallest k with ppois(k) ≥ p', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.01, max: 5000, noNaN: true }), (p, lambda) => {
        const k = poissonQuantile(p, lambda);
        expect(poissonCdf(k, lambda)).toBeGreaterThanOrEqual(p * (1 - 1e-12));
        if (k > 0) expect(poissonCdf(k - 1, lambda)).toBeLessThan(p);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betaQuantile, regularizedBeta, regularizedBetaComplement } from './beta';

describe('regularised incomplete beta', () => {
  it('R: pbeta(0.5, 2, 3) = 0.6875 (= 11/16 exactly)', () => {
    expect(regularizedBeta(0.5, 2, 3)).toBeCloseTo(0.6875, 14);
  });
  it('R: pbinom(50, 100, 0.5) = 0.5397946186935895 = I_0.5(50, 51)', () => {
    expect(regularizedBeta(0.5, 50, 51)).toBeCloseTo(0.5397946186935895, 13);
  });
  it('I_x(a, b) + (1 − I_x(a, b)) = 1 and the symmetry I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        fc.double({ min: 0.05, max: 5000, noNaN: true }),
        fc.double({ min: 0.05, max: 5000, noNaN: true }),
        (x, a, b) => {
          expect(regularizedBeta(x, a, b) + regularizedBetaComplement(x, a, b)).toBeCloseTo(1, 12);
          expect(regularizedBeta(x, a, b)).toBeCloseTo(regularizedBetaComplement(1 - x, b, a), 9);
        },
      ),
    );
  });
});

describe('beta quantile', () => {
  it('Beta(1, b) has the closed form 1 − (1 − p)^(1/b)', () => {
    expect(betaQuantile(0.3, 1, 4)).toBeCloseTo(1 - 0.7 ** 0.25, 14);
  });
  // Near 0 or 1 doubles resolve the quantile only to a few ulps, which can be a visible relative
  // error in the far tail; there it is enough that the exact quantile lies within a few ulps.
  it('inverts the cdf', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
        fc.double({ min: 0.5, max: 1000, noNaN: true }),
        fc.double({ min: 0.5, max: 1000, noNaN: true }),
        (p, a, b) => {
          const x = betaQuantile(p, a, b);
          const isClose = (cdf: number) => Math.abs(cdf / p - 1) < 1e-7;
          const ulps = 4 * Number.EPSILON;
          const isBracketed = regularizedBeta(x - ulps, a, b) <= p && regularizedBeta(x + ulps, a, b) >= p;
          expect(isClose(regularizedBeta(x, a, b)) || isBracketed).toBe(true);
        },
      ),
    );
  });
  it('handles the ends', () => {
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
    expect(betaQuantile(0.5, 0, 3)).toBeNaN();
  });
});

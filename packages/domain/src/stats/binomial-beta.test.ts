import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomialCdf, binomialCdfByBeta, binomialQuantile, binomialQuantileByBeta } from './binomial';

describe('binomial via the incomplete beta', () => {
  it('R: pbinom(2, 20, 0.3) = 0.03548313 and pbinom(50, 100, 0.5) = 0.5397946186935895', () => {
    expect(binomialCdfByBeta(2, 20, 0.3)).toBeCloseTo(0.03548313, 8);
    expect(binomialCdfByBeta(50, 100, 0.5)).toBeCloseTo(0.5397946186935895, 13);
  });
  it('agrees with direct summation of the pmf', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.nat(), (n, p, k) => {
        const c = k % (n + 1);
        expect(binomialCdfByBeta(c, n, p)).toBeCloseTo(binomialCdf(c, n, p), 11);
      }),
    );
  });
  it('the quantile agrees with the summation-based qbinom', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), (n, p, prob) => {
        expect(binomialQuantileByBeta(prob, n, p)).toBe(binomialQuantile(prob, n, p));
      }),
    );
  });
  it('scales to large n (qbinom is the smallest c with F(c) ≥ p)', () => {
    const c = binomialQuantileByBeta(0.975, 1_000_000, 0.2);
    expect(binomialCdfByBeta(c, 1_000_000, 0.2)).toBeGreaterThanOrEqual(0.975);
    expect(binomialCdfByBeta(c - 1, 1_000_000, 0.2)).toBeLessThan(0.975);
  });
});

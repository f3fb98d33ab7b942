import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, normalUpperCdf, normalUpperQuantile } from './normal';

// Reference values: R 4.3 (qnorm/pnorm), printed with print(x, digits = 16).
describe('normal quantile (AS 241)', () => {
  it.each([
    [0.975, 1.959963984540054], // R: qnorm(0.975)
    [0.999, 3.090232306167813], // R: qnorm(0.999)
    [0.995, 2.575829303548901], // R: qnorm(0.995)
    [0.001, -3.090232306167813], // R: qnorm(0.001)
    [1e-10, -6.361340902404056], // R: qnorm(1e-10)
    [0.5, 0],
  ])('qnorm(%f) = %f', (p, expected) => {
    expect(normalQuantile(p)).toBeCloseTo(expected, 14);
  });

  it('handles the ends and invalid input', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalUpperQuantile(0.001)).toBeCloseTo(3.090232306167813, 14);
  });

  it('inverts the cdf to ~1e-13 relative over 300 orders of magnitude', () => {
    fc.assert(
      fc.property(fc.double({ min: -300, max: Math.log10(0.5), noNaN: true }), (exponent) => {
        const p = 10 ** exponent;
        expect(Math.abs(normalCdf(normalQuantile(p)) / p - 1)).toBeLessThan(1e-12);
      }),
    );
  });
});

describe('normal cdf', () => {
  it.each([
    [1.96, 0.9750021048517795], // R: pnorm(1.96)
    [-3, 0.001349898031630095], // R: pnorm(-3)
    [-10, 7.619853024160527e-24], // R: pnorm(-10)
    [0, 0.5],
  ])('pnorm(%f) = %e', (x, expected) => {
    expect(normalCdf(x) / expected).toBeCloseTo(1, 12);
  });

  it('upper tail is the mirror image', () => {
    expect(normalUpperCdf(3)).toBeCloseTo(normalCdf(-3), 16);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
  });
});

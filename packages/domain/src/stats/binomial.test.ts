import { describe, expect, it } from 'vitest';
import { binomialCdf, binomialPmf, binomialQuantile } from './binomial';

describe('binomial distribution', () => {
  it('pmf matches R dbinom(3, 10, 0.5) = 0.1171875', () => {
    expect(binomialPmf(3, 10, 0.5)).toBeCloseTo(0.1171875, 12);
  });
  it('cdf matches R pbinom(2, 20, 0.3) = 0.03548313', () => {
    expect(binomialCdf(2, 20, 0.3)).toBeCloseTo(0.03548313, 7);
  });
  // Anhøj minimum number of crossings = qbinom(0.05, n - 1, 0.5): table in Anhøj & Olesen (2014),
  // PLoS ONE 9(11): e113825, Table 1 (n = 10 -> 2, n = 20 -> 6, n = 24 -> 8, n = 30 -> 10).
  it.each([
    [10, 2],
    [20, 6],
    [24, 8],
    [30, 10],
  ])('qbinom(0.05, %i - 1, 0.5) = %i', (n, expected) => {
    expect(binomialQuantile(0.05, n - 1, 0.5)).toBe(expected);
  });
});

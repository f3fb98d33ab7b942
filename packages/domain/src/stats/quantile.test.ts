import { describe, expect, it } from 'vitest';
import { averageRanks, quantileType7 } from './quantile';

describe('sample quantile, type 7', () => {
  it('R: quantile(1:10, c(0.1, 0.9)) = 1.9, 9.1; quantile(c(3, 1, 2), 0.5) = 2', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantileType7(values, 0.1)).toBeCloseTo(1.9, 14);
    expect(quantileType7(values, 0.9)).toBeCloseTo(9.1, 14);
    expect(quantileType7([3, 1, 2], 0.5)).toBe(2);
  });
  it('an infinite order statistic gives an infinite quantile, as in R', () => {
    expect(quantileType7([Number.NEGATIVE_INFINITY, 1, 2, 3], 0.1)).toBe(Number.NEGATIVE_INFINITY);
    expect(quantileType7([], 0.5)).toBeNaN();
  });
});

describe('average ranks', () => {
  it('R: rank(c(10, 20, 10, 30)) = 1.5 3 1.5 4', () => {
    expect(averageRanks([10, 20, 10, 30])).toEqual([1.5, 3, 1.5, 4]);
  });
});

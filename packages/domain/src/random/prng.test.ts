import { describe, expect, it } from 'vitest';
import { createRandom, mulberry32 } from './prng';

describe('seeded random', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
  });
  it('draws uniforms in [0, 1) with about the right mean, and normals with the right moments', () => {
    const r = createRandom(7);
    let sum = 0;
    let sumN = 0;
    let sumN2 = 0;
    let outOfRange = 0;
    const n = 50_000;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      if (u < 0 || u >= 1) outOfRange++;
      sum += u;
      const x = r.normal(10, 2);
      sumN += x;
      sumN2 += x * x;
    }
    expect(outOfRange).toBe(0);
    expect(sum / n).toBeCloseTo(0.5, 2);
    const mean = sumN / n;
    expect(mean).toBeCloseTo(10, 1);
    expect(Math.sqrt(sumN2 / n - mean * mean)).toBeCloseTo(2, 1);
  });
  it('draws integers inclusive of both ends and picks from lists', () => {
    const r = createRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(r.int(1, 3));
    expect([...seen].sort()).toEqual([1, 2, 3]);
    expect(['x']).toContain(r.pick(['x']));
    expect(() => r.pick([])).toThrow(RangeError);
  });
});

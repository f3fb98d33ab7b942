import { describe, expect, it } from 'vitest';
import { computeFunnel } from './engine';
import type { FunnelUnitInput } from './types';

/*
 * The six units of FunnelPlotR's own tests (tests/testthat/test-funnel_plot.R and
 * test-OD_adjust_func.R, commit 0614f13): numerator c(100, 150, 180, 80, 120, 225),
 * denominator (expected) c(108, 112, 165, 95, 100, 220). With FunnelPlotR's defaults for
 * indirectly standardised ratios (sr_method "SHMI": log scale, 10% truncation, additive τ²) they
 * give φ = 2.95 and τ² = 0.0195 — the figures the contract's example result shows.
 */
const observed = [100, 150, 180, 80, 120, 225];
const expected = [108, 112, 165, 95, 100, 220];
const units: FunnelUnitInput[] = observed.map((o, i) => ({ id: String.fromCharCode(97 + i), observed: o, expected: expected[i]! }));
const z95 = 1.959963984540054; // R: qnorm(0.975)

describe('overdispersion (Spiegelhalter 2005; FunnelPlotR od_adjustment.R)', () => {
  const shmi = computeFunnel({
    type: 'ratio',
    units,
    overdispersion: { method: 'additive', zScore: 'log', trim: { method: 'truncate', fraction: 0.1 } },
  });

  it('SHMI defaults: φ = 2.95, τ² = 0.0195 (contract example), applied', () => {
    expect(shmi.overdispersion!.phi).toBeCloseTo(2.95, 2);
    expect(shmi.overdispersion!.tau2).toBeCloseTo(0.0195, 4);
    expect(shmi.overdispersion!.applied).toBe(true);
    // R: z <- sqrt(E) * log(O/E); mean(z^2) — with six units truncation by tenths drops none.
    const zSquared = observed.map((o, i) => expected[i]! * Math.log(o / expected[i]!) ** 2);
    const phi = zSquared.reduce((a, b) => a + b, 0) / 6;
    expect(shmi.overdispersion!.phi).toBeCloseTo(phi, 12);
    // R (tau_func): (n*phi - (n - 1)) / (sum(w) - sum(w^2)/sum(w)) with w = 1/s^2 = E.
    const sumW = expected.reduce((a, b) => a + b, 0);
    const sumW2 = expected.reduce((a, b) => a + b * b, 0);
    expect(shmi.overdispersion!.tau2).toBeCloseTo((6 * phi - 5) / (sumW - sumW2 / sumW), 12);
  });

  it('additive limits are exp(±z·√(1/E + τ²)) (FunnelPlotR calculate_limits, SHMI)', () => {
    const tau2 = shmi.overdispersion!.tau2;
    const unit = shmi.units[4]!; // E = 100
    expect(unit.limits['0.95']![0]).toBeCloseTo(Math.exp(-z95 * Math.sqrt(1 / 100 + tau2)), 12);
    expect(unit.limits['0.95']![1]).toBeCloseTo(Math.exp(z95 * Math.sqrt(1 / 100 + tau2)), 12);
  });

  it('adjusted limits are wider than the exact Poisson ones (FunnelPlotR: LCL95[5] > OD95LCL[5])', () => {
    const plain = computeFunnel({ type: 'ratio', units });
    expect(plain.units[4]!.limits['0.95']![0]).toBeGreaterThan(shmi.units[4]!.limits['0.95']![0]);
  });

  it('multiplicative limits are g⁻¹(g(θ) ± z·√φ·s)', () => {
    const result = computeFunnel({ type: 'ratio', units, overdispersion: { method: 'multiplicative', zScore: 'log' } });
    const phi = result.overdispersion!.phi;
    expect(result.units[4]!.limits['0.95']![1]).toBeCloseTo(Math.exp((z95 * Math.sqrt(phi)) / 10), 12);
  });

  it('winsorises at type-7 quantiles per tail on the square-root scale (FunnelPlotR "CQC")', () => {
    const result = computeFunnel({
      type: 'ratio',
      units,
      overdispersion: { method: 'additive', zScore: 'sqrt', trim: { method: 'winsorise', fraction: 0.05 } },
    });
    // R: z <- (sqrt(O/E) - 1) / (1/(2*sqrt(E))); quantile(z, c(0.05, 0.95)) with n = 6 interpolates
    // a quarter of the way from the smallest (largest) to the next.
    const z = observed.map((o, i) => (Math.sqrt(o / expected[i]!) - 1) * 2 * Math.sqrt(expected[i]!));
    const sorted = [...z].sort((a, b) => a - b);
    const low = 0.75 * sorted[0]! + 0.25 * sorted[1]!;
    const high = 0.25 * sorted[4]! + 0.75 * sorted[5]!;
    const clipped = z.map((v) => Math.min(high, Math.max(low, v)));
    expect(result.overdispersion!.phi).toBeCloseTo(clipped.reduce((a, v) => a + v * v, 0) / 6, 12);
  });

  it('truncation leaves out the lowest and highest rank groups when there are enough units', () => {
    // 20 units, fraction 0.1: groups ⌊rank·10/21⌋ are 0 for ranks 1–2 and 9 for ranks 19–20.
    const many: FunnelUnitInput[] = Array.from({ length: 20 }, (_, i) => ({ id: `u${i}`, observed: 80 + 2 * i, expected: 100 }));
    const full = computeFunnel({ type: 'ratio', units: many, overdispersion: { method: 'additive', zScore: 'log' } });
    const cut = computeFunnel({
      type: 'ratio',
      units: many,
      overdispersion: { method: 'additive', zScore: 'log', trim: { method: 'truncate', fraction: 0.1 } },
    });
    const z = many.map((u) => 10 * Math.log(u.observed! / 100));
    const kept = z.slice(2, 18);
    expect(full.overdispersion!.phi).toBeCloseTo(z.reduce((a, v) => a + v * v, 0) / 20, 12);
    expect(cut.overdispersion!.phi).toBeCloseTo(kept.reduce((a, v) => a + v * v, 0) / 16, 12);
  });

  it('keeps the method’s limits when φ ≤ 1 (applied = false)', () => {
    const calm = computeFunnel({
      type: 'ratio',
      units: [
        { id: 'a', observed: 100, expected: 100 },
        { id: 'b', observed: 52, expected: 50 },
      ],
      overdispersion: { method: 'additive', zScore: 'log' },
    });
    const plain = computeFunnel({ type: 'ratio', units: [{ id: 'a', observed: 100, expected: 100 }] });
    expect(calm.overdispersion!.applied).toBe(false);
    expect(calm.units[0]!.limits).toEqual(plain.units[0]!.limits);
  });

  it('arcsine scale for proportions around the pooled target', () => {
    const result = computeFunnel({
      type: 'proportion',
      units: [
        { id: 'a', numerator: 10, denominator: 100 },
        { id: 'b', numerator: 40, denominator: 100 },
        { id: 'c', numerator: 25, denominator: 100 },
      ],
      overdispersion: { method: 'multiplicative' },
    });
    const theta = 0.25;
    const z = [0.1, 0.4, 0.25].map((p) => (Math.asin(Math.sqrt(p)) - Math.asin(Math.sqrt(theta))) * 20);
    expect(result.overdispersion!.phi).toBeCloseTo(z.reduce((a, v) => a + v * v, 0) / 3, 12);
    expect(result.overdispersion!.applied).toBe(true);
    const half = z95 * Math.sqrt(result.overdispersion!.phi) / 20;
    expect(result.units[0]!.limits['0.95']![1]).toBeCloseTo(Math.sin(Math.asin(0.5) + half) ** 2, 12);
  });

  it('a zero count on the log scale is clipped by winsorising, or left out of φ without trimming', () => {
    const withZero = [...units, { id: 'zero', observed: 0, expected: 50 }];
    const plain = computeFunnel({ type: 'ratio', units: withZero, overdispersion: { method: 'additive', zScore: 'log' } });
    expect(plain.overdispersion!.phi).toBeCloseTo(shmi.overdispersion!.phi, 12);
    const winsorised = computeFunnel({
      type: 'ratio',
      units: withZero,
      overdispersion: { method: 'additive', zScore: 'log', trim: { method: 'winsorise', fraction: 0.1 } },
    });
    expect(Number.isFinite(winsorised.overdispersion!.phi)).toBe(true);
  });

  it('reports φ = τ² = 0 when there are no units to estimate from', () => {
    const empty = computeFunnel({ type: 'ratio', units: [], curve: [10], overdispersion: { method: 'additive' } });
    expect(empty.overdispersion).toEqual({ phi: 0, tau2: 0, applied: false });
  });
});

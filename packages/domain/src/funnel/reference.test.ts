import { describe, expect, it } from 'vitest';
import { logChoose } from '../stats/special';
import { computeFunnel } from './engine';
import { csvRows, pheSignificance } from './fixtures/csv';
import { MEDPAR_BY_HOSPITAL } from './fixtures/medpar';
import { PHE_PROPORTION_LIMITS_CSV } from './fixtures/phe-proportion-limits';
import { PHE_PROPORTION_INPUTS_CSV } from './fixtures/phe-proportions';
import { PHE_RATIO_SIGNIFICANCE_CSV } from './fixtures/phe-ratio-significance';

/*
 * Published reference values. Tolerances follow the precision each source prints.
 */
describe('exact Poisson limits for a ratio: FunnelPlotR', () => {
  // nhs-r-community/FunnelPlotR tests/testthat/test-poisson_limits.R (commit 263128f):
  // calculate_limits(data.frame(number_seq = c(15, 20, 30)), target = 1, draw_adjusted = FALSE),
  // lower limits rounded to 7 decimals, upper to 6.
  const expected = {
    ll95: [0.5596924, 0.610826, 0.6746958],
    ul95: [1.649348, 1.544419, 1.427562],
    ll998: [0.386265, 0.4479107, 0.5289724],
    ul998: [2.082907, 1.902094, 1.702771],
  };
  const result = computeFunnel({ type: 'ratio', units: [], curve: [15, 20, 30] });

  it('reproduces the 95% and 99.8% limits at expected = 15, 20, 30', () => {
    result.curve.forEach((point, i) => {
      expect(point.limits['0.95']![0]).toBeCloseTo(expected.ll95[i]!, 7);
      expect(point.limits['0.95']![1]).toBeCloseTo(expected.ul95[i]!, 6);
      expect(point.limits['0.998']![0]).toBeCloseTo(expected.ll998[i]!, 7);
      expect(point.limits['0.998']![1]).toBeCloseTo(expected.ul998[i]!, 6);
    });
  });
});

describe('Wilson proportion funnel: PHEindicatormethods', () => {
  const inputs = csvRows(PHE_PROPORTION_INPUTS_CSV, 4).map(([area, numerator, denominator, significance]) => ({
    id: area!,
    numerator: Number(numerator),
    denominator: Number(denominator),
    significance: significance!,
  }));
  const limits = csvRows(PHE_PROPORTION_LIMITS_CSV, 6).map((row) => row.map(Number));
  const result = computeFunnel({
    type: 'proportion',
    limits: 'wilson',
    multiplier: 100,
    units: inputs.map(({ id, numerator, denominator }) => ({ id, numerator, denominator })),
    curve: limits.map((row) => row[0]!),
  });

  it('pools the target as Σnumerator/Σdenominator (Baseline 80.642448)', () => {
    expect(result.target).toBeCloseTo(80.642448, 6);
  });

  it('reproduces phe_funnels limits at 100 populations from 1 to 110000 (6 decimals)', () => {
    result.curve.forEach((point, i) => {
      const [, lower2s, upper2s, lower3s, upper3s] = limits[i]!;
      expect(point.limits['0.95']![0]).toBeCloseTo(lower2s!, 6);
      expect(point.limits['0.95']![1]).toBeCloseTo(upper2s!, 6);
      expect(point.limits['0.998']![0]).toBeCloseTo(lower3s!, 6);
      expect(point.limits['0.998']![1]).toBeCloseTo(upper3s!, 6);
    });
  });

  it('reproduces phe_funnel_significance for all 303 areas', () => {
    expect(inputs).toHaveLength(303);
    const labels = result.units.map((unit) => pheSignificance(unit.classification));
    expect(labels).toEqual(inputs.map((input) => input.significance));
  });
});

describe('Byar ratio method: PHEindicatormethods', () => {
  const inputs = csvRows(PHE_RATIO_SIGNIFICANCE_CSV, 3).map(([observed, expected, significance], i) => ({
    id: `unit-${i}`,
    observed: Number(observed),
    expected: Number(expected),
    significance: significance!,
  }));

  it('reproduces assign_funnel_significance(statistic = "ratio") for all 300 units against 1', () => {
    const result = computeFunnel({
      type: 'ratio',
      limits: 'byar',
      units: inputs.map(({ id, observed, expected }) => ({ id, observed, expected })),
    });
    expect(inputs).toHaveLength(300);
    expect(result.units.map((unit) => pheSignificance(unit.classification))).toEqual(inputs.map((input) => input.significance));
  });

  // PHEindicatormethods tests/testthat/testdata_funnel_ratio_outputs.csv (commit 8ac28e5): for each
  // observed count O, the expected counts at which O sits on the 95% (2s) and 99.8% (3s) limits.
  // Below O = 10 PHE's test is exact, so our Byar funnel must flip at exactly those points. PHE finds
  // them by bisection on v = E/(1 + O + E) to dv = 1e-7, i.e. to ~1e-7·(1 + O)/(1 − v)² in E — up to
  // ~4e-6 relative here (O = 1 at 0.0253179 vs −log(0.975) = 0.0253178), so we compare to 4 decimals.
  const pheFunnelPoints: [number, number, number, number, number][] = [
    // O, lower_2s_exp_events, upper_2s_exp_events, lower_3s_exp_events, upper_3s_exp_events
    [1, 5.571644585, 0.025317898, 9.233410143, 0.001000547],
    [2, 7.224687515, 0.242209467, 11.22886836, 0.04540199],
    [3, 8.767273828, 0.618671905, 13.06224507, 0.190533306],
    [4, 10.24158653, 1.089865762, 14.79414916, 0.42855244],
    [5, 11.6683331, 1.623486324, 16.45474478, 0.739371928],
    [6, 13.0594765, 2.201894435, 18.0616374, 1.107104434],
    [7, 14.42267712, 2.814363736, 19.62617867, 1.520336178],
    [8, 15.76318696, 3.453831154, 21.15619716, 1.970813969],
    [9, 17.08479966, 4.11537405, 22.65737951, 2.452425215],
  ];

  it.each(pheFunnelPoints)('O = %i lies on the Byar funnel at PHE’s expected counts', (observed, lower2s, upper2s, lower3s, upper3s) => {
    const result = computeFunnel({ type: 'ratio', limits: 'byar', units: [], curve: [lower2s, upper2s, lower3s, upper3s] });
    const [atLower2s, atUpper2s, atLower3s, atUpper3s] = result.curve;
    expect(atLower2s!.limits['0.95']![0] * lower2s).toBeCloseTo(observed, 4);
    expect(atUpper2s!.limits['0.95']![1] * upper2s).toBeCloseTo(observed, 4);
    expect(atLower3s!.limits['0.998']![0] * lower3s).toBeCloseTo(observed, 4);
    expect(atUpper3s!.limits['0.998']![1] * upper3s).toBeCloseTo(observed, 4);
  });
});

describe('exact binomial limits: Spiegelhalter (2005) Appendix A.1.1 interpolation', () => {
  // Spiegelhalter's own implementation (github.com/gmp26/funnel, R/funnel4.R `qbinom.interp`, commit
  // bd9511f), worked by hand for Binomial(10, 0.5): F(1) = 11/1024, F(2) = 56/1024, F(7) = 968/1024,
  // F(8) = 1013/1024. Lower (p = 0.025): r = 2, a = (56/1024 − 0.025)/(45/1024) = 30.4/45, limit
  // (2 − a)/10. Upper (1 − p = 0.975): r = 8, a = (1013/1024 − 0.975)/(45/1024) = 14.6/45, limit
  // (8 + 1 − a)/10 — the mirror image of the lower limit, as it must be for θ = 0.5.
  it('reproduces the hand-computed 95% limits for n = 10, θ = 0.5', () => {
    const result = computeFunnel({ type: 'proportion', target: 0.5, levels: [0.95], units: [], curve: [10] });
    const [lower, upper] = result.curve[0]!.limits['0.95']!;
    expect(lower).toBeCloseTo((2 - 30.4 / 45) / 10, 12);
    expect(upper).toBeCloseTo((9 - 14.6 / 45) / 10, 12);
    expect(upper).toBeCloseTo(1 - lower, 12);
  });

  it('flags a unit beyond a limit with probability at most α/2 on each side', () => {
    // P(X/n > upper) and P(X/n < lower) under Binomial(n, θ), summed from the pmf.
    for (const [n, theta] of [[1, 0.5], [7, 0.02], [40, 0.3], [250, 0.9]] as const) {
      const result = computeFunnel({ type: 'proportion', target: theta, units: [], curve: [n] });
      for (const [key, [lower, upper]] of Object.entries(result.curve[0]!.limits)) {
        const tail = (1 - Number(key)) / 2;
        let below = 0;
        let above = 0;
        for (let k = 0; k <= n; k++) {
          const pmf = Math.exp(logChoose(n, k) + k * Math.log(theta) + (n - k) * Math.log1p(-theta));
          if (k / n < lower) below += pmf;
          if (k / n > upper) above += pmf;
        }
        expect(below).toBeLessThanOrEqual(tail + 1e-12);
        expect(above).toBeLessThanOrEqual(tail + 1e-12);
      }
    }
  });
});

describe('FunnelPlotR vignette: medpar length of stay (54 hospitals)', () => {
  // articles/funnel_plots.html (FunnelPlotR 0.4.2): with Poisson limits at 99.8% "A funnel plot object
  // with 54 points of which 25 are outliers"; with the SHMI overdispersion adjustment (log scale, 10%
  // truncation, additive τ²) "54 points of which 9 are outliers". FunnelPlotR rounds SHMI expected
  // counts to 2 decimals before anything else, so we do the same.
  const units = MEDPAR_BY_HOSPITAL.map(([id, observed, expected]) => ({ id, observed, expected: Math.round(expected * 100) / 100 }));
  const outliers = (result: ReturnType<typeof computeFunnel>) =>
    result.units.filter((unit) => unit.classification['0.998'] !== 'within').length;

  it('25 of 54 hospitals are outside the exact Poisson 99.8% limits', () => {
    expect(units).toHaveLength(54);
    expect(outliers(computeFunnel({ type: 'ratio', units }))).toBe(25);
  });

  it('9 of 54 are outside the SHMI overdispersion-adjusted 99.8% limits', () => {
    const result = computeFunnel({
      type: 'ratio',
      units,
      overdispersion: { method: 'additive', zScore: 'log', trim: { method: 'truncate', fraction: 0.1 } },
    });
    expect(result.overdispersion!.applied).toBe(true);
    expect(outliers(result)).toBe(9);
  });
});

import { describe, expect, it } from 'vitest';
import { crossingsLimit, longestRunLimit } from './anhoej';
import { computeSpc } from './engine';

/** Orange juice cans, Montgomery, Introduction to Statistical Quality Control, Table 7.1 (30 samples of n = 50). */
const ORANGE_JUICE = [
  12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7, 13, 9, 6,
];
/** Montgomery Table 7.2: 24 further samples after the machine adjustment. */
const ORANGE_JUICE_AFTER = [9, 6, 12, 5, 6, 4, 6, 3, 7, 6, 2, 4, 3, 6, 5, 4, 8, 5, 6, 7, 5, 6, 3, 5];
/** Montgomery Table 7.7: nonconformities in 26 samples of 100 printed circuit boards. */
const CIRCUIT_BOARDS = [
  21, 24, 16, 12, 15, 5, 28, 20, 31, 25, 20, 24, 16, 19, 10, 17, 13, 22, 18, 39, 30, 24, 16, 19, 17, 15,
];

describe('Montgomery, Introduction to Statistical Quality Control (printed to 4 decimals for p, 2 for c and u)', () => {
  it('Example 7.1 trial limits: p̄ = 0.2313, UCL = 0.4102, LCL = 0.0524', () => {
    const r = computeSpc({ chart: 'p', values: ORANGE_JUICE, denominators: ORANGE_JUICE.map(() => 50) });
    expect(r.phases[0]!.centre).toBeCloseTo(0.2313, 4);
    expect(r.phases[0]!.upper).toBeCloseTo(0.4102, 4);
    expect(r.phases[0]!.lower).toBeCloseTo(0.0524, 4);
    // Samples 15 and 23 (1-based) are the ones beyond the trial UCL.
    expect(r.points.filter((p) => p.signals.outside).map((p) => p.index)).toEqual([14, 22]);
  });

  it('Example 7.1 revised (samples 15 and 23 excluded) and the new phase after the adjustment, as qicharts2 tests/testthat/test_montgomery.R (exclude = c(15, 23), part = 30)', () => {
    const values = [...ORANGE_JUICE, ...ORANGE_JUICE_AFTER];
    const r = computeSpc({
      chart: 'p',
      preset: 'qic',
      values,
      denominators: values.map(() => 50),
      exclude: [14, 22],
      phases: [30],
    });
    expect(r.phases[0]).toMatchObject({ start: 0, end: 29 });
    expect(r.phases[0]!.centre).toBeCloseTo(0.215, 4);
    expect(r.phases[0]!.upper).toBeCloseTo(0.3893, 4);
    expect(r.phases[0]!.lower).toBeCloseTo(0.0407, 4);
    // Montgomery: p̄ = 0.1108, UCL = 0.2440, LCL = −0.0224, taken as 0.
    expect(r.phases[1]!.centre).toBeCloseTo(0.1108, 4);
    expect(r.phases[1]!.upper).toBeCloseTo(0.244, 4);
    expect(r.phases[1]!.lower).toBe(0);
    // Excluded points are still flagged against the limits of their phase.
    expect(r.points[14]).toMatchObject({ excluded: true, signals: { outside: true } });
    expect(r.points[22]).toMatchObject({ excluded: true, signals: { outside: true } });
  });

  it('Example 7.3 c chart: c̄ = 19.85, UCL = 33.22, LCL = 6.48; revised without samples 6 and 20: 19.67, 32.97, 6.36', () => {
    const trial = computeSpc({ chart: 'c', values: CIRCUIT_BOARDS });
    expect(trial.phases[0]!.centre).toBeCloseTo(19.85, 2);
    // The book computes the UCL from c̄ rounded to 19.85 (19.85 + 3·√19.85 = 33.22); the exact c̄ = 19.846 gives 33.211.
    expect(Math.abs(trial.phases[0]!.upper! - 33.22)).toBeLessThan(0.01);
    expect(trial.phases[0]!.lower).toBeCloseTo(6.48, 2);
    expect(trial.points.filter((p) => p.signals.outside).map((p) => p.index)).toEqual([5, 19]);
    const revised = computeSpc({ chart: 'c', values: CIRCUIT_BOARDS, exclude: [5, 19] });
    expect(revised.phases[0]!.centre).toBeCloseTo(19.67, 2);
    expect(revised.phases[0]!.upper).toBeCloseTo(32.97, 2);
    expect(revised.phases[0]!.lower).toBeCloseTo(6.36, 2);
  });

  it('Example 7.4 u chart (personal computers, 20 samples of 5): ū = 1.93, UCL = 3.79, LCL = 0.07', () => {
    const counts = [10, 12, 8, 14, 10, 16, 11, 7, 10, 15, 9, 5, 7, 11, 12, 6, 8, 10, 7, 5];
    const r = computeSpc({ chart: 'u', values: counts, denominators: counts.map(() => 5) });
    expect(r.phases[0]!.centre).toBeCloseTo(1.93, 2);
    expect(r.phases[0]!.upper).toBeCloseTo(3.79, 2);
    expect(r.phases[0]!.lower).toBeCloseTo(0.07, 2);
  });
});

describe('NIST/SEMATECH e-Handbook of Statistical Methods (printed to 4 decimals)', () => {
  // Section 6.3.2.2, "Individuals Control Charts": flow-rate data; MR̄ = 1.8778, limits x̄ ± 3·MR̄/1.128.
  const FLOW = [49.6, 47.6, 49.9, 51.3, 47.8, 51.2, 52.6, 52.4, 53.6, 52.1];

  it('6.3.2.2 individuals chart: x̄ = 50.81, UCL = 55.8041, LCL = 45.8159', () => {
    const r = computeSpc({ chart: 'i', preset: 'qic', values: FLOW });
    expect(r.phases[0]!.centre).toBeCloseTo(50.81, 4);
    expect(r.phases[0]!.upper).toBeCloseTo(55.8041, 4);
    expect(r.phases[0]!.lower).toBeCloseTo(45.8159, 4);
    expect(r.phases[0]!.meanMovingRange).toBeCloseTo(1.8778, 4);
  });

  it('6.3.2.2 moving range chart: MR̄ = 1.8778, UCL = 6.1349, LCL = 0', () => {
    const r = computeSpc({ chart: 'mr', preset: 'qic', values: FLOW });
    expect(r.phases[0]!.centre).toBeCloseTo(1.8778, 4);
    // The handbook prints 6.1349; 3.267 × 1.87778 = 6.1347 (the contract's D4 = 3.267): a difference in D4's last digit.
    expect(Math.abs(r.phases[0]!.upper! - 6.1349)).toBeLessThan(3e-4);
    expect(r.phases[0]!.lower).toBe(0);
  });

  it('6.3.3.1 c chart of wafer defects: c̄ = 16, UCL = 28, LCL = 4', () => {
    const defects = [
      16, 14, 28, 16, 12, 20, 10, 12, 10, 17, 19, 17, 14, 16, 15, 13, 14, 16, 11, 20, 11, 19, 16, 31, 13,
    ];
    const r = computeSpc({ chart: 'c', values: defects });
    expect(r.phases[0]).toMatchObject({ centre: 16, upper: 28, lower: 4 });
    expect(r.points.filter((p) => p.signals.outside).map((p) => p.index)).toEqual([23]);
  });
});

/*
 * NHSRplotthedots (nhs-r-community/NHSRplotthedots), tests/testthat/test-ptd_spc.R with the snapshot
 * tests/testthat/_snaps/ptd_spc.md (commit 174380d653d7a169a76f99deebb9fc21ed5fbbd6): set.seed(123);
 * y = rnorm(20), printed to 3 significant figures. The values below are R's rnorm(20) after set.seed(123).
 */
const RNORM_123 = [
  -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123,
  -0.68685285, -0.44566197, 1.2240818, 0.35981383, 0.40077145, 0.11068272, -0.55584113, 1.78691314,
  0.49785048, -1.96661716, 0.7013559, -0.47279141,
];

describe('NHSRplotthedots (mdc preset)', () => {
  it('summary: mean 0.142, lpl −3.01, upl 3.29, 20 common-cause points', () => {
    const r = computeSpc({ chart: 'i', preset: 'mdc', improvement: 'increase', values: RNORM_123 });
    expect(r.phases[0]!.centre).toBeCloseTo(0.142, 3);
    expect(r.phases[0]!.lower).toBeCloseTo(-3.01, 2);
    expect(r.phases[0]!.upper).toBeCloseTo(3.29, 2);
    expect(r.points.every((p) => p.type === 'common')).toBe(true);
    expect(r.variation).toBe('common');
  });

  it('facets of 10 points as two phases: 0.0746 / −2.60 / 2.75 and 0.209 / −3.28 / 3.70', () => {
    const r = computeSpc({ chart: 'i', preset: 'mdc', values: RNORM_123, phases: [10] });
    expect(r.phases[0]!.centre).toBeCloseTo(0.0746, 4);
    expect(r.phases[0]!.lower).toBeCloseTo(-2.6, 2);
    expect(r.phases[0]!.upper).toBeCloseTo(2.75, 2);
    expect(r.phases[1]!.centre).toBeCloseTo(0.209, 3);
    expect(r.phases[1]!.lower).toBeCloseTo(-3.28, 2);
    expect(r.phases[1]!.upper).toBeCloseTo(3.7, 2);
    expect(r.phases.map((p) => p.warnings)).toEqual([['trial-limits'], ['trial-limits']]);
  });

  it('test-ptd_spc_standard.R: two points close to the limits on opposite sides of the mean are common cause', () => {
    const values = Array.from({ length: 16 }, (_, i): number => (i % 2 === 0 ? 1 : -1));
    values[14] = 5.5;
    values[15] = -5.5;
    const r = computeSpc({ chart: 'i', preset: 'mdc', improvement: 'increase', values });
    expect(r.points.slice(-2).map((p) => p.type)).toEqual(['common', 'common']);
  });
});

describe('qicharts2 vignette, Appendix 2: critical values for longest run and number of crossings', () => {
  // anhoej/qicharts2 docs/articles/qicharts2.html (commit 05e1324073f2cf13fd957bfc80892684f075252a), n = 10..100.
  const longest = [
    6, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
    8, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
    9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
  ];
  const crossings = [
    2, 2, 3, 3, 4, 4, 4, 5, 5, 6, 6, 6, 7, 7, 8, 8, 8, 9, 9, 10, 10, 11, 11, 11, 12, 12, 13, 13, 14, 14, 14,
    15, 15, 16, 16, 17, 17, 17, 18, 18, 19, 19, 20, 20, 21, 21, 21, 22, 22, 23, 23, 24, 24, 25, 25, 25, 26,
    26, 27, 27, 28, 28, 29, 29, 29, 30, 30, 31, 31, 32, 32, 33, 33, 34, 34, 34, 35, 35, 36, 36, 37, 37, 38,
    38, 39, 39, 39, 40, 40, 41, 41,
  ];

  it.each(longest.map((l, k) => [k + 10, l, crossings[k]!]))(
    'n = %i: longest run ≤ %i, crossings ≥ %i',
    (n, l, c) => {
      expect(longestRunLimit(n)).toBe(l);
      expect(crossingsLimit(n)).toBe(c);
    },
  );
});

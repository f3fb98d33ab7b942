import { describe, expect, it } from 'vitest';
import { computeSpc } from './engine';
import { explainChart, explainPhase, explainPoint } from './explain';
import { explainRebase, suggestRebase } from './rebase';

/** 6 alternating points around 10, then 9 points high: a sustained shift from index 6. */
const SHIFTED = [9, 11, 9, 11, 9, 11, 14, 15, 14, 15, 14, 15, 14, 15, 14];

describe('explainPoint', () => {
  it('describes a shift with its length, in Dutch and English', () => {
    const r = computeSpc({
      chart: 'i',
      preset: 'mdc',
      values: SHIFTED,
      options: { rules: { trend: false, twoOfThree: false, outside: false } },
    });
    expect(explainPoint(r, 8, 'nl')).toEqual(['9 punten op rij boven het gemiddelde']);
    expect(explainPoint(r, 8, 'en')).toEqual(['9 points in a row above the mean']);
    expect(explainPoint(r, 0, 'en')).toEqual([]);
  });

  it('describes outside, trend and two-of-three; a run chart talks about the median', () => {
    const trend = computeSpc({ chart: 'run', values: [1, 2, 3, 4, 5, 6, 7, 3] });
    expect(explainPoint(trend, 3, 'nl')).toEqual(['Trend: 7 punten op rij stijgend']);
    expect(explainPoint(trend, 3, 'en')).toEqual(['Trend: 7 points in a row increasing']);
    const down = computeSpc({ chart: 'run', values: [9, 8, 7, 6, 5, 4, 3, 2] });
    expect(explainPoint(down, 7, 'en')).toEqual(['Trend: 8 points in a row decreasing']);
    const outside = computeSpc({
      chart: 'i',
      values: [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 9, -9],
      baseline: { points: 10, scope: 'phase' },
    });
    expect(explainPoint(outside, 10, 'nl')).toEqual(['Punt boven de bovenste controlegrens']);
    expect(explainPoint(outside, 11, 'en')).toEqual(['Point below the lower control limit']);
    const band = computeSpc({
      chart: 'i',
      values: [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0.6, 2.5, 2.5],
      baseline: { points: 10, scope: 'phase' },
    });
    expect(explainPoint(band, 12, 'en')).toEqual(['2 of 3 points beyond the 2-sigma line, above the mean']);
    // Median 3: the seven 9s are a shift above it.
    const median = computeSpc({
      chart: 'run',
      values: [0, 0, 0, 0, 0, 9, 9, 9, 9, 9, 9, 9, 1, 2, 3],
      options: { rules: { shift: 7, trend: false } },
    });
    expect(explainPoint(median, 6, 'nl')).toEqual(['7 punten op rij boven de mediaan']);
  });

  it('a peak shared by a rise and a fall is explained by the fall (the right side, as NHSRplotthedots)', () => {
    const r = computeSpc({
      chart: 'run',
      values: [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1],
      options: { rules: { shift: false } },
    });
    expect(explainPoint(r, 5, 'en')).toEqual(['Trend: 7 points in a row increasing']);
    expect(explainPoint(r, 6, 'en')).toEqual(['Trend: 7 points in a row decreasing']);
    expect(explainPoint(r, 12, 'en')).toEqual(['Trend: 7 points in a row decreasing']);
  });

  it('says when a point is excluded', () => {
    const r = computeSpc({ chart: 'i', values: [1, 2, 3, 40], exclude: [3] });
    expect(explainPoint(r, 3, 'en')[0]).toBe(
      'Point is excluded from the centre line, the limits and the runs analysis',
    );
  });
});

describe('explainPhase and explainChart', () => {
  it('reports the Anhøj signals and trial limits', () => {
    // Mean 4.8: nine 5s above it, then alternating 1 and 9.
    const r = computeSpc({
      chart: 'i',
      preset: 'qic',
      values: [...Array<number>(9).fill(5), 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1],
    });
    const runs = r.phases[0]!.runs!;
    expect(runs).toMatchObject({ longestRun: 9, longestRunMax: 7, signal: true });
    expect(explainPhase(r, 0, 'nl')).toEqual(['Langste reeks (9) is langer dan verwacht (max 7)']);
    expect(explainPhase(r, 0, 'en')).toEqual(['Longest run (9) is longer than expected (max 7)']);
    const few = computeSpc({ chart: 'run', preset: 'qic', values: [1, 1, 1, 1, 1, 9, 9, 9, 9, 9, 5] });
    expect(explainPhase(few, 0, 'en')).toEqual([
      'Fewer crossings of the centre line (1) than expected (min 2)',
      'Trial limits: this phase has fewer than 13 points',
    ]);
  });

  it('explains why p chart limits vary with the denominator, but not when they are constant', () => {
    const varying = computeSpc({ chart: 'p', values: [3, 5, 4], denominators: [20, 50, 30] });
    expect(explainChart(varying, 'nl')[0]).toMatch(/afhangen van de noemer/);
    expect(explainChart(varying, 'en')[0]).toMatch(/depend on the denominator/);
    expect(
      explainChart(computeSpc({ chart: 'p', values: [3, 5, 4], denominators: [20, 20, 20] }), 'en'),
    ).toEqual([]);
  });
});

describe('suggestRebase', () => {
  it('suggests a new phase where a sustained shift starts, with a reason; never applies it', () => {
    const r = computeSpc({
      chart: 'i',
      preset: 'mdc',
      values: SHIFTED,
      labels: SHIFTED.map((_, i) => `2024-${String(i + 1).padStart(2, '0')}`),
    });
    const suggestion = suggestRebase(r);
    expect(suggestion).toEqual({ index: 6, rule: 'shift', length: 9, side: 'above' });
    expect(explainRebase(r, suggestion!, 'nl')).toBe(
      'Overweeg een nieuwe fase vanaf 2024-07: 9 punten op rij boven de centrale lijn',
    );
    expect(explainRebase(r, suggestion!, 'en')).toBe(
      'Consider a new phase from 2024-07: 9 points in a row above the centre line',
    );
    expect(r.phases).toHaveLength(1);
  });

  it('uses the Anhøj longest run when the shift rule is off (qic)', () => {
    const r = computeSpc({ chart: 'i', preset: 'qic', values: SHIFTED });
    expect(suggestRebase(r)).toEqual({ index: 6, rule: 'runs', length: 9, side: 'above' });
  });

  it('names an unlabelled point by its 1-based position', () => {
    const r = computeSpc({ chart: 'i', values: SHIFTED });
    const suggestion = suggestRebase(r)!;
    expect(explainRebase(r, suggestion, 'nl')).toMatch(/^Overweeg een nieuwe fase vanaf punt 7:/);
    expect(explainRebase(r, suggestion, 'en')).toMatch(/^Consider a new phase from point 7:/);
  });

  it('returns null without a shift, when it is not sustained, or when it starts the phase', () => {
    expect(suggestRebase(computeSpc({ chart: 'i', values: [1, 2, 1, 2, 1, 2, 1, 2] }))).toBeNull();
    expect(suggestRebase(computeSpc({ chart: 'i', values: [...SHIFTED, 5] }))).toBeNull();
    expect(suggestRebase(computeSpc({ chart: 'i', values: SHIFTED, phases: [6] }))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { answerIssue, currentAnswers, nextAnswerVersion, type AnswerValue, type AnswerVersion, type RespondentAnswer } from './answers';
import { MATURITY_METER, QUICKSCAN, READINESS, ROADMAP } from './instruments/index';
import { gapList, readinessOf, scoreMeasurement } from './scoring';

const answers = (respondentId: string, values: Record<string, AnswerValue>): RespondentAnswer[] =>
  Object.entries(values).map(([itemId, value]) => ({ respondentId, itemId, value }));

describe('scoreMeasurement', () => {
  it('averages levels per item and theme, in scale units and as a percentage', () => {
    const score = scoreMeasurement(MATURITY_METER, [
      ...answers('a', { 'goal-set': 2, indicators: 3, 'improvement-meeting': 4, 'meeting-matrix': 4, pdca: 4, 'goal-owners': 5, 'learning-culture': 5, handover: 5 }),
      ...answers('b', { 'goal-set': 4, indicators: 3, 'improvement-meeting': 4, 'meeting-matrix': 4, pdca: 4, 'goal-owners': 5, 'learning-culture': 5, handover: 5 }),
    ]);
    expect(score.respondents).toBe(2);
    const goalSet = score.items.find((i) => i.itemId === 'goal-set')!;
    expect(goalSet).toMatchObject({ mean: 3, median: 3, min: 2, max: 4, spreadSteps: 2, isDisagreement: true, status: 'below-target', percent: 50 });
    expect(goalSet.distribution).toEqual([
      { value: 1, count: 0 },
      { value: 2, count: 1 },
      { value: 3, count: 0 },
      { value: 4, count: 1 },
      { value: 5, count: 0 },
    ]);
    const purpose = score.themes.find((t) => t.themeId === 'purpose')!;
    expect(purpose).toMatchObject({ mean: 3, percent: 50, answered: 2, belowTarget: 2, disagreements: 1 });
    expect(score.themes.find((t) => t.themeId === 'people')!.percent).toBe(100);
    // (3 + 3 + 4 + 4 + 4 + 5 + 5 + 5) / 8 = 4.125 → (4.125 − 1) / 4
    expect(score.overall.mean).toBeCloseTo(4.125, 10);
    expect(score.overall.percent).toBeCloseTo(78.125, 10);
    expect(score.overall.completeness).toBe(1);
  });

  it('answers one step apart are not a disagreement', () => {
    const score = scoreMeasurement(QUICKSCAN, [...answers('a', { leadership: 2 }), ...answers('b', { leadership: 1 })]);
    expect(score.items.find((i) => i.itemId === 'leadership')).toMatchObject({ spreadSteps: 1, isDisagreement: false, mean: 1.5 });
  });

  it('leaves unanswered items out of the mean and reports completeness (partial answers)', () => {
    const score = scoreMeasurement(QUICKSCAN, answers('a', { 'condition-defined': 2, 'team-complete': 0 }));
    const theme = score.themes.find((t) => t.themeId === 'integrated-team')!;
    expect(theme).toMatchObject({ items: 4, answered: 2, unanswered: 2, mean: 1, percent: 50 });
    expect(score.themes.find((t) => t.themeId === 'costs-payment')).toMatchObject({ answered: 0, mean: null, percent: null });
    expect(score.overall.answered).toBe(2);
    expect(score.overall.completeness).toBeCloseTo(2 / 24, 10);
    expect(score.items.find((i) => i.itemId === 'leadership')!.status).toBe('unanswered');
  });

  it('drops not-applicable answers from the means; an item everybody marks n.a. drops out of its theme', () => {
    const score = scoreMeasurement(QUICKSCAN, [
      ...answers('a', { suppliers: 'na', 'whole-chain': 2, 'related-mdts': 'na' }),
      ...answers('b', { suppliers: 'na', 'whole-chain': 1, 'related-mdts': 0 }),
    ]);
    const suppliers = score.items.find((i) => i.itemId === 'suppliers')!;
    expect(suppliers).toMatchObject({ status: 'not-applicable', notApplicable: 2, respondents: 2, mean: null });
    expect(score.items.find((i) => i.itemId === 'related-mdts')).toMatchObject({ mean: 0, notApplicable: 1, respondents: 2 });
    expect(score.themes.find((t) => t.themeId === 'integrate-care')).toMatchObject({ answered: 2, notApplicable: 1, mean: 0.75, percent: 37.5 });
    expect(score.overall.notApplicable).toBe(1);
  });

  it('gives roadmap progress per stage (basis, verdieping), not-applicable elements left out', () => {
    const basis = ROADMAP.themes.flatMap((t) => t.items.filter((i) => i.stage === 'basis'));
    const values = Object.fromEntries(basis.map((i, n) => [i.id, n === 0 ? 'na' : n % 2 === 0 ? 2 : 1])) as Record<string, AnswerValue>;
    const score = scoreMeasurement(ROADMAP, answers('session', values));
    const done = basis.filter((_, n) => n !== 0 && n % 2 === 0).length;
    expect(score.stages[0]).toEqual({ stage: 'basis', items: basis.length - 1, onTarget: done, percent: (done / (basis.length - 1)) * 100 });
    expect(score.stages[1]).toMatchObject({ stage: 'verdieping', onTarget: 0 });
  });
});

describe('gapList', () => {
  it('lists answered items below target, the largest gap first, ties in instrument order', () => {
    const score = scoreMeasurement(MATURITY_METER, answers('a', { 'goal-set': 2, indicators: 4, pdca: 3, 'goal-owners': 1, handover: 2 }));
    const gaps = gapList(MATURITY_METER, score);
    expect(gaps.map((g) => g.itemId)).toEqual(['goal-owners', 'goal-set', 'handover', 'pdca']);
    expect(gaps[0]).toMatchObject({ value: 1, target: 4, gapPercent: 75, themeId: 'people' });
  });

  it('puts basis before verdieping on the roadmap', () => {
    const score = scoreMeasurement(ROADMAP, answers('s', { ai: 0, 'compose-team': 1 }));
    expect(gapList(ROADMAP, score).map((g) => g.itemId)).toEqual(['compose-team', 'ai']);
  });
});

describe('readinessOf', () => {
  it('is ready only when every must-have is answered and in place', () => {
    const all = Object.fromEntries(READINESS.themes[0]!.items.map((i) => [i.id, 2]));
    expect(readinessOf(READINESS, scoreMeasurement(READINESS, answers('s', { ...all, resources: 2, stakeholders: 1 })))).toMatchObject({
      isReady: true,
      missingMustHaves: [],
      niceToHavesPresent: 1,
    });
    const partly = readinessOf(READINESS, scoreMeasurement(READINESS, answers('s', { ...all, 'it-support': 1, urgency: 0 })));
    expect(partly.isReady).toBe(false);
    expect(partly.missingMustHaves).toEqual(['urgency', 'it-support']);
    const unanswered = readinessOf(READINESS, scoreMeasurement(READINESS, answers('s', { 'clear-goals': 2 })));
    expect(unanswered.missingMustHaves).toHaveLength(4);
  });
});

describe('answer versions', () => {
  const v = (respondentId: string, itemId: string, version: number, value: AnswerValue): AnswerVersion => ({ respondentId, itemId, version, value });

  it('a correction is a new version; the current answer is the highest version per respondent and item', () => {
    const history = [v('a', 'pdca', 1, 2), v('a', 'pdca', 2, 4), v('b', 'pdca', 1, 3), v('a', 'goal-set', 1, 1)];
    const current = currentAnswers(history);
    expect(current).toHaveLength(3);
    expect(current.find((c) => c.respondentId === 'a' && c.itemId === 'pdca')!.value).toBe(4);
    expect(nextAnswerVersion(history, 'a', 'pdca')).toBe(3);
    expect(nextAnswerVersion(history, 'b', 'goal-set')).toBe(1);
  });

  it('checks an answer against the instrument', () => {
    expect(answerIssue(MATURITY_METER, 'pdca', 3)).toBeNull();
    expect(answerIssue(MATURITY_METER, 'pdca', 0)).toBe('not-on-scale');
    expect(answerIssue(MATURITY_METER, 'pdca', 'na')).toBe('not-applicable-not-allowed');
    expect(answerIssue(QUICKSCAN, 'suppliers', 'na')).toBeNull();
    expect(answerIssue(QUICKSCAN, 'nonsense', 1)).toBe('unknown-item');
  });
});

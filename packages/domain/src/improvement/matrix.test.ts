import { describe, expect, it } from 'vitest';
import { isGoalDue, matrixCellIssue, matrixWarnings, maxGoalsPerOccurrence, type MatrixGoal, type MatrixMeeting } from './matrix';

const occ = (localDate: string, sequence: number | null, previousLocalDate: string | null) => ({ localDate, sequence, previousLocalDate });

describe('isGoalDue', () => {
  it('every: always; every-nth: first and every n-th of the series; extra occurrences only carry every', () => {
    expect(isGoalDue({ cadence: 'every' }, occ('2026-01-05', null, '2025-12-29'))).toBe(true);
    const third = { cadence: 'every-nth' as const, nth: 3 };
    expect([0, 1, 2, 3, 4, 5, 6].map((s) => isGoalDue(third, occ('2026-01-05', s, null)))).toEqual([true, false, false, true, false, false, true]);
    expect(isGoalDue(third, occ('2026-01-05', null, null))).toBe(false);
  });

  it('quarterly: the first occurrence of each calendar quarter', () => {
    const cell = { cadence: 'quarterly' as const };
    expect(isGoalDue(cell, occ('2026-01-06', 0, null))).toBe(true);
    expect(isGoalDue(cell, occ('2026-03-31', 12, '2026-03-24'))).toBe(false);
    expect(isGoalDue(cell, occ('2026-04-07', 13, '2026-03-31'))).toBe(true);
  });

  it('validates n for every-nth cells', () => {
    expect(matrixCellIssue({ cadence: 'every-nth', nth: 1 })).toBe('nth-required');
    expect(matrixCellIssue({ cadence: 'every-nth', nth: 2 })).toBeNull();
    expect(matrixCellIssue({ cadence: 'every', nth: 2 })).toBe('nth-not-allowed');
  });
});

describe('matrixWarnings', () => {
  const weeklyHuddle: MatrixMeeting = { id: 'huddle', type: 'huddle', durationMinutes: 15, intervalDays: 7 };
  const monthly: MatrixMeeting = { id: 'monthly', type: 'improvement', durationMinutes: 60, intervalDays: 30.44 };
  const mdt: MatrixMeeting = { id: 'mdt', type: 'mdt', durationMinutes: 60, intervalDays: 7 };
  const goal = (id: string, granularity: MatrixGoal['granularity'] = 'month', status: MatrixGoal['status'] = 'active'): MatrixGoal => ({ id, status, granularity });

  it('warns about an active goal discussed nowhere, not about a draft or achieved one', () => {
    const warnings = matrixWarnings([monthly], [goal('a'), goal('b', 'month', 'draft'), goal('c', 'month', 'achieved')], []);
    expect(warnings).toEqual([{ code: 'goal-not-discussed', goalId: 'a' }]);
  });

  it('warns when monthly data is discussed only quarterly or every 2nd month, not when discussed monthly', () => {
    const warnings = matrixWarnings(
      [monthly, weeklyHuddle],
      [goal('q'), goal('n'), goal('ok'), goal('weekly', 'week')],
      [
        { meetingId: 'monthly', goalId: 'q', cadence: 'quarterly' },
        { meetingId: 'monthly', goalId: 'n', cadence: 'every-nth', nth: 2 },
        { meetingId: 'monthly', goalId: 'ok', cadence: 'every' },
        { meetingId: 'huddle', goalId: 'weekly', cadence: 'every' },
      ],
    );
    expect(warnings).toEqual([
      { code: 'goal-discussed-less-often-than-data', goalId: 'q', discussionDays: 91, refreshDays: 30 },
      { code: 'goal-discussed-less-often-than-data', goalId: 'n', discussionDays: 61, refreshDays: 30 },
    ]);
  });

  it('takes the most frequent meeting of a goal', () => {
    const warnings = matrixWarnings(
      [monthly, weeklyHuddle],
      [goal('a', 'week')],
      [
        { meetingId: 'monthly', goalId: 'a', cadence: 'every' },
        { meetingId: 'huddle', goalId: 'a', cadence: 'every' },
      ],
    );
    expect(warnings).toEqual([]);
  });

  it('warns when a goal is only discussed in an MDT (case discussion is not an improvement meeting)', () => {
    expect(matrixWarnings([mdt], [goal('a')], [{ meetingId: 'mdt', goalId: 'a', cadence: 'every' }])).toEqual([{ code: 'goal-only-in-mdt', goalId: 'a' }]);
  });

  it('warns about a meeting with more goals per occurrence than fit; every-nth counts partly', () => {
    expect(maxGoalsPerOccurrence(15)).toBe(3);
    expect(maxGoalsPerOccurrence(60)).toBe(10);
    const goals = ['a', 'b', 'c', 'd', 'e'].map((id) => goal(id, 'week'));
    const every = goals.map((g) => ({ meetingId: 'huddle', goalId: g.id, cadence: 'every' as const }));
    expect(matrixWarnings([weeklyHuddle], goals, every)).toEqual([{ code: 'meeting-too-many-goals', meetingId: 'huddle', goalsPerOccurrence: 5, max: 3 }]);
    const spread = goals.map((g, i) => ({ meetingId: 'huddle', goalId: g.id, cadence: i < 2 ? ('every' as const) : ('every-nth' as const), nth: i < 2 ? null : 3 }));
    // 2 + 3 × 1/3 = 3 goals per occurrence: fits (the every-3rd goals do get a data warning).
    expect(matrixWarnings([weeklyHuddle], goals, spread).filter((w) => w.code === 'meeting-too-many-goals')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { actionsDueBy, goalIssues, goalSetCoverage, isActionOverdue, isGoalOverdue, isTargetMet, type GoalCheckInput } from './goals';

const valid: GoalCheckInput = {
  scope: 'team',
  status: 'active',
  statusReason: '',
  ownerId: 'u1',
  direction: 'decrease',
  baselineValue: 12,
  baselineFrom: '2025-01-01',
  baselineTo: '2025-12-31',
  targetValue: 8,
  deadline: '2026-12-31',
  milestones: [{ date: '2026-06-30', value: 10 }],
  indicator: { observationCode: 'readmission-30d' },
  caseMixCodes: new Set(['asa', 'bmi']),
};

describe('goalIssues', () => {
  it('accepts a SMART goal', () => {
    expect(goalIssues(valid)).toEqual([]);
  });

  it('refuses a goal on a case-mix variable (case-mix is a filter, never a goal)', () => {
    expect(goalIssues({ ...valid, indicator: { observationCode: 'asa' } })).toContain('case-mix-indicator');
  });

  it('requires an indicator for team goals but not for improvement-system goals', () => {
    expect(goalIssues({ ...valid, indicator: null })).toEqual(['indicator-required']);
    expect(goalIssues({ ...valid, scope: 'improvement-system', indicator: null })).toEqual([]);
  });

  it('checks the target against the direction, dates, the owner and the reason', () => {
    expect(goalIssues({ ...valid, targetValue: 14 })).toEqual(['target-not-improvement']);
    expect(goalIssues({ ...valid, direction: 'increase' })).toEqual(['target-not-improvement']);
    expect(goalIssues({ ...valid, baselineFrom: '2026-01-01' })).toEqual(['baseline-period-order']);
    expect(goalIssues({ ...valid, deadline: '2025-06-01' })).toEqual(['deadline-before-baseline', 'milestone-after-deadline']);
    expect(goalIssues({ ...valid, ownerId: null })).toEqual(['owner-required-when-active']);
    expect(goalIssues({ ...valid, status: 'stopped', statusReason: ' ' })).toEqual(['reason-required']);
    expect(goalIssues({ ...valid, status: 'draft', ownerId: null })).toEqual([]);
  });
});

describe('goal set coverage', () => {
  it('counts active and draft team goals per domain and lists the gaps', () => {
    const coverage = goalSetCoverage([
      { status: 'active', scope: 'team', indicatorKind: 'prom' },
      { status: 'draft', scope: 'team', indicatorKind: 'clinical-outcome' },
      { status: 'stopped', scope: 'team', indicatorKind: 'prem' },
      { status: 'active', scope: 'team', indicatorKind: 'volume' },
      { status: 'active', scope: 'improvement-system', indicatorKind: null },
    ]);
    expect(coverage.covered).toEqual(['drom', 'prom']);
    expect(coverage.missing).toEqual(['prem', 'cost', 'process', 'staff']);
    expect(coverage.isComplete).toBe(false);
  });
});

describe('overdue logic', () => {
  it('an open or doing action past its due date is overdue; done, cancelled or undated never', () => {
    expect(isActionOverdue({ status: 'open', dueDate: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isActionOverdue({ status: 'doing', dueDate: '2026-03-02' }, '2026-03-02')).toBe(false);
    expect(isActionOverdue({ status: 'done', dueDate: '2026-01-01' }, '2026-03-02')).toBe(false);
    expect(isActionOverdue({ status: 'cancelled', dueDate: '2026-01-01' }, '2026-03-02')).toBe(false);
    expect(isActionOverdue({ status: 'open', dueDate: null }, '2026-03-02')).toBe(false);
  });

  it('lists actions due by a date, earliest first', () => {
    const actions = [
      { id: 'a', status: 'open' as const, dueDate: '2026-03-10' },
      { id: 'b', status: 'doing' as const, dueDate: '2026-02-01' },
      { id: 'c', status: 'done' as const, dueDate: '2026-02-01' },
      { id: 'd', status: 'open' as const, dueDate: '2026-04-01' },
    ];
    expect(actionsDueBy(actions, '2026-03-10').map((a) => a.id)).toEqual(['b', 'a']);
  });

  it('an active goal past its deadline is overdue; target met depends on the direction', () => {
    expect(isGoalOverdue({ status: 'active', deadline: '2026-01-01' }, '2026-01-02')).toBe(true);
    expect(isGoalOverdue({ status: 'achieved', deadline: '2026-01-01' }, '2026-01-02')).toBe(false);
    expect(isTargetMet('decrease', 7.9, 8)).toBe(true);
    expect(isTargetMet('increase', 7.9, 8)).toBe(false);
    expect(isTargetMet('increase', null, 8)).toBeNull();
  });
});

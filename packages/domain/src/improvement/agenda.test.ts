import { describe, expect, it } from 'vitest';
import { applyAgendaOverrides, generateAgenda, type AgendaAction, type AgendaGoalInput, type AgendaInput } from './agenda';

const goal = (id: string, extra: Partial<AgendaGoalInput> = {}): AgendaGoalInput => ({
  id,
  title: `Goal ${id}`,
  status: 'active',
  ownerId: 'u1',
  ownerName: 'An',
  indicatorName: 'Heropname',
  targetValue: 5,
  deadline: '2026-12-31',
  latest: { value: 6.1, period: '2026-02-01' },
  variation: 'common-cause',
  assurance: 'inconsistent',
  lastStatus: null,
  runningPdsa: [],
  ...extra,
});
const action = (id: string, extra: Partial<AgendaAction> = {}): AgendaAction => ({ id, title: `Action ${id}`, ownerName: 'Bo', dueDate: null, status: 'open', goalId: null, ...extra });

function input(extra: Partial<AgendaInput> = {}): AgendaInput {
  return {
    occurrence: { localDate: '2026-03-10', sequence: 1, previousLocalDate: '2026-02-10', overrides: {}, extraItems: [] },
    cells: [
      { meetingId: 'm', goalId: 'a', cadence: 'every' },
      { meetingId: 'm', goalId: 'b', cadence: 'every-nth', nth: 2 },
      { meetingId: 'm', goalId: 'c', cadence: 'every' },
      { meetingId: 'm', goalId: 'q', cadence: 'quarterly' },
    ],
    goals: [
      goal('a', { lastStatus: { progress: 'on-track', explanation: 'ok', nextStep: '', createdAt: '2026-02-20T10:00:00Z', authorName: 'An' } }),
      goal('b'),
      goal('c', { status: 'achieved' }),
      goal('q'),
    ],
    actions: [
      action('overdue', { dueDate: '2026-03-01', goalId: 'a' }),
      action('today', { dueDate: '2026-03-10' }),
      action('later', { dueDate: '2026-04-01', goalId: 'a' }),
      action('done', { dueDate: '2026-03-01', status: 'done', goalId: 'a' }),
    ],
    standingItems: ['Mededelingen'],
    ...extra,
  };
}

describe('generateAgenda', () => {
  it('puts the goals due (active, cadence due) between the opening and the standing items', () => {
    const agenda = generateAgenda(input());
    expect(agenda.map((i) => i.key)).toEqual(['opening', 'goal:a', 'actions-due', 'decisions', 'standing:0', 'learning', 'closing']);
  });

  it('every-nth goals and quarterly goals come on the agenda when due', () => {
    const agenda = generateAgenda(input({ occurrence: { localDate: '2026-04-14', sequence: 2, previousLocalDate: '2026-03-10', overrides: {}, extraItems: [] } }));
    expect(agenda.filter((i) => i.kind === 'goal').map((i) => i.key)).toEqual(['goal:a', 'goal:b', 'goal:q']);
  });

  it('attaches open actions to their goal, flags a missing status update and lists actions due with overdue marks', () => {
    const agenda = generateAgenda(input({ occurrence: { localDate: '2026-03-10', sequence: 2, previousLocalDate: '2026-02-24', overrides: {}, extraItems: [] } }));
    const a = agenda.find((i) => i.key === 'goal:a');
    const b = agenda.find((i) => i.key === 'goal:b');
    if (a?.kind !== 'goal' || b?.kind !== 'goal') throw new Error('goals missing');
    expect(a.openActions.map((x) => x.id)).toEqual(['overdue', 'later']);
    expect(a.statusMissing).toBe(true); // last status 20 Feb, before the previous meeting of 24 Feb
    expect(b.statusMissing).toBe(true);
    const due = agenda.find((i) => i.kind === 'actions-due');
    if (due?.kind !== 'actions-due') throw new Error('actions-due missing');
    expect(due.actions.map((x) => [x.id, x.overdue])).toEqual([
      ['overdue', true],
      ['today', false],
    ]);
  });

  it("applies the chair's order, hidden items and extra items", () => {
    const agenda = generateAgenda(
      input({
        occurrence: {
          localDate: '2026-03-10',
          sequence: 1,
          previousLocalDate: '2026-02-10',
          overrides: { order: ['learning', 'extra:x1', 'goal:gone'], hidden: ['standing:0', 'decisions'] },
          extraItems: [{ id: 'x1', title: 'Nieuwe richtlijn' }],
        },
      }),
    );
    expect(agenda.map((i) => i.key)).toEqual(['learning', 'extra:x1', 'opening', 'goal:a', 'actions-due', 'closing']);
  });

  it('applyAgendaOverrides keeps the generated order without overrides', () => {
    const items = [{ key: 'a' }, { key: 'b' }, { key: 'c' }];
    expect(applyAgendaOverrides(items, {})).toEqual(items);
    expect(applyAgendaOverrides(items, { order: ['c'] }).map((i) => i.key)).toEqual(['c', 'a', 'b']);
  });
});

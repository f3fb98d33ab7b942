import { describe, expect, it } from 'vitest';
import {
  canDecideRebase,
  canProposeRebase,
  confirmedPhaseStarts,
  cycleAnnotations,
  defaultRebaseFrom,
  periodIndexOf,
  phaseStartIndexes,
  phasesFromStarts,
  placeOnPeriods,
  rampSteps,
  wouldLoop,
  type PdsaCycleFacts,
} from './pdsa';

const cycle = (over: Partial<PdsaCycleFacts> & { id: string }): PdsaCycleFacts => ({
  title: over.id,
  status: 'running',
  parentId: null,
  startDate: '2026-02-10',
  checkDate: null,
  endDate: null,
  actOutcome: null,
  rebaseStatus: 'none',
  rebaseFrom: null,
  ...over,
});
const months = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01'];

describe('PDSA cycles → chart annotations and phases', () => {
  it('numbers cycles in their ramp and detects loops', () => {
    const cycles = [
      cycle({ id: 'a' }),
      cycle({ id: 'b', parentId: 'a' }),
      cycle({ id: 'c', parentId: 'b' }),
      cycle({ id: 'x', parentId: 'missing' }),
    ];
    expect(Object.fromEntries(rampSteps(cycles))).toEqual({ a: 1, b: 2, c: 3, x: 1 });
    expect(wouldLoop(cycles, 'a', 'c')).toBe(true);
    expect(wouldLoop(cycles, 'a', 'a')).toBe(true);
    expect(wouldLoop(cycles, 'c', 'a')).toBe(false);
    // A looping chain in stored data does not hang.
    expect(rampSteps([cycle({ id: 'p', parentId: 'q' }), cycle({ id: 'q', parentId: 'p' })]).get('p')).toBe(
      2,
    );
  });

  it('annotates each cycle at its start and a confirmed rebase at its phase start; cancelled cycles and open proposals are left out', () => {
    const cycles = [
      cycle({
        id: 'b',
        title: 'Tweede',
        parentId: 'a',
        startDate: '2026-03-15',
        endDate: '2026-04-10',
        actOutcome: 'adopt',
        rebaseStatus: 'confirmed',
        rebaseFrom: '2026-04-11',
      }),
      cycle({ id: 'a', title: 'Eerste', startDate: '2026-02-10', actOutcome: 'adapt', status: 'completed' }),
      cycle({ id: 'c', title: 'Gestopt', status: 'cancelled', startDate: '2026-01-05' }),
      cycle({
        id: 'd',
        title: 'Voorstel',
        startDate: '2026-05-02',
        actOutcome: 'adopt',
        rebaseStatus: 'proposed',
        rebaseFrom: '2026-05-20',
      }),
    ];
    expect(cycleAnnotations(cycles)).toEqual([
      { kind: 'pdsa', date: '2026-02-10', label: 'Eerste', cycleId: 'a', rampStep: 1 },
      { kind: 'pdsa', date: '2026-03-15', label: 'Tweede', cycleId: 'b', rampStep: 2 },
      { kind: 'rebase', date: '2026-04-11', label: 'Tweede', cycleId: 'b', rampStep: 2 },
      { kind: 'pdsa', date: '2026-05-02', label: 'Voorstel', cycleId: 'd', rampStep: 1 },
    ]);
    expect(confirmedPhaseStarts(cycles)).toEqual(['2026-04-11']);
  });

  it('places dates on the period containing them', () => {
    expect(periodIndexOf(months, '2025-12-31')).toBeNull();
    expect(periodIndexOf(months, '2026-01-01')).toBe(0);
    expect(periodIndexOf(months, '2026-03-31')).toBe(2);
    expect(periodIndexOf(months, '2026-09-01')).toBe(5);
    expect(periodIndexOf(months, '2026-09-01', '2026-07-01')).toBeNull();
    expect(periodIndexOf([], '2026-01-01')).toBeNull();
    const placed = placeOnPeriods(months, [
      { date: '2026-02-10', label: 'x' },
      { date: '2025-01-01', label: 'before' },
    ]);
    expect(placed).toEqual([{ date: '2026-02-10', label: 'x', index: 1 }]);
  });

  it('turns confirmed phase starts into phase boundaries at the next whole period', () => {
    expect(phaseStartIndexes(months, ['2026-04-01'])).toEqual([3]);
    expect(phaseStartIndexes(months, ['2026-04-11'])).toEqual([4]);
    expect(phaseStartIndexes(months, ['2025-01-01', '2026-01-01', '2026-06-15'])).toEqual([]);
    expect(phaseStartIndexes(months, ['2026-03-01', '2026-03-01', '2026-05-01'])).toEqual([2, 4]);
    expect(phasesFromStarts(6, [2, 4])).toEqual([0, 0, 1, 1, 2, 2]);
    expect(phasesFromStarts(3, [])).toEqual([0, 0, 0]);
  });

  it('proposes a rebase only after adopt, and decides it only with a reason', () => {
    expect(canProposeRebase({ actOutcome: 'adapt', rebaseStatus: 'none' })).toEqual({
      ok: false,
      code: 'NOT_ADOPTED',
    });
    expect(canProposeRebase({ actOutcome: 'adopt', rebaseStatus: 'none' })).toEqual({ ok: true });
    expect(canProposeRebase({ actOutcome: 'adopt', rebaseStatus: 'rejected' })).toEqual({ ok: true });
    expect(canProposeRebase({ actOutcome: 'adopt', rebaseStatus: 'proposed' })).toEqual({
      ok: false,
      code: 'ALREADY_PROPOSED',
    });
    expect(canProposeRebase({ actOutcome: 'adopt', rebaseStatus: 'confirmed' })).toEqual({
      ok: false,
      code: 'ALREADY_CONFIRMED',
    });
    expect(canDecideRebase({ rebaseStatus: 'none' }, 'omdat')).toEqual({ ok: false, code: 'NOT_PROPOSED' });
    expect(canDecideRebase({ rebaseStatus: 'proposed' }, '  ')).toEqual({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    expect(canDecideRebase({ rebaseStatus: 'proposed' }, 'Nieuwe werkwijze is standaard')).toEqual({
      ok: true,
    });
    expect(defaultRebaseFrom({ startDate: '2026-02-01', endDate: '2026-02-28' })).toBe('2026-03-01');
    expect(defaultRebaseFrom({ startDate: '2026-02-01', endDate: null })).toBe('2026-02-01');
  });
});

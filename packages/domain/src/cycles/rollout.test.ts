import { describe, expect, it } from 'vitest';
import { rolloutProgress, type RolloutFacts } from './rollout';

const none: RolloutFacts = {
  meetings: 0,
  improvementMeetings: 0,
  matrixCells: 0,
  improvementSystemGoals: 0,
  teamGoals: 0,
  teamGoalsWithOwner: 0,
  goalsInMatrix: 0,
  pdsaCycles: 0,
  heldOccurrences: 0,
  statusUpdates: 0,
  decisions: 0,
  actions: 0,
  a3Reports: 0,
  boardCards: 0,
  standardised: 0,
};

describe('roll-out progress', () => {
  it('a new team has done nothing; six steps in the seed order', () => {
    const steps = rolloutProgress(none);
    expect(steps.map((s) => s.step)).toEqual([
      'current-situation',
      'target-situation',
      'purpose',
      'process',
      'people',
      'embedding',
    ]);
    expect(steps.every((s) => !s.done)).toBe(true);
  });

  it('step 3 is done when the team has goals, each with an owner, each discussed in a meeting', () => {
    const purpose = (f: Partial<RolloutFacts>) => rolloutProgress({ ...none, ...f })[2]!;
    expect(purpose({ teamGoals: 2, teamGoalsWithOwner: 1, goalsInMatrix: 2 }).done).toBe(false);
    expect(
      purpose({ teamGoals: 2, teamGoalsWithOwner: 2, goalsInMatrix: 1 }).checks.map((c) => c.done),
    ).toEqual([true, true, false]);
    expect(purpose({ teamGoals: 2, teamGoalsWithOwner: 2, goalsInMatrix: 2 }).done).toBe(true);
  });
});

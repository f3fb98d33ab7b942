/**
 * The roll-out guide (seed 000 "Stappenplan inrichten verbetersysteem"): six steps with durations, roles
 * and checklists. Each checklist item is judged done from the team's own records, so progress is never
 * ticked by hand.
 */
export const ROLLOUT_STEPS = [
  'current-situation',
  'target-situation',
  'purpose',
  'process',
  'people',
  'embedding',
] as const;
export type RolloutStep = (typeof ROLLOUT_STEPS)[number];

/** What the team's records say (counted by the API). */
export interface RolloutFacts {
  meetings: number;
  improvementMeetings: number;
  matrixCells: number;
  improvementSystemGoals: number;
  teamGoals: number;
  teamGoalsWithOwner: number;
  /** Goals discussed in at least one meeting. */
  goalsInMatrix: number;
  pdsaCycles: number;
  heldOccurrences: number;
  statusUpdates: number;
  decisions: number;
  actions: number;
  a3Reports: number;
  boardCards: number;
  /** Standardised (adopted) cycles or cards in a done column. */
  standardised: number;
}

export interface RolloutCheck {
  key: string;
  done: boolean;
}

export interface RolloutStepProgress {
  step: RolloutStep;
  number: number;
  checks: RolloutCheck[];
  done: boolean;
}

/** Durations (weeks) and roles per step, as in the seed's plan; shown with the step. */
export const ROLLOUT_PLAN: Record<RolloutStep, { weeks: string; roles: readonly string[] }> = {
  'current-situation': { weeks: '3', roles: ['advisor', 'core-team'] },
  'target-situation': { weeks: '2', roles: ['advisor', 'core-team'] },
  purpose: { weeks: '4', roles: ['core-team', 'care-team', 'advisor'] },
  process: { weeks: '1 + 1', roles: ['core-team', 'chair', 'advisor'] },
  people: { weeks: '1 + 4', roles: ['chair', 'core-team', 'advisor'] },
  embedding: { weeks: '2', roles: ['core-team', 'quality-advisor', 'advisor'] },
};

/** The checklist of each step, judged from the facts. */
export function rolloutProgress(f: RolloutFacts): RolloutStepProgress[] {
  const checks: Record<RolloutStep, RolloutCheck[]> = {
    'current-situation': [
      { key: 'meetings-recorded', done: f.meetings > 0 },
      { key: 'matrix-filled', done: f.matrixCells > 0 },
    ],
    'target-situation': [{ key: 'system-goals', done: f.improvementSystemGoals > 0 }],
    purpose: [
      { key: 'team-goals', done: f.teamGoals > 0 },
      { key: 'owners', done: f.teamGoals > 0 && f.teamGoalsWithOwner === f.teamGoals },
      { key: 'goals-in-meetings', done: f.teamGoals > 0 && f.goalsInMatrix >= f.teamGoals },
    ],
    process: [
      { key: 'improvement-meeting', done: f.improvementMeetings > 0 },
      { key: 'meeting-held', done: f.heldOccurrences > 0 },
      { key: 'pdsa', done: f.pdsaCycles > 0 },
    ],
    people: [
      { key: 'status-updates', done: f.statusUpdates > 0 },
      { key: 'decisions-actions', done: f.decisions + f.actions > 0 },
      { key: 'improvement-ideas', done: f.boardCards > 0 || f.a3Reports > 0 },
    ],
    embedding: [
      { key: 'rhythm', done: f.heldOccurrences >= 3 },
      { key: 'standardised', done: f.standardised > 0 },
    ],
  };
  return ROLLOUT_STEPS.map((step, i) => ({
    step,
    number: i + 1,
    checks: checks[step],
    done: checks[step].every((c) => c.done),
  }));
}

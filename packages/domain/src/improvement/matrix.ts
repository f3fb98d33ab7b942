import type { Granularity } from '../indicators/types';
import { quarterOf } from './calendar-dates';
import type { MatrixCadence, MeetingType } from './types';

/**
 * The meeting × goal matrix (seed 000 step 1 and 4: "welke indicator wordt in welk overleg besproken",
 * "in de juiste frequentie"): cells, when a goal is due at an occurrence, and the warnings that make gaps
 * visible.
 */

export interface MatrixCell {
  meetingId: string;
  goalId: string;
  cadence: MatrixCadence;
  /** n for `every-nth` (≥ 2). */
  nth?: number | null | undefined;
}

/** Human-readable rule for cells; a cell is valid when `every-nth` has n ≥ 2 and the others have none. */
export function matrixCellIssue(cell: Pick<MatrixCell, 'cadence' | 'nth'>): 'nth-required' | 'nth-not-allowed' | null {
  if (cell.cadence === 'every-nth') return cell.nth !== null && cell.nth !== undefined && Number.isInteger(cell.nth) && cell.nth >= 2 ? null : 'nth-required';
  return cell.nth === null || cell.nth === undefined ? null : 'nth-not-allowed';
}

/**
 * Whether a goal with this cell is on the agenda of an occurrence: `every` always; `every-nth` when the
 * occurrence's sequence is a multiple of n (the first occurrence, then every n-th; an extra occurrence
 * without a sequence only carries `every` goals); `quarterly` at the first occurrence of each calendar
 * quarter (the previous occurrence lies in another quarter, or there is none).
 */
export function isGoalDue(
  cell: Pick<MatrixCell, 'cadence' | 'nth'>,
  occurrence: { localDate: string; sequence: number | null; previousLocalDate: string | null },
): boolean {
  switch (cell.cadence) {
    case 'every':
      return true;
    case 'every-nth':
      return occurrence.sequence !== null && occurrence.sequence % Math.max(1, cell.nth ?? 1) === 0;
    case 'quarterly':
      return occurrence.previousLocalDate === null || quarterOf(occurrence.previousLocalDate) !== quarterOf(occurrence.localDate);
  }
}

/** Days between discussions of a goal in a meeting with this cell, given the meeting's interval. */
export function discussionIntervalDays(cell: Pick<MatrixCell, 'cadence' | 'nth'>, meetingIntervalDays: number): number {
  switch (cell.cadence) {
    case 'every':
      return meetingIntervalDays;
    case 'every-nth':
      return meetingIntervalDays * Math.max(1, cell.nth ?? 1);
    case 'quarterly':
      return Math.max(meetingIntervalDays, QUARTER_DAYS);
  }
}

const QUARTER_DAYS = 365.25 / 4;

/** Days between new data points of an indicator with this period granularity. */
export function refreshIntervalDays(granularity: Granularity): number {
  switch (granularity) {
    case 'week':
      return 7;
    case 'month':
      return 365.25 / 12;
    case 'quarter':
      return QUARTER_DAYS;
  }
}

/**
 * How many goals fit in one occurrence of a meeting: about six minutes per goal for a status update and
 * dialogue, at least three (a 15-minute huddle still discusses a few goals).
 */
export function maxGoalsPerOccurrence(durationMinutes: number): number {
  return Math.max(3, Math.floor(durationMinutes / 6));
}

export interface MatrixMeeting {
  id: string;
  type: MeetingType;
  durationMinutes: number;
  /** Typical days between occurrences (see typicalIntervalDays); null when unknown. */
  intervalDays: number | null;
}

export interface MatrixGoal {
  id: string;
  /** Only active (and draft) goals are checked; achieved or stopped goals need no meeting. */
  status: 'draft' | 'active' | 'achieved' | 'stopped';
  /** The indicator's period granularity; null for a goal without an indicator. */
  granularity: Granularity | null;
}

export type MatrixWarning =
  | { code: 'goal-not-discussed'; goalId: string }
  | { code: 'goal-discussed-less-often-than-data'; goalId: string; discussionDays: number; refreshDays: number }
  | { code: 'goal-only-in-mdt'; goalId: string }
  | { code: 'meeting-too-many-goals'; meetingId: string; goalsPerOccurrence: number; max: number };

/**
 * The warnings of a matrix: an active goal discussed in no meeting; discussed less often than its data
 * refreshes (with 25 % slack for uneven month lengths); discussed only in MDT meetings (seed 000: a case
 * discussion is not an improvement meeting); and meetings expected to discuss more goals per occurrence
 * than fit (every-n-th cells count 1/n, quarterly cells by their share of the quarter).
 */
export function matrixWarnings(meetings: readonly MatrixMeeting[], goals: readonly MatrixGoal[], cells: readonly MatrixCell[]): MatrixWarning[] {
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  const warnings: MatrixWarning[] = [];
  for (const goal of goals) {
    if (goal.status !== 'active' && goal.status !== 'draft') continue;
    const goalCells = cells.filter((c) => c.goalId === goal.id && meetingById.has(c.meetingId));
    if (goalCells.length === 0) {
      if (goal.status === 'active') warnings.push({ code: 'goal-not-discussed', goalId: goal.id });
      continue;
    }
    if (goalCells.every((c) => meetingById.get(c.meetingId)?.type === 'mdt')) warnings.push({ code: 'goal-only-in-mdt', goalId: goal.id });
    if (goal.granularity) {
      const intervals = goalCells.flatMap((c) => {
        const days = meetingById.get(c.meetingId)?.intervalDays;
        return days ? [discussionIntervalDays(c, days)] : [];
      });
      const refreshDays = refreshIntervalDays(goal.granularity);
      const discussionDays = Math.min(...intervals);
      if (intervals.length > 0 && discussionDays > refreshDays * 1.25) {
        warnings.push({ code: 'goal-discussed-less-often-than-data', goalId: goal.id, discussionDays: Math.round(discussionDays), refreshDays: Math.round(refreshDays) });
      }
    }
  }
  const activeGoals = new Set(goals.filter((g) => g.status === 'active' || g.status === 'draft').map((g) => g.id));
  for (const meeting of meetings) {
    const load = cells
      .filter((c) => c.meetingId === meeting.id && activeGoals.has(c.goalId))
      .reduce((sum, c) => sum + (meeting.intervalDays ? meeting.intervalDays / discussionIntervalDays(c, meeting.intervalDays) : 1), 0);
    const max = maxGoalsPerOccurrence(meeting.durationMinutes);
    const goalsPerOccurrence = Math.round(load * 10) / 10;
    if (goalsPerOccurrence > max) warnings.push({ code: 'meeting-too-many-goals', meetingId: meeting.id, goalsPerOccurrence, max });
  }
  return warnings;
}

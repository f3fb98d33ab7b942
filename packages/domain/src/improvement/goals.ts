import { goalDomainCoverage, type GoalDomainCoverage } from '../indicators/coverage';
import type { ImprovementDirection, IndicatorKind } from '../indicators/types';
import type { ActionStatus, GoalMilestone, GoalScope, GoalStatus } from './types';

/**
 * Goals (seed 000 step 3, "Juiste doel- en indicatorbepaling"): a minimal set over six domains, SMART,
 * with an owner; case-mix is a filter, never a goal.
 */

/**
 * Coverage of the six domains by a team's goal set: goals that are draft or active and on an indicator
 * count (achieved/stopped goals and improvement-system goals do not).
 */
export function goalSetCoverage(goals: readonly { status: GoalStatus; scope: GoalScope; indicatorKind: IndicatorKind | null }[]): GoalDomainCoverage {
  return goalDomainCoverage(
    goals.flatMap((g) => ((g.status === 'active' || g.status === 'draft') && g.scope === 'team' && g.indicatorKind ? [g.indicatorKind] : [])),
  );
}

export type GoalIssue =
  | 'case-mix-indicator'
  | 'indicator-required'
  | 'target-not-improvement'
  | 'baseline-period-order'
  | 'deadline-before-baseline'
  | 'milestone-after-deadline'
  | 'owner-required-when-active'
  | 'reason-required';

export interface GoalCheckInput {
  scope: GoalScope;
  status: GoalStatus;
  statusReason: string;
  ownerId: string | null;
  direction: ImprovementDirection;
  baselineValue: number | null;
  baselineFrom: string | null;
  baselineTo: string | null;
  targetValue: number | null;
  deadline: string | null;
  milestones: readonly GoalMilestone[];
  /** The goal's indicator: its observation code is compared with the team's case-mix variables. */
  indicator: { observationCode: string } | null;
  /** Codes of the case-mix variables of the team's outcome sets. */
  caseMixCodes: ReadonlySet<string>;
}

/**
 * What is wrong with a goal, by stable code (empty = fine):
 * - a goal on a case-mix variable (seed 000: "Casemix … Hier is geen doel op te stellen");
 * - a team goal without an indicator;
 * - a target that is no improvement on the baseline in the goal's direction;
 * - baseline period or deadline in the wrong order, milestones after the deadline;
 * - an active goal without an owner (seed 000: "per doel is er een eigenaar benoemd");
 * - a stopped or achieved goal without a reason.
 */
export function goalIssues(goal: GoalCheckInput): GoalIssue[] {
  const issues: GoalIssue[] = [];
  if (goal.indicator && goal.caseMixCodes.has(goal.indicator.observationCode)) issues.push('case-mix-indicator');
  if (goal.scope === 'team' && !goal.indicator) issues.push('indicator-required');
  if (goal.baselineValue !== null && goal.targetValue !== null) {
    const better =
      goal.direction === 'increase' ? goal.targetValue > goal.baselineValue : goal.direction === 'decrease' ? goal.targetValue < goal.baselineValue : true;
    if (!better) issues.push('target-not-improvement');
  }
  if (goal.baselineFrom && goal.baselineTo && goal.baselineFrom > goal.baselineTo) issues.push('baseline-period-order');
  if (goal.deadline && goal.baselineTo && goal.deadline <= goal.baselineTo) issues.push('deadline-before-baseline');
  if (goal.deadline && goal.milestones.some((m) => m.date > (goal.deadline as string))) issues.push('milestone-after-deadline');
  if (goal.status === 'active' && !goal.ownerId) issues.push('owner-required-when-active');
  if ((goal.status === 'stopped' || goal.status === 'achieved') && !goal.statusReason.trim()) issues.push('reason-required');
  return issues;
}

/** An active goal whose deadline has passed (the team should judge it achieved or stop it). */
export function isGoalOverdue(goal: { status: GoalStatus; deadline: string | null }, today: string): boolean {
  return goal.status === 'active' && goal.deadline !== null && goal.deadline < today;
}

/** Whether the latest value meets the target in the goal's direction (null when either is unknown). */
export function isTargetMet(direction: ImprovementDirection, latest: number | null, target: number | null): boolean | null {
  if (latest === null || target === null) return null;
  if (direction === 'increase') return latest >= target;
  if (direction === 'decrease') return latest <= target;
  return latest === target;
}

/** An action still to be done (open or doing) whose due date lies before `today`. */
export function isActionOverdue(action: { status: ActionStatus; dueDate: string | null }, today: string): boolean {
  return (action.status === 'open' || action.status === 'doing') && action.dueDate !== null && action.dueDate < today;
}

/** Actions still to be done that are due on or before `date` (overdue first, then by due date). */
export function actionsDueBy<T extends { status: ActionStatus; dueDate: string | null }>(actions: readonly T[], date: string): T[] {
  return actions
    .filter((a) => (a.status === 'open' || a.status === 'doing') && a.dueDate !== null && a.dueDate <= date)
    .sort((a, b) => (a.dueDate as string).localeCompare(b.dueDate as string));
}

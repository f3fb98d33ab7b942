import { actionsDueBy, isActionOverdue } from './goals';
import { isGoalDue, type MatrixCell } from './matrix';
import type { ActionStatus, AgendaOverrides, ExtraAgendaItem, GoalProgress } from './types';

/**
 * The generated agenda of a meeting occurrence (seed 000 step 4: a fixed agenda; issue 6: the goals
 * due from the matrix, each with its latest value, icons, the owner's last status, open actions and
 * running PDSA cycles; plus standing items). The chair's overrides reorder, hide and add items.
 */

export interface AgendaAction {
  id: string;
  title: string;
  ownerName: string | null;
  dueDate: string | null;
  status: ActionStatus;
  goalId: string | null;
}

export interface AgendaGoalInput {
  id: string;
  title: string;
  status: 'draft' | 'active' | 'achieved' | 'stopped';
  ownerId: string | null;
  ownerName: string | null;
  indicatorName: string | null;
  targetValue: number | null;
  deadline: string | null;
  /** Latest value of the indicator and its period. */
  latest: { value: number; period: string } | null;
  /** SPC icons of the indicator (variation / assurance codes of the statistics engine). */
  variation: string | null;
  assurance: string | null;
  lastStatus: { progress: GoalProgress; explanation: string; nextStep: string; createdAt: string; authorName: string | null } | null;
  runningPdsa: { id: string; title: string; checkDate: string | null }[];
}

export type AgendaItem =
  | { key: 'opening'; kind: 'opening' }
  | {
      key: `goal:${string}`;
      kind: 'goal';
      goal: AgendaGoalInput;
      openActions: AgendaAction[];
      /** The owner has not posted a status since the previous occurrence. */
      statusMissing: boolean;
    }
  | { key: 'actions-due'; kind: 'actions-due'; actions: (AgendaAction & { overdue: boolean })[] }
  | { key: 'decisions'; kind: 'decisions' }
  | { key: 'learning'; kind: 'learning' }
  | { key: `standing:${number}`; kind: 'standing'; title: string }
  | { key: `extra:${string}`; kind: 'extra'; item: ExtraAgendaItem }
  | { key: 'closing'; kind: 'closing' };

export interface AgendaInput {
  occurrence: {
    localDate: string;
    sequence: number | null;
    /** The meeting's previous occurrence's local date (null for the first). */
    previousLocalDate: string | null;
    overrides: AgendaOverrides;
    extraItems: readonly ExtraAgendaItem[];
  };
  /** The meeting's matrix cells, in agenda order (position). */
  cells: readonly MatrixCell[];
  goals: readonly AgendaGoalInput[];
  /** The team's actions (any status); open ones are filtered here. */
  actions: readonly AgendaAction[];
  /** The meeting's own standing items (free text) of its fixed agenda. */
  standingItems: readonly string[];
}

/** The goals on an occurrence's agenda: active goals whose cell is due, in cell order. */
export function goalsDue(input: Pick<AgendaInput, 'occurrence' | 'cells' | 'goals'>): AgendaGoalInput[] {
  const byId = new Map(input.goals.map((g) => [g.id, g]));
  return input.cells.flatMap((cell) => {
    const goal = byId.get(cell.goalId);
    return goal && goal.status === 'active' && isGoalDue(cell, input.occurrence) ? [goal] : [];
  });
}

/**
 * The agenda: opening (attendance), the goals due (performance dialogue), actions due by this date
 * (overdue flagged), decisions to take, the meeting's standing items, the learning moment (successes
 * and obstacles), the chair's extra items, closing — then the chair's order and hidden keys applied.
 */
export function generateAgenda(input: AgendaInput): AgendaItem[] {
  const { occurrence } = input;
  const open = input.actions.filter((a) => a.status === 'open' || a.status === 'doing');
  const items: AgendaItem[] = [{ key: 'opening', kind: 'opening' }];
  for (const goal of goalsDue(input)) {
    const lastStatusDate = goal.lastStatus?.createdAt.slice(0, 10) ?? null;
    items.push({
      key: `goal:${goal.id}`,
      kind: 'goal',
      goal,
      openActions: open.filter((a) => a.goalId === goal.id),
      statusMissing: lastStatusDate === null || (occurrence.previousLocalDate !== null && lastStatusDate < occurrence.previousLocalDate),
    });
  }
  const due = actionsDueBy(open, occurrence.localDate).map((a) => ({ ...a, overdue: isActionOverdue(a, occurrence.localDate) }));
  items.push({ key: 'actions-due', kind: 'actions-due', actions: due });
  items.push({ key: 'decisions', kind: 'decisions' });
  input.standingItems.forEach((title, index) => items.push({ key: `standing:${index}`, kind: 'standing', title }));
  items.push({ key: 'learning', kind: 'learning' });
  for (const item of occurrence.extraItems) items.push({ key: `extra:${item.id}`, kind: 'extra', item });
  items.push({ key: 'closing', kind: 'closing' });
  return applyAgendaOverrides(items, occurrence.overrides);
}

/**
 * Applies the chair's changes: hidden keys are left out; keys named in `order` come first in that
 * order, the rest keep their generated order after them. Unknown keys are ignored (a goal that is no
 * longer due simply drops out).
 */
export function applyAgendaOverrides<T extends { key: string }>(items: readonly T[], overrides: AgendaOverrides): T[] {
  const hidden = new Set(overrides.hidden ?? []);
  const visible = items.filter((i) => !hidden.has(i.key));
  const rank = new Map((overrides.order ?? []).map((key, index) => [key, index]));
  return visible
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (rank.get(a.item.key) ?? rank.size + a.index) - (rank.get(b.item.key) ?? rank.size + b.index))
    .map(({ item }) => item);
}

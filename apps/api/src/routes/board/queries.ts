import { and, asc, eq, inArray, max, ne, sql } from 'drizzle-orm';
import type { Board, BoardItem, MoveBoardItemRequest } from '@leerlus/contracts/cycles';
import { schema, type Executor } from '@leerlus/db';
import {
  DEFAULT_COLUMN_LABELS,
  moveWithin,
  placeItems,
  type BoardItemFacts,
} from '@leerlus/domain/cycles/board';
import { DEFAULT_BOARD_COLUMNS } from '@leerlus/domain/improvement/types';
import type { Team } from '../../access/team-scope';
import { notFound } from '../../http/errors';
import { peopleById, personOf } from '../pdsa/records';

const { boardColumns, improvementCards, actions, pdsaCycles, goals } = schema;
export type ColumnRow = typeof boardColumns.$inferSelect;

/** The team's columns; a team without any gets the default five (idempotent under concurrency). */
export async function ensureColumns(tx: Executor, team: Team): Promise<ColumnRow[]> {
  const existing = await tx
    .select()
    .from(boardColumns)
    .where(eq(boardColumns.teamId, team.id))
    .orderBy(asc(boardColumns.position));
  if (existing.length > 0) return existing;
  await tx
    .insert(boardColumns)
    .values(
      DEFAULT_BOARD_COLUMNS.map((key, position) => ({
        teamId: team.id,
        key,
        labelNl: DEFAULT_COLUMN_LABELS[key].nl,
        labelEn: DEFAULT_COLUMN_LABELS[key].en,
        isDone: DEFAULT_COLUMN_LABELS[key].isDone,
        position,
      })),
    )
    .onConflictDoNothing();
  return tx
    .select()
    .from(boardColumns)
    .where(eq(boardColumns.teamId, team.id))
    .orderBy(asc(boardColumns.position));
}

/** The team's column, or a 404. */
export async function columnOfTeam(tx: Executor, team: Team, columnId: string): Promise<ColumnRow> {
  const column = (await ensureColumns(tx, team)).find((c) => c.id === columnId);
  if (!column) throw notFound('Board column');
  return column;
}

/** The next free position at the end of a column (for new cards). */
export async function endOfColumn(tx: Executor, columnId: string): Promise<number> {
  const [row] = await tx
    .select({ last: max(improvementCards.position) })
    .from(improvementCards)
    .where(eq(improvementCards.columnId, columnId));
  return (row?.last ?? -1) + 1;
}

type Facts = BoardItemFacts & Omit<BoardItem, 'columnId' | 'position'>;

/** The team's board: columns with cards, actions and PDSA cycles, filtered by goal and owner. */
export async function loadBoard(
  tx: Executor,
  team: Team,
  filter: { goalId?: string | undefined; ownerId?: string | undefined } = {},
): Promise<Board> {
  const columns = await ensureColumns(tx, team);
  const [cards, actionRows, cycleRows] = await Promise.all([
    tx
      .select()
      .from(improvementCards)
      .where(
        and(
          eq(improvementCards.teamId, team.id),
          filter.goalId ? eq(improvementCards.goalId, filter.goalId) : undefined,
          filter.ownerId ? eq(improvementCards.ownerId, filter.ownerId) : undefined,
        ),
      ),
    tx
      .select()
      .from(actions)
      .where(
        and(
          eq(actions.teamId, team.id),
          ne(actions.status, 'cancelled'),
          filter.goalId ? eq(actions.goalId, filter.goalId) : undefined,
          filter.ownerId ? eq(actions.ownerId, filter.ownerId) : undefined,
        ),
      ),
    tx
      .select()
      .from(pdsaCycles)
      .where(
        and(
          eq(pdsaCycles.teamId, team.id),
          ne(pdsaCycles.status, 'cancelled'),
          filter.goalId ? eq(pdsaCycles.goalId, filter.goalId) : undefined,
          filter.ownerId ? eq(pdsaCycles.ownerId, filter.ownerId) : undefined,
        ),
      ),
  ]);
  const goalIds = [
    ...new Set(
      [...cards, ...actionRows, ...cycleRows].map((r) => r.goalId).filter((g): g is string => g !== null),
    ),
  ];
  const goalRows =
    goalIds.length === 0
      ? []
      : await tx.select({ id: goals.id, title: goals.title }).from(goals).where(inArray(goals.id, goalIds));
  const goalById = new Map(goalRows.map((g) => [g.id, g]));
  const people = await peopleById(
    tx,
    [...cards, ...actionRows, ...cycleRows].map((r) => r.ownerId),
  );
  const goalOf = (id: string | null) => (id ? (goalById.get(id) ?? null) : null);
  const items: Facts[] = [
    ...cards.map((c) => ({
      kind: 'card' as const,
      id: c.id,
      columnId: c.columnId,
      position: c.position,
      createdAt: c.createdAt.toISOString(),
      title: c.problem,
      detail: c.idea,
      owner: personOf(people, c.ownerId),
      goal: goalOf(c.goalId),
      date: c.cardDate,
      status: null,
    })),
    ...actionRows.map((a) => ({
      kind: 'action' as const,
      id: a.id,
      columnId: a.boardColumnId,
      position: a.boardPosition,
      createdAt: a.createdAt.toISOString(),
      actionStatus: a.status,
      title: a.title,
      detail: a.description,
      owner: personOf(people, a.ownerId),
      goal: goalOf(a.goalId),
      date: a.dueDate,
      status: a.status,
    })),
    ...cycleRows.map((p) => ({
      kind: 'pdsa' as const,
      id: p.id,
      columnId: p.boardColumnId,
      position: p.boardPosition,
      createdAt: p.createdAt.toISOString(),
      pdsaStatus: p.status,
      pdsaOutcome: p.actOutcome,
      title: p.title,
      detail: p.changeIdea,
      owner: personOf(people, p.ownerId),
      goal: goalOf(p.goalId),
      date: p.checkDate,
      status: p.status,
    })),
  ];
  const placed = placeItems(columns, items);
  return {
    teamId: team.id,
    columns: columns.map((c) => ({
      id: c.id,
      key: c.key,
      labelNl: c.labelNl,
      labelEn: c.labelEn,
      position: c.position,
      isDone: c.isDone,
      wipLimit: c.wipLimit,
      items: (placed.get(c.id) ?? []).map((i, position) => ({
        kind: i.kind,
        id: i.id,
        columnId: c.id,
        position,
        title: i.title,
        detail: i.detail,
        owner: i.owner,
        goal: i.goal,
        date: i.date,
        status: i.status,
      })),
    })),
  };
}

/** Moves an item to a position in a column and stores the column's new dense order (one update per kind). */
export async function moveItem(tx: Executor, team: Team, move: MoveBoardItemRequest): Promise<void> {
  const board = await loadBoard(tx, team);
  const target = board.columns.find((c) => c.id === move.columnId);
  if (!target) throw notFound('Board column');
  if (!board.columns.some((c) => c.items.some((i) => i.kind === move.kind && i.id === move.id)))
    throw notFound('Board item');
  const order = moveWithin(target.items, { kind: move.kind, id: move.id }, move.position);
  const positions = (kind: string) =>
    order.map((i, position) => ({ ...i, position })).filter((i) => i.kind === kind);
  const caseOf = (rows: { id: string; position: number }[]) =>
    sql.join([sql`case`, ...rows.map((r) => sql`when id = ${r.id} then ${r.position}`), sql`end`], sql` `);
  const cardPositions = positions('card');
  if (cardPositions.length > 0) {
    await tx
      .update(improvementCards)
      .set({ columnId: target.id, position: sql`(${caseOf(cardPositions)})::int`, updatedAt: sql`now()` })
      .where(
        and(
          eq(improvementCards.teamId, team.id),
          inArray(
            improvementCards.id,
            cardPositions.map((r) => r.id),
          ),
        ),
      );
  }
  const actionPositions = positions('action');
  if (actionPositions.length > 0) {
    await tx
      .update(actions)
      .set({
        boardColumnId: target.id,
        boardPosition: sql`(${caseOf(actionPositions)})::int`,
        updatedAt: sql`now()`,
      })
      .where(
        and(
          eq(actions.teamId, team.id),
          inArray(
            actions.id,
            actionPositions.map((r) => r.id),
          ),
        ),
      );
  }
  const cyclePositions = positions('pdsa');
  if (cyclePositions.length > 0) {
    await tx
      .update(pdsaCycles)
      .set({
        boardColumnId: target.id,
        boardPosition: sql`(${caseOf(cyclePositions)})::int`,
        updatedAt: sql`now()`,
      })
      .where(
        and(
          eq(pdsaCycles.teamId, team.id),
          inArray(
            pdsaCycles.id,
            cyclePositions.map((r) => r.id),
          ),
        ),
      );
  }
}

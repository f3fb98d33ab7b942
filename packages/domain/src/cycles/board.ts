import type { ActionStatus, PdsaOutcome, PdsaStatus } from '../improvement/types';
import { DEFAULT_BOARD_COLUMNS } from '../improvement/types';

/**
 * The improvement board (seed 000 "verbeterbord"): a kanban per team of improvement cards, actions and
 * PDSA cycles. Cards always sit in a column; actions and cycles sit where they were moved, or else where
 * their status puts them. Moving reorders the target column densely (0, 1, 2, …).
 */
export type BoardItemKind = 'card' | 'action' | 'pdsa';
export const BOARD_ITEM_KINDS = ['card', 'action', 'pdsa'] as const satisfies readonly BoardItemKind[];

export interface BoardColumnFacts {
  id: string;
  key: string;
  position: number;
}

export interface BoardItemFacts {
  kind: BoardItemKind;
  id: string;
  /** Explicit placement; null = by status. */
  columnId: string | null;
  position: number | null;
  /** For ordering within a column when positions tie or are absent. */
  createdAt: string;
  actionStatus?: ActionStatus | undefined;
  pdsaStatus?: PdsaStatus | undefined;
  pdsaOutcome?: PdsaOutcome | null | undefined;
}

export const DEFAULT_COLUMN_LABELS: Record<
  (typeof DEFAULT_BOARD_COLUMNS)[number],
  { nl: string; en: string; isDone: boolean }
> = {
  ideas: { nl: 'Ideeën', en: 'Ideas', isDone: false },
  todo: { nl: 'Te doen', en: 'To do', isDone: false },
  doing: { nl: 'Bezig', en: 'Doing', isDone: false },
  done: { nl: 'Klaar', en: 'Done', isDone: true },
  standardised: { nl: 'Gestandaardiseerd', en: 'Standardised', isDone: true },
};

/** The default column key of an item placed by its status; null = not on the board (cancelled). */
export function statusColumnKey(
  item: Pick<BoardItemFacts, 'kind' | 'actionStatus' | 'pdsaStatus' | 'pdsaOutcome'>,
): string | null {
  if (item.kind === 'action') {
    switch (item.actionStatus) {
      case 'doing':
        return 'doing';
      case 'done':
        return 'done';
      case 'cancelled':
        return null;
      default:
        return 'todo';
    }
  }
  if (item.kind === 'pdsa') {
    switch (item.pdsaStatus) {
      case 'running':
        return 'doing';
      case 'completed':
        return item.pdsaOutcome === 'adopt' ? 'standardised' : 'done';
      case 'cancelled':
        return null;
      default:
        return 'todo';
    }
  }
  return 'ideas';
}

/**
 * The column of each item: its own placement when that column exists; else the column of its status
 * (by key), else the first column. Cancelled actions and cycles are left off.
 */
export function placeItems<T extends BoardItemFacts>(
  columns: readonly BoardColumnFacts[],
  items: readonly T[],
): Map<string, T[]> {
  const ordered = [...columns].sort((a, b) => a.position - b.position);
  const byId = new Map(ordered.map((c) => [c.id, c]));
  const byKey = new Map(ordered.map((c) => [c.key, c]));
  const out = new Map<string, T[]>(ordered.map((c) => [c.id, []]));
  if (ordered.length === 0) return out;
  for (const item of items) {
    const key = statusColumnKey(item);
    if (item.kind !== 'card' && key === null) continue;
    const column =
      (item.columnId ? byId.get(item.columnId) : undefined) ??
      (key ? byKey.get(key) : undefined) ??
      ordered[0]!;
    out.get(column.id)!.push(item);
  }
  for (const list of out.values()) {
    list.sort(
      (a, b) =>
        (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) ||
        a.createdAt.localeCompare(b.createdAt) ||
        a.id.localeCompare(b.id),
    );
  }
  return out;
}

export interface ItemRef {
  kind: BoardItemKind;
  id: string;
}

/**
 * The target column's items after moving `moved` to `position` (clamped) in it: the new dense order.
 * The moved item is taken out first, so moving within a column reorders it.
 */
export function moveWithin(target: readonly ItemRef[], moved: ItemRef, position: number): ItemRef[] {
  const rest = target.filter((i) => !(i.kind === moved.kind && i.id === moved.id));
  const at = Math.max(0, Math.min(Math.trunc(position), rest.length));
  return [...rest.slice(0, at), moved, ...rest.slice(at)];
}

/** The keyboard alternative to drag and drop: the column and position after a left/right/up/down step. */
export function stepMove(
  columns: readonly { id: string; items: readonly ItemRef[] }[],
  item: ItemRef,
  direction: 'left' | 'right' | 'up' | 'down',
): { columnId: string; position: number } | null {
  const c = columns.findIndex((col) => col.items.some((i) => i.kind === item.kind && i.id === item.id));
  if (c < 0) return null;
  const index = columns[c]!.items.findIndex((i) => i.kind === item.kind && i.id === item.id);
  switch (direction) {
    case 'up':
      return index > 0 ? { columnId: columns[c]!.id, position: index - 1 } : null;
    case 'down':
      return index < columns[c]!.items.length - 1 ? { columnId: columns[c]!.id, position: index + 1 } : null;
    case 'left':
    case 'right': {
      const next = columns[c + (direction === 'left' ? -1 : 1)];
      return next ? { columnId: next.id, position: Math.min(index, next.items.length) } : null;
    }
  }
}

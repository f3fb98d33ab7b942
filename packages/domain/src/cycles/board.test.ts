import { describe, expect, it } from 'vitest';
import { moveWithin, placeItems, statusColumnKey, stepMove, type BoardItemFacts } from './board';

const columns = ['ideas', 'todo', 'doing', 'done', 'standardised'].map((key, position) => ({
  id: `c-${key}`,
  key,
  position,
}));
const item = (over: Partial<BoardItemFacts> & Pick<BoardItemFacts, 'kind' | 'id'>): BoardItemFacts => ({
  columnId: null,
  position: null,
  createdAt: '2026-01-01T00:00:00Z',
  ...over,
});

describe('improvement board', () => {
  it('places actions and cycles by status unless moved; cancelled ones are left off', () => {
    expect(statusColumnKey({ kind: 'action', actionStatus: 'open' })).toBe('todo');
    expect(statusColumnKey({ kind: 'pdsa', pdsaStatus: 'completed', pdsaOutcome: 'adopt' })).toBe(
      'standardised',
    );
    expect(statusColumnKey({ kind: 'pdsa', pdsaStatus: 'completed', pdsaOutcome: 'abandon' })).toBe('done');
    const placed = placeItems(columns, [
      item({ kind: 'action', id: 'a1', actionStatus: 'doing' }),
      item({ kind: 'action', id: 'a2', actionStatus: 'cancelled' }),
      item({ kind: 'action', id: 'a3', actionStatus: 'open', columnId: 'c-ideas', position: 1 }),
      item({ kind: 'card', id: 'k1', columnId: 'c-ideas', position: 0 }),
      item({ kind: 'pdsa', id: 'p1', pdsaStatus: 'running' }),
      item({ kind: 'card', id: 'k2', columnId: 'c-gone', position: 0 }),
    ]);
    const ids = (key: string) => placed.get(`c-${key}`)!.map((i) => i.id);
    expect(ids('ideas')).toEqual(['k1', 'k2', 'a3']);
    expect(ids('doing')).toEqual(['a1', 'p1']);
    expect(ids('todo')).toEqual([]);
  });

  it('moves an item to a position, reordering densely', () => {
    const target = [
      { kind: 'card' as const, id: 'x' },
      { kind: 'card' as const, id: 'y' },
    ];
    expect(moveWithin(target, { kind: 'action', id: 'a' }, 1).map((i) => i.id)).toEqual(['x', 'a', 'y']);
    expect(moveWithin(target, { kind: 'card', id: 'x' }, 5).map((i) => i.id)).toEqual(['y', 'x']);
    expect(moveWithin(target, { kind: 'card', id: 'y' }, -3).map((i) => i.id)).toEqual(['y', 'x']);
  });

  it('steps an item with the keyboard: up/down within, left/right across columns, nothing past the edges', () => {
    const cols = [
      {
        id: 'c1',
        items: [
          { kind: 'card' as const, id: 'a' },
          { kind: 'card' as const, id: 'b' },
        ],
      },
      { id: 'c2', items: [{ kind: 'card' as const, id: 'c' }] },
    ];
    expect(stepMove(cols, { kind: 'card', id: 'b' }, 'up')).toEqual({ columnId: 'c1', position: 0 });
    expect(stepMove(cols, { kind: 'card', id: 'a' }, 'up')).toBeNull();
    expect(stepMove(cols, { kind: 'card', id: 'a' }, 'down')).toEqual({ columnId: 'c1', position: 1 });
    expect(stepMove(cols, { kind: 'card', id: 'b' }, 'right')).toEqual({ columnId: 'c2', position: 1 });
    expect(stepMove(cols, { kind: 'card', id: 'c' }, 'right')).toBeNull();
    expect(stepMove(cols, { kind: 'card', id: 'c' }, 'left')).toEqual({ columnId: 'c1', position: 0 });
    expect(stepMove(cols, { kind: 'card', id: 'zz' }, 'left')).toBeNull();
  });
});

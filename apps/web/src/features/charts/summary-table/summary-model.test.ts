import { describe, expect, it } from 'vitest';
import { filterRows, nextSort, sortRows, type FilterChip } from './summary-model';
import { ROWS } from './testing-rows';

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
const chips = (...c: FilterChip[]) => new Set(c);

describe('sortRows', () => {
  it('sorts names in the language’s collation, ignoring accents', () => {
    expect(ids(sortRows(ROWS, { key: 'name', direction: 'ascending' }, 'nl'))).toEqual([
      'e',
      'b',
      'c',
      'd',
      'a',
    ]);
    expect(ids(sortRows(ROWS, { key: 'name', direction: 'descending' }, 'nl'))).toEqual([
      'a',
      'd',
      'c',
      'b',
      'e',
    ]);
  });

  it('puts what needs attention first when sorting by icon', () => {
    expect(ids(sortRows(ROWS, { key: 'variation', direction: 'ascending' }, 'nl'))).toEqual([
      'e',
      'b',
      'd',
      'c',
      'a',
    ]);
    expect(ids(sortRows(ROWS, { key: 'assurance', direction: 'ascending' }, 'nl'))).toEqual([
      'b',
      'e',
      'c',
      'a',
      'd',
    ]);
  });

  it('keeps rows without a value last in both directions', () => {
    expect(ids(sortRows(ROWS, { key: 'target', direction: 'ascending' }, 'nl')).at(-1)).toBe('d');
    expect(ids(sortRows(ROWS, { key: 'target', direction: 'descending' }, 'nl')).at(-1)).toBe('d');
    expect(ids(sortRows(ROWS, { key: 'lastUpdated', direction: 'descending' }, 'nl'))).toEqual([
      'c',
      'a',
      'b',
      'e',
      'd',
    ]);
  });

  it('sorts numbers numerically', () => {
    expect(ids(sortRows(ROWS, { key: 'n', direction: 'ascending' }, 'nl'))).toEqual([
      'd',
      'b',
      'e',
      'a',
      'c',
    ]);
    expect(ids(sortRows(ROWS, { key: 'latest', direction: 'descending' }, 'nl'))).toEqual([
      'd',
      'b',
      'c',
      'a',
      'e',
    ]);
  });

  it('does not change the input', () => {
    const copy = [...ROWS];
    sortRows(ROWS, { key: 'n', direction: 'descending' }, 'nl');
    expect(ROWS).toEqual(copy);
  });
});

describe('filterRows', () => {
  it('matches the text in name or team, ignoring case and accents', () => {
    expect(ids(filterRows(ROWS, 'borst', chips()))).toEqual(['c', 'd']);
    expect(ids(filterRows(ROWS, 'ernstige', chips()))).toEqual(['e']);
    expect(ids(filterRows(ROWS, '  ', chips()))).toHaveLength(5);
  });

  it('widens within a kind of chip and narrows across kinds', () => {
    expect(ids(filterRows(ROWS, '', chips('concern')))).toEqual(['b', 'e']);
    expect(ids(filterRows(ROWS, '', chips('concern', 'improvement')))).toEqual(['a', 'b', 'e']);
    expect(ids(filterRows(ROWS, '', chips('concern', 'fail')))).toEqual(['b']);
    expect(ids(filterRows(ROWS, '', chips('fail', 'inconsistent')))).toEqual(['b', 'c', 'e']);
    expect(ids(filterRows(ROWS, 'heup', chips('concern')))).toEqual(['b']);
  });
});

describe('nextSort', () => {
  it('starts a new column ascending and flips the current one', () => {
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'n')).toEqual({
      key: 'n',
      direction: 'ascending',
    });
    expect(nextSort({ key: 'n', direction: 'ascending' }, 'n')).toEqual({
      key: 'n',
      direction: 'descending',
    });
    expect(nextSort({ key: 'n', direction: 'descending' }, 'n')).toEqual({
      key: 'n',
      direction: 'ascending',
    });
  });
});

import type { Assurance } from '../icons/assurance-icon';
import type { Variation } from '../icons/variation-icon';

/** One row of the summary icon table: an indicator (optionally of one team) and its latest SPC state. */
export interface SummaryRow {
  id: string;
  name: string;
  team?: string | null;
  /** Shown after the value, e.g. "%" or "dagen". */
  unit?: string | null;
  latest: number | null;
  target: number | null;
  variation: Variation;
  assurance: Assurance | null;
  /** Number of points in the chart. */
  n: number;
  /** ISO date or timestamp of the latest data. */
  lastUpdated: string | null;
  /** Fixed decimals for latest and target; by default precision follows the magnitude. */
  decimals?: number;
  /** Data completeness 0..1 (null: nothing expected); the column shows when any row has the field. */
  completeness?: number | null;
}

export type SortKey =
  'name' | 'latest' | 'target' | 'variation' | 'assurance' | 'n' | 'completeness' | 'lastUpdated';
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

export type FilterChip = 'concern' | 'improvement' | 'fail' | 'inconsistent';
export const FILTER_CHIPS: readonly FilterChip[] = ['concern', 'improvement', 'fail', 'inconsistent'];

/**
 * Icon order for sorting: what needs attention first. Concerns, then neutral special causes, then common
 * cause, then improvements; for assurance: fails, inconsistent, passes.
 */
const VARIATION_RANK: Record<Variation, number> = {
  'concern-high': 0,
  'concern-low': 0,
  'neutral-high': 1,
  'neutral-low': 1,
  common: 2,
  'improvement-high': 3,
  'improvement-low': 3,
};
const ASSURANCE_RANK: Record<Assurance, number> = { fail: 0, inconsistent: 1, pass: 2 };

function sortValue(row: SummaryRow, key: SortKey): number | string | null {
  switch (key) {
    case 'name':
      return row.team ? `${row.name} ${row.team}` : row.name;
    case 'variation':
      return VARIATION_RANK[row.variation];
    case 'assurance':
      return row.assurance === null ? null : ASSURANCE_RANK[row.assurance];
    case 'lastUpdated':
      return row.lastUpdated === null ? null : Date.parse(row.lastUpdated);
    case 'completeness':
      return row.completeness ?? null;
    case 'latest':
    case 'target':
    case 'n':
      return row[key];
  }
}

/**
 * Rows sorted by one column. Text sorts in the language's collation with numbers in natural order;
 * rows without a value (no target, no data) always come last; ties keep the name order.
 */
export function sortRows(rows: readonly SummaryRow[], sort: SortState, locale: string): SummaryRow[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: SummaryRow, b: SummaryRow) =>
    collator.compare(sortValue(a, 'name') as string, sortValue(b, 'name') as string);
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === null || y === null || Number.isNaN(x) || Number.isNaN(y)) {
      const missing = Number(x === null || Number.isNaN(x)) - Number(y === null || Number.isNaN(y));
      return missing !== 0 ? missing : byName(a, b);
    }
    const order =
      typeof x === 'string' && typeof y === 'string' ? collator.compare(x, y) : Number(x) - Number(y);
    return order !== 0 ? sign * order : byName(a, b);
  });
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

function matchesChips(row: SummaryRow, chips: ReadonlySet<FilterChip>): boolean {
  const variationChips = (['concern', 'improvement'] as const).filter((c) => chips.has(c));
  const assuranceChips = (['fail', 'inconsistent'] as const).filter((c) => chips.has(c));
  const variationOk = variationChips.length === 0 || variationChips.some((c) => row.variation.startsWith(c));
  const assuranceOk = assuranceChips.length === 0 || assuranceChips.some((c) => row.assurance === c);
  return variationOk && assuranceOk;
}

/**
 * Rows matching the search text (in name or team, ignoring case and accents) and the chips: chips of one
 * kind widen (concerns or improvements), chips of both kinds narrow (concerns that fail the target).
 */
export function filterRows(
  rows: readonly SummaryRow[],
  query: string,
  chips: ReadonlySet<FilterChip>,
): SummaryRow[] {
  const needle = fold(query.trim());
  return rows.filter(
    (row) =>
      (needle === '' || fold(`${row.name} ${row.team ?? ''}`).includes(needle)) && matchesChips(row, chips),
  );
}

/** The next sort state when a column header is activated: a new column starts ascending, the same column flips. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

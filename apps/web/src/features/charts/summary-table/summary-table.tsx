import { useId, useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n-context';
import { AssuranceIcon } from '../icons/assurance-icon';
import { VariationIcon } from '../icons/variation-icon';
import { SummaryGrid } from './summary-grid';
import {
  FILTER_CHIPS,
  filterRows,
  nextSort,
  sortRows,
  type FilterChip,
  type SortState,
  type SummaryRow,
} from './summary-model';
import './summary-table.css';

export type { SummaryRow } from './summary-model';

export interface SummaryTableProps {
  rows: readonly SummaryRow[];
  /** Opens the chart of a row (click on the row, or Enter/Space on its name). */
  onOpen: (row: SummaryRow) => void;
  /** Accessible name of the table; defaults to "Indicator overview". */
  caption?: string;
  initialSort?: SortState;
}

const CHIP_ICON: Record<FilterChip, ReactNode> = {
  concern: <VariationIcon variation="concern-high" size={18} />,
  improvement: <VariationIcon variation="improvement-high" size={18} />,
  fail: <AssuranceIcon assurance="fail" size={18} />,
  inconsistent: <AssuranceIcon assurance="inconsistent" size={18} />,
};

/**
 * The summary icon table boards work from: one row per indicator (or indicator × team) with the latest
 * value, target, variation and assurance icons, N and the date of the latest data. Sortable by every
 * column (header buttons, aria-sort), filterable by text and icon chips, sticky header; a row opens its chart.
 */
export function SummaryTable({
  rows,
  onOpen,
  caption,
  initialSort = { key: 'variation', direction: 'ascending' },
}: SummaryTableProps) {
  const { t, locale } = useI18n();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [chips, setChips] = useState<ReadonlySet<FilterChip>>(new Set());
  const [sort, setSort] = useState<SortState>(initialSort);
  const shown = useMemo(
    () => sortRows(filterRows(rows, query, chips), sort, locale),
    [rows, query, chips, sort, locale],
  );
  const toggle = (chip: FilterChip) =>
    setChips((current) => {
      const next = new Set(current);
      if (!next.delete(chip)) next.add(chip);
      return next;
    });
  const clear = () => {
    setQuery('');
    setChips(new Set());
  };
  const isFiltered = query !== '' || chips.size > 0;
  return (
    <div className="summary">
      <div className="summary-toolbar">
        <div className="summary-search">
          <label htmlFor={searchId} className="field-label">
            {t('summary.search')}
          </label>
          <input
            id={searchId}
            type="search"
            className="input"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="summary-chips" role="group" aria-label={t('summary.filters')}>
          {FILTER_CHIPS.map((chip) => (
            <button
              key={chip}
              type="button"
              className="chip"
              aria-pressed={chips.has(chip)}
              onClick={() => toggle(chip)}
            >
              <span aria-hidden="true">{CHIP_ICON[chip]}</span>
              {t(`summary.filter.${chip}`)}
            </button>
          ))}
          {isFiltered && (
            <button type="button" className="btn btn-ghost" onClick={clear}>
              {t('summary.clear')}
            </button>
          )}
        </div>
      </div>
      <p className="summary-count muted" aria-live="polite">
        {t('summary.count', { shown: shown.length, total: rows.length })}
      </p>
      {shown.length === 0 ? (
        <p className="summary-empty">{t('summary.empty')}</p>
      ) : (
        <SummaryGrid
          caption={caption ?? t('summary.caption')}
          rows={shown}
          sort={sort}
          onSort={(key) => setSort((s) => nextSort(s, key))}
          onOpen={onOpen}
        />
      )}
    </div>
  );
}

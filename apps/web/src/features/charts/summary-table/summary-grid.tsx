import type { MouseEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-context';
import type { PlainMessageKey } from '../../../i18n/translate';
import { numberFormatter } from '../format';
import { AssuranceIcon } from '../icons/assurance-icon';
import { VariationIcon } from '../icons/variation-icon';
import type { SortKey, SortState, SummaryRow } from './summary-model';

const COLUMNS: readonly {
  key: SortKey;
  label: PlainMessageKey;
  title?: PlainMessageKey;
  align?: 'end' | 'center';
}[] = [
  { key: 'name', label: 'summary.name' },
  { key: 'latest', label: 'summary.latest', align: 'end' },
  { key: 'target', label: 'summary.target', align: 'end' },
  { key: 'variation', label: 'summary.variation', align: 'center' },
  { key: 'assurance', label: 'summary.assurance', align: 'center' },
  { key: 'n', label: 'summary.n', title: 'summary.nLong', align: 'end' },
  { key: 'completeness', label: 'dash.completeness', title: 'dash.completenessLong', align: 'end' },
  { key: 'lastUpdated', label: 'summary.updated', align: 'end' },
];

interface SummaryGridProps {
  caption: string;
  rows: readonly SummaryRow[];
  sort: SortState;
  onSort: (key: SortKey) => void;
  onOpen: (row: SummaryRow) => void;
}

/** The columns shown: completeness only when the rows carry it. */
const columnsFor = (rows: readonly SummaryRow[]) =>
  rows.some((r) => r.completeness !== undefined) ? COLUMNS : COLUMNS.filter((c) => c.key !== 'completeness');

/** Column headers as sort buttons; the sorted column carries aria-sort, the others "none". */
function SummaryHeader({
  sort,
  onSort,
  columns,
}: Pick<SummaryGridProps, 'sort' | 'onSort'> & { columns: typeof COLUMNS }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        {columns.map((c) => {
          const isSorted = sort.key === c.key;
          return (
            <th
              key={c.key}
              scope="col"
              className={c.align ? `align-${c.align}` : undefined}
              aria-sort={isSorted ? sort.direction : 'none'}
            >
              <button
                type="button"
                className="sort-button"
                onClick={() => onSort(c.key)}
                title={c.title ? t(c.title) : undefined}
              >
                <span>{t(c.label)}</span>
                <span className={`sort-indicator${isSorted ? ' is-active' : ''}`} aria-hidden="true">
                  {isSorted && sort.direction === 'descending' ? '▼' : '▲'}
                </span>
              </button>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

/** One indicator. A click anywhere on the row opens the chart; the name button is the keyboard (Enter/Space) route. */
function SummaryRowView({
  row,
  onOpen,
  withCompleteness,
}: {
  row: SummaryRow;
  onOpen: (row: SummaryRow) => void;
  withCompleteness: boolean;
}) {
  const { t, locale, formatDate } = useI18n();
  const value = (v: number | null) => {
    const text = numberFormatter(locale, row.decimals, t('summary.none'))(v);
    return v !== null && row.unit ? `${text} ${row.unit}` : text;
  };
  const openFromRow = (event: MouseEvent) => {
    if (!(event.target instanceof Element) || !event.target.closest('button')) onOpen(row);
  };
  const name = row.team ? `${row.name} (${row.team})` : row.name;
  return (
    <tr className="summary-row" onClick={openFromRow}>
      <th scope="row">
        <button
          type="button"
          className="summary-open"
          onClick={() => onOpen(row)}
          aria-label={t('summary.open', { name })}
        >
          {row.name}
        </button>
        {row.team && <span className="summary-team">{row.team}</span>}
      </th>
      <td className="align-end nowrap">{value(row.latest)}</td>
      <td className="align-end nowrap">{value(row.target)}</td>
      <td className="align-center">
        <VariationIcon variation={row.variation} size={30} />
      </td>
      <td className="align-center">
        <AssuranceIcon assurance={row.assurance} size={30} />
      </td>
      <td className="align-end">{row.n}</td>
      {withCompleteness && (
        <td className="align-end nowrap">
          {row.completeness === null || row.completeness === undefined
            ? t('summary.none')
            : `${numberFormatter(locale, 0)(row.completeness * 100)}%`}
        </td>
      )}
      <td className="align-end nowrap">
        {row.lastUpdated === null ? t('summary.none') : formatDate(row.lastUpdated)}
      </td>
    </tr>
  );
}

/** The sortable table itself, in a scroll box with a sticky header. */
export function SummaryGrid({ caption, rows, sort, onSort, onOpen }: SummaryGridProps) {
  const columns = columnsFor(rows);
  const withCompleteness = columns.length === COLUMNS.length;
  return (
    <div className="summary-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="summary-table">
        <caption className="visually-hidden">{caption}</caption>
        <SummaryHeader sort={sort} onSort={onSort} columns={columns} />
        <tbody>
          {rows.map((row) => (
            <SummaryRowView key={row.id} row={row} onOpen={onOpen} withCompleteness={withCompleteness} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { ReactNode } from 'react';
import './surfaces.css';

export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Render the cell as the row header (th scope=row), usually the name column. */
  isRowHeader?: boolean;
  align?: 'start' | 'end';
}

interface TableProps<Row> {
  caption: string;
  /** Show the caption, or keep it for screen readers only (when a heading already says it). */
  isCaptionVisible?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}

/** A semantic data table that scrolls horizontally inside its own box on narrow screens. */
export function Table<Row>({ caption, isCaptionVisible = false, columns, rows, rowKey }: TableProps<Row>) {
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="table">
        <caption className={isCaptionVisible ? 'table-caption' : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.align === 'end' ? 'align-end' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => {
                const className = c.align === 'end' ? 'align-end' : undefined;
                return c.isRowHeader ? (
                  <th key={c.key} scope="row" className={className}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={className}>
                    {c.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

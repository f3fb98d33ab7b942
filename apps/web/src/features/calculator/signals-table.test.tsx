import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-context';
import { numberFormatter } from '../charts/format';
import { pPhases, xmrShift } from '../charts/testing/fixtures';
import { SignalsTable } from './signals-table';

afterEach(cleanup);

const renderTable = (explained: typeof xmrShift) =>
  render(
    <I18nProvider initialLocale="nl">
      <SignalsTable explained={explained} format={numberFormatter('nl')} />
    </I18nProvider>,
  );

describe('SignalsTable', () => {
  it('shows the labels of a labelled series, with value ranges for grouped rows', () => {
    renderTable(xmrShift);
    const table = screen.getByRole('table', { name: 'Signalen' });
    expect(within(table).getByRole('columnheader', { name: 'Label' })).toBeTruthy();
    const first = within(table).getAllByRole('row')[1]!;
    expect(first.textContent).toContain('2024-01 – 2024-12');
    expect(first.textContent).toContain('9 – 12');
  });

  it('leaves out the label column when the labels are just point numbers', () => {
    const numbered = {
      ...xmrShift,
      result: {
        ...xmrShift.result,
        points: xmrShift.result.points.map((p) => ({ ...p, label: String(p.index + 1) })),
      },
    };
    renderTable(numbered);
    expect(screen.queryByRole('columnheader', { name: 'Label' })).toBeNull();
  });

  it('lists an excluded point with the engine’s sentence', () => {
    renderTable(pPhases);
    const rows = within(screen.getByRole('table', { name: 'Signalen' })).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('Punt is uitgesloten');
  });

  it('says so when nothing is flagged', () => {
    renderTable({ ...xmrShift, explanations: { ...xmrShift.explanations, points: [] } });
    expect(screen.getByText(/Geen bijzondere variatie/)).toBeTruthy();
  });
});

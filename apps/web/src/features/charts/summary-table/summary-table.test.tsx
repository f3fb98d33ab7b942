import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n-context';
import { SummaryTable } from './summary-table';
import { ROWS } from './testing-rows';

afterEach(cleanup);

function renderTable(locale: 'nl' | 'en' = 'nl') {
  const onOpen = vi.fn();
  render(
    <I18nProvider initialLocale={locale}>
      <SummaryTable rows={ROWS} onOpen={onOpen} />
    </I18nProvider>,
  );
  return { onOpen, user: userEvent.setup() };
}

const names = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((h) => within(h).getByRole('button').textContent);
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });

describe('SummaryTable', () => {
  it('shows one row per indicator with value, target, icons, N and the date (dd-mm-jjjj)', () => {
    renderTable();
    const row = screen.getByRole('row', { name: /Heropnames/ });
    expect(within(row).getByText('8,1 %')).toBeTruthy();
    expect(within(row).getByText('5 %')).toBeTruthy();
    expect(within(row).getByRole('img', { name: 'Bijzondere variatie: zorgpunt (hoog)' })).toBeTruthy();
    expect(within(row).getByRole('img', { name: 'Haalt het doel niet' })).toBeTruthy();
    expect(within(row).getByText('24')).toBeTruthy();
    expect(within(row).getByText('15-02-2026')).toBeTruthy();
    const noTarget = screen.getByRole('row', { name: /Tevredenheid/ });
    expect(within(noTarget).getByRole('img', { name: 'Geen doel' })).toBeTruthy();
    expect(within(noTarget).getAllByText('—')).toHaveLength(2);
  });

  it('starts sorted by variation (concerns first) and marks the sorted column with aria-sort', () => {
    renderTable();
    expect(names()).toEqual([
      'Ërnstige complicaties',
      'Heropnames',
      'Tevredenheid (PREM)',
      'Ligduur',
      'Wondinfecties',
    ]);
    expect(header('Variatie').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Indicator').getAttribute('aria-sort')).toBe('none');
  });

  it('sorts by every column with the keyboard, flipping on the second press', async () => {
    const { user } = renderTable();
    const n = within(header('^N')).getByRole('button');
    n.focus();
    await user.keyboard('{Enter}');
    expect(header('^N').getAttribute('aria-sort')).toBe('ascending');
    expect(names()[0]).toBe('Tevredenheid (PREM)');
    await user.keyboard(' ');
    expect(header('^N').getAttribute('aria-sort')).toBe('descending');
    expect(names()[0]).toBe('Ligduur');
    for (const column of ['Indicator', 'Laatste waarde', 'Doel$', 'Doel gehaald', 'Bijgewerkt']) {
      await user.click(within(header(column)).getByRole('button'));
      expect(header(column).getAttribute('aria-sort')).toBe('ascending');
    }
  });

  it('filters by text and by icon chips, and clears the filters', async () => {
    const { user } = renderTable();
    await user.type(screen.getByLabelText('Zoek indicator of team'), 'heup');
    expect(names()).toEqual(['Heropnames', 'Wondinfecties']);
    expect(screen.getByText('2 van 5 indicatoren')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Alleen zorgpunten' }));
    expect(screen.getByRole('button', { name: 'Alleen zorgpunten' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(names()).toEqual(['Heropnames']);
    await user.clear(screen.getByLabelText('Zoek indicator of team'));
    await user.click(screen.getByRole('button', { name: 'Haalt doel niet' }));
    expect(names()).toEqual(['Heropnames']);
    await user.click(screen.getByRole('button', { name: 'Alleen zorgpunten' }));
    expect(names()).toEqual(['Heropnames']);
    await user.type(screen.getByLabelText('Zoek indicator of team'), 'xyz');
    expect(screen.getByText('Geen indicatoren gevonden met deze filters.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    expect(names()).toHaveLength(5);
  });

  it('opens the chart with Enter on a row’s name and with a click anywhere on the row', async () => {
    const { onOpen, user } = renderTable();
    const open = screen.getByRole('button', { name: 'Open de grafiek van Ligduur (Borstkanker)' });
    open.focus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'c' }));
    await user.click(within(screen.getByRole('row', { name: /Heropnames/ })).getByText('24'));
    expect(onOpen).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'b' }));
    await user.click(screen.getByRole('button', { name: /Open de grafiek van Wondinfecties/ }));
    expect(onOpen).toHaveBeenCalledTimes(3);
  });

  it('speaks English', () => {
    renderTable('en');
    expect(screen.getByRole('columnheader', { name: /Latest value/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Concerns only' })).toBeTruthy();
    expect(screen.getByText('15/02/2026')).toBeTruthy();
  });
});

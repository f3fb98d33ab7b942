import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, on, stubFetch } from '../../testing/fetch-stub';
import { session } from '../../testing/fixtures';
import { renderRoutes } from '../../testing/render';
import { xmrShift } from '../charts/testing/fixtures';
import { CalculatorPage } from './calculator-page';

// jsdom cannot draw charts: the ECharts instance is a stub (the chart's option is tested on its own).
vi.mock('../charts/echarts-setup', () => ({
  createChart: () => ({ setOption: () => undefined, resize: () => undefined, dispose: () => undefined }),
}));

const SERIES = [10, 12, 11, 9, 10, 11, 10, 12, 9, 11, 10, 11, 15, 16, 14, 15, '17,5', 16, 15, 16, 14, 15]
  .map((v, k) => `2024-${String(k + 1).padStart(2, '0')};${v}`)
  .join('\n');
const EXPLAIN = '/api/v1/spc/explain?locale=nl';

function renderPage() {
  renderRoutes({
    routes: [{ path: '/calculator', element: <CalculatorPage /> }],
    path: '/calculator',
    session,
  });
  return userEvent.setup();
}

async function fillAndCalculate(user: ReturnType<typeof userEvent.setup>, data = SERIES) {
  await user.click(screen.getByLabelText('Gegevens'));
  await user.paste(data);
  await user.selectOptions(screen.getByLabelText('Soort kaart'), 'i');
  await user.selectOptions(screen.getByLabelText('Verbetering is'), 'increase');
  await user.type(screen.getByLabelText('Doel (optioneel)'), '13');
  await user.click(screen.getByRole('button', { name: 'Bereken' }));
}

describe('SPC calculator', () => {
  it('sends the series with labels and settings, and shows the icons, notes and grouped signals', async () => {
    const calls = stubFetch(on('POST', EXPLAIN, () => json(200, xmrShift)));
    const user = renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'SPC-calculator' })).toBeTruthy();
    await fillAndCalculate(user);
    expect(await screen.findByRole('heading', { name: 'Resultaat' })).toBeTruthy();
    expect(calls[0]!.body).toMatchObject({
      chart: 'i',
      improvement: 'increase',
      preset: 'mdc',
      target: 13,
      labels: expect.arrayContaining(['2024-01']),
    });
    expect((calls[0]!.body as { values: number[] }).values[16]).toBe(17.5);
    expect(screen.getByText('22 punten herkend')).toBeTruthy();
    const icons = screen.getByRole('group', { name: 'Iconen' });
    expect(
      within(icons).getByText('Bijzondere variatie: verbetering (hoog)', { selector: 'span' }),
    ).toBeTruthy();
    expect(within(icons).getByText('Haalt het doel wisselend', { selector: 'span' })).toBeTruthy();
    expect(within(icons).queryAllByRole('img')).toHaveLength(0);
    const signals = screen.getByRole('table', { name: 'Signalen' });
    const rows = within(signals).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toContain('1 – 12');
    expect(rows[0]!.textContent).toContain('12 punten op rij onder het gemiddelde');
    expect(rows[2]!.textContent).toContain('Punt boven de bovenste controlegrens');
    expect(screen.getByText(/Overweeg een nieuwe fase vanaf/)).toBeTruthy();
  });

  it('applies a suggested rebase only when asked, as a new phase from its label', async () => {
    const calls = stubFetch(on('POST', EXPLAIN, () => json(200, xmrShift)));
    const user = renderPage();
    await fillAndCalculate(user);
    await user.click(await screen.findByRole('button', { name: 'Toepassen als nieuwe fase' }));
    expect(screen.getByLabelText<HTMLInputElement>('Nieuwe fase vanaf').value).toBe('2024-13');
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[0]!.body).not.toHaveProperty('phases');
    expect(calls[1]!.body).toMatchObject({ phases: [12] });
  });

  it('shows problems in the pasted data next to it, without asking the server', async () => {
    const calls = stubFetch();
    const user = renderPage();
    await fillAndCalculate(user, 'jan;12\nfeb;twaalf');
    expect(screen.getByText('Regel 2: “twaalf” is geen getal.')).toBeTruthy();
    expect(screen.getByLabelText('Gegevens').getAttribute('aria-invalid')).toBe('true');
    expect(calls).toHaveLength(0);
  });

  it('shows the server’s validation errors next to the inputs, translated', async () => {
    stubFetch(
      on('POST', EXPLAIN, () =>
        json(400, {
          code: 'VALIDATION_FAILED',
          message: 'The request is not valid',
          details: [{ path: 'values.1', message: 'a count must not be negative for a c chart' }],
        }),
      ),
    );
    const user = renderPage();
    await fillAndCalculate(user, 'a;3\nb;-1');
    expect(await screen.findByText('Punt 2 (regel 2): mag niet negatief zijn')).toBeTruthy();
    expect(screen.getByText('Controleer de ingevulde gegevens.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Resultaat' })).toBeNull();
  });

  it('asks for denominators before calculating a p chart', async () => {
    const calls = stubFetch();
    const user = renderPage();
    await user.click(screen.getByLabelText('Gegevens'));
    await user.paste('3\n4\n5');
    await user.selectOptions(screen.getByLabelText('Soort kaart'), 'p');
    await user.click(screen.getByRole('button', { name: 'Bereken' }));
    expect(screen.getByText(/Voor deze kaart is per regel een noemer nodig/)).toBeTruthy();
    expect(calls).toHaveLength(0);
  });
});

import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-context';
import type { ChartHandle } from './chart-export';
import type { ChartOption } from './echarts-setup';
import { FunnelPlot } from './funnel-plot';
import { SpcChart } from './spc-chart';
import { funnelResult, pPhases, xmrShift } from './testing/fixtures';
import { seriesOf } from './testing/text';

// jsdom cannot lay out or draw: the ECharts instance is replaced by a recorder of the options it gets.
const charts = vi.hoisted(() => ({ options: [] as unknown[], disposed: 0 }));
vi.mock('./echarts-setup', () => ({
  createChart: () => ({
    setOption: (option: unknown) => charts.options.push(option),
    resize: () => undefined,
    dispose: () => (charts.disposed += 1),
    renderToSVGString: () => '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    getWidth: () => 800,
    getHeight: () => 380,
  }),
}));

afterEach(() => {
  cleanup();
  charts.options.length = 0;
});

const lastOption = () => charts.options.at(-1) as ChartOption;
const explanations = new Map(xmrShift.explanations.points.map((p) => [p.index, p.sentences]));

describe('SpcChart', () => {
  it('renders the chart with an accessible name, a summary and the data as a table', () => {
    render(
      <I18nProvider initialLocale="nl">
        <SpcChart result={xmrShift.result} title="Wondinfecties" explanations={explanations} target={13} />
      </I18nProvider>,
    );
    const chart = screen.getByRole('img', { name: 'Wondinfecties' });
    const summary = document.getElementById(chart.getAttribute('aria-describedby')!)!;
    expect(summary.textContent).toBe(
      'XmR-kaart (individuele waarden) met 22 punten in 1 fase(n). Laatste waarde 15. Bijzondere variatie: verbetering (hoog). Haalt het doel wisselend.',
    );
    const table = screen.getByRole('table', { name: 'Gegevens van de grafiek' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(23);
    expect(within(rows[13]!).getByText('▲ Verbetering')).toBeTruthy();
    expect(within(rows[13]!).getByText('10 punten op rij boven het gemiddelde')).toBeTruthy();
    expect(seriesOf(lastOption()).map((s) => s.id)).toContain('special-improvement');
  });

  it('toggles the 1σ and 2σ lines', async () => {
    render(
      <I18nProvider initialLocale="nl">
        <SpcChart result={xmrShift.result} title="Wondinfecties" />
      </I18nProvider>,
    );
    const count = () => seriesOf(lastOption()).length;
    const before = count();
    await userEvent.setup().click(screen.getByLabelText('1σ- en 2σ-lijnen tonen'));
    expect(count()).toBe(before + 4);
  });

  it('gives its export functions to the handle and disposes the chart on unmount', async () => {
    const handle = createRef<ChartHandle | null>();
    const view = render(
      <I18nProvider initialLocale="en">
        <SpcChart result={pPhases.result} title="Readmissions" handleRef={handle} />
      </I18nProvider>,
    );
    await act(async () => undefined);
    expect(handle.current?.svg()).toContain('<svg');
    expect(screen.getByRole('table', { name: 'Data of the chart' })).toBeTruthy();
    const disposed = charts.disposed;
    view.unmount();
    expect(charts.disposed).toBe(disposed + 1);
  });
});

describe('FunnelPlot', () => {
  it('renders the plot with a summary of the outliers and the units as a table', () => {
    render(
      <I18nProvider initialLocale="nl">
        <FunnelPlot result={funnelResult} title="Heropnames per ziekenhuis" />
      </I18nProvider>,
    );
    const plot = screen.getByRole('img', { name: 'Heropnames per ziekenhuis' });
    expect(document.getElementById(plot.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Trechtergrafiek met 6 eenheden; 2 buiten de 99,8% grenzen.',
    );
    const table = screen.getByRole('table', { name: 'Heropnames per ziekenhuis' });
    expect(within(table).getByRole('row', { name: /Delta/ }).textContent).toContain('boven de grens');
    expect(seriesOf(lastOption())[0]!.id).toBe('units');
  });
});

import { describe, expect, it } from 'vitest';
import type { LineSeriesOption } from './echarts-setup';
import { numberFormatter } from './format';
import { buildFunnelOption, funnelLevels, outerClass, type FunnelText } from './funnel-option';
import { SPC_COLOURS } from './spc-style';
import { funnelResult } from './testing/fixtures';
import { seriesById, seriesOf } from './testing/text';

const text: FunnelText = {
  units: 'Eenheden',
  target: 'Doel',
  limit: (level) => `${level} grens`,
  value: 'Waarde',
  x: 'Aantal',
  classification: 'Oordeel',
  classes: { within: 'binnen', high: 'boven', low: 'onder' },
};
const input = { text, format: numberFormatter('nl'), formatX: numberFormatter('nl', 0) };
type Unit = {
  name: string;
  symbol: string;
  symbolRotate: number;
  itemStyle: { color: string };
  label: { show: boolean };
};

describe('buildFunnelOption', () => {
  it('orders the levels narrowest first and classifies units at the widest level they fall outside', () => {
    expect(funnelLevels(funnelResult)).toEqual(['0.95', '0.998']);
    const delta = funnelResult.units.find((u) => u.id === 'Delta')!;
    expect(outerClass(delta, ['0.95', '0.998'])).toEqual({ cls: 'high', level: '0.998' });
  });

  it('draws the units, and a lower and upper curve per level along the curve and the units’ x', () => {
    const option = buildFunnelOption(funnelResult, input);
    expect(seriesOf(option).map((s) => s.id)).toEqual([
      'units',
      'limit-0.95-0',
      'limit-0.95-1',
      'limit-0.998-0',
      'limit-0.998-1',
    ]);
    const upper = seriesById(option, 'limit-0.998-1').data as [number, number][];
    expect(upper.map((d) => d[0])).toEqual([20, 50, 90, 100, 150, 150, 180, 200, 200, 210, 220, 250]);
    // Limits narrow as x grows.
    expect(upper[0]![1]).toBeGreaterThan(upper[5]![1]);
    expect((seriesById(option, 'limit-0.95-1') as LineSeriesOption).lineStyle?.type).toBe('dashed');
    expect((seriesById(option, 'limit-0.998-1') as LineSeriesOption).lineStyle?.type).toBe('solid');
  });

  it('labels outliers with their id and shapes them by direction', () => {
    const units = seriesById(buildFunnelOption(funnelResult, input), 'units').data as Unit[];
    const by = (id: string) => units.find((u) => u.name === id)!;
    expect(by('Delta')).toMatchObject({ symbol: 'triangle', symbolRotate: 0, label: { show: true } });
    expect(by('Gamma')).toMatchObject({ symbol: 'triangle', symbolRotate: 180, label: { show: true } });
    expect(by('Alfa')).toMatchObject({ symbol: 'circle', label: { show: false } });
    expect(by('Delta').itemStyle.color).toBe(SPC_COLOURS.neutral);
  });

  it('colours outliers as improvement or concern when the direction is known', () => {
    const units = seriesById(buildFunnelOption(funnelResult, { ...input, improvement: 'decrease' }), 'units')
      .data as Unit[];
    expect(units.find((u) => u.name === 'Gamma')!.itemStyle.color).toBe(SPC_COLOURS.improvement);
    expect(units.find((u) => u.name === 'Delta')!.itemStyle.color).toBe(SPC_COLOURS.concern);
  });

  it('draws the target line and explains a unit in its tooltip', () => {
    const units = seriesById(buildFunnelOption(funnelResult, input), 'units') as {
      markLine: { data: { yAxis: number }[] };
      tooltip: { formatter: (p: unknown) => string };
    };
    expect(units.markLine.data[0]!.yAxis).toBe(funnelResult.target);
    const html = units.tooltip.formatter({ dataIndex: 3 });
    expect(html).toContain('Delta');
    expect(html).toContain('Aantal: <strong>220</strong>');
    expect(html).toContain('(boven)');
    expect(units.tooltip.formatter({})).toBe('');
  });
});

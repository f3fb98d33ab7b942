import { describe, expect, it } from 'vitest';
import { numberFormatter } from './format';
import { buildSpcOption, type SpcOptionInput } from './spc-option';
import { SPC_COLOURS } from './spc-style';
import { spcChartText } from './spc-text';
import { spcTooltipHtml, tooltipIndex } from './spc-tooltip';
import { pPhases, xmrShift } from './testing/fixtures';
import { seriesById, seriesOf, tIn } from './testing/text';

const text = spcChartText(tIn('nl'));
const format = numberFormatter('nl');
const base: SpcOptionInput = { text, format };
const explanations = new Map(xmrShift.explanations.points.map((p) => [p.index, p.sentences]));

type MarkLineItem = { xAxis?: number; yAxis?: number; name?: string };
const markLines = (option: ReturnType<typeof buildSpcOption>): MarkLineItem[] => {
  const values = seriesById(option, 'values') as { markLine?: { data?: unknown[] } };
  return (values.markLine?.data ?? []) as MarkLineItem[];
};
type Item = { value: [number, number]; symbol: string; symbolRotate: number };

describe('buildSpcOption', () => {
  it('draws the values, centre and 3σ limits, and one series per special-cause type present', () => {
    const option = buildSpcOption(xmrShift.result, base);
    expect(seriesOf(option).map((s) => s.id)).toEqual([
      'values',
      'centre-0',
      'upper-0',
      'lower-0',
      'special-improvement',
      'special-concern',
    ]);
    const values = seriesById(option, 'values');
    expect(values.data).toHaveLength(22);
    expect(values.name).toBe('Meting');
  });

  it('adds the 2σ and 1σ lines only when asked', () => {
    const ids = seriesOf(buildSpcOption(xmrShift.result, { ...base, showSigmaLines: true })).map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['upper2-0', 'lower2-0', 'upper1-0', 'lower1-0']));
    expect(seriesOf(buildSpcOption(xmrShift.result, base)).some((s) => String(s.id).includes('1-'))).toBe(
      false,
    );
  });

  it('colours and shapes special causes by type and side: improvement ▲ blue, concern ◆ orange', () => {
    const option = buildSpcOption(xmrShift.result, base);
    const improvement = seriesById(option, 'special-improvement');
    const concern = seriesById(option, 'special-concern');
    expect(improvement.itemStyle?.color).toBe(SPC_COLOURS.improvement);
    expect(concern.itemStyle?.color).toBe(SPC_COLOURS.concern);
    const up = improvement.data as Item[];
    expect(up.map((d) => d.value[0])).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
    expect(up.every((d) => d.symbol === 'triangle' && d.symbolRotate === 0)).toBe(true);
    expect((concern.data as Item[]).every((d) => d.symbol === 'diamond')).toBe(true);
    expect(improvement.name).toBe('Verbetering');
    expect(concern.name).toBe('Zorgpunt');
  });

  it('gives each phase its own stepped limits and marks the boundary', () => {
    const option = buildSpcOption(pPhases.result, base);
    const upper0 = seriesById(option, 'upper-0') as { data: [number, number | null][]; step: string };
    const upper1 = seriesById(option, 'upper-1') as { data: [number, number | null][] };
    expect(upper0.step).toBe('middle');
    expect(upper0.data.map((d) => d[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(upper1.data.map((d) => d[0])).toEqual([10, 11, 12, 13, 14, 15, 16]);
    // p limits vary with the denominator: the stepped line follows each point's own limit.
    expect(new Set(upper0.data.map((d) => d[1])).size).toBeGreaterThan(1);
    expect(markLines(option)).toContainEqual(expect.objectContaining({ xAxis: 9.5, name: 'Fase 2' }));
  });

  it('shows an excluded point as an open ring and leaves a missing value as a gap', () => {
    const data = seriesById(buildSpcOption(pPhases.result, base), 'values').data as unknown[];
    expect(data[4]).toMatchObject({ symbol: 'emptyCircle' });
    expect(data[16]).toEqual([16, null]);
  });

  it('draws the target and the annotations as mark lines', () => {
    const option = buildSpcOption(xmrShift.result, {
      ...base,
      target: 13,
      annotations: [
        { index: 5, kind: 'pdsa', label: 'Nieuwe werkwijze' },
        { index: 12, kind: 'rebase', label: 'Nieuw protocol' },
      ],
    });
    const lines = markLines(option);
    expect(lines).toContainEqual(expect.objectContaining({ yAxis: 13, name: 'Doel' }));
    expect(lines).toContainEqual(expect.objectContaining({ xAxis: 5, name: 'PDSA: Nieuwe werkwijze' }));
    expect(lines).toContainEqual(
      expect.objectContaining({ xAxis: 12, name: 'Herberekening: Nieuw protocol' }),
    );
  });

  it('labels the x axis with the point labels, only at whole points', () => {
    const option = buildSpcOption(xmrShift.result, base);
    const axis = option.xAxis as {
      axisLabel: { formatter: (v: number) => string };
      min: number;
      max: number;
    };
    expect(axis.axisLabel.formatter(0)).toBe('2024-01');
    expect(axis.axisLabel.formatter(2.5)).toBe('');
    expect([axis.min, axis.max]).toEqual([-0.5, 21.5]);
  });

  it('numbers the points when there are no labels', () => {
    const option = buildSpcOption(pPhases.result, base);
    const axis = option.xAxis as { axisLabel: { formatter: (v: number) => string } };
    expect(axis.axisLabel.formatter(0)).toBe('1');
  });
});

describe('SPC tooltip', () => {
  const input = {
    result: xmrShift.result,
    text,
    format,
    explanations,
    annotations: [{ index: 12, kind: 'note' as const, label: '<b>nieuw</b> team' }],
  };

  it('finds the point under the axis pointer', () => {
    expect(tooltipIndex([{ axisValue: 12 }])).toBe(12);
    expect(tooltipIndex({ value: [3.4, 10] })).toBe(3);
    expect(tooltipIndex(null)).toBeNull();
  });

  it('explains a point: value, centre, limits, type and the engine’s sentences, with annotations escaped', () => {
    const html = spcTooltipHtml(input, 12);
    expect(html).toContain('2024-13 (Punt 13)');
    expect(html).toContain('Waarde: <strong>15</strong>');
    expect(html).toContain('Verbetering');
    expect(html).toContain('<li>10 punten op rij boven het gemiddelde</li>');
    expect(html).toContain('Notitie: &#60;b&#62;nieuw&#60;/b&#62; team');
    expect(html).not.toContain('<b>');
  });

  it('says when a value is missing and shows no sentences for a common point', () => {
    const p = { result: pPhases.result, text, format, explanations: new Map(), annotations: [] };
    expect(spcTooltipHtml(p, 16)).toContain('Waarde: <strong>ontbreekt</strong>');
    expect(spcTooltipHtml(p, 1)).not.toContain('<ul>');
  });
});

import type { FunnelResultBody } from '@leerlus/contracts/funnel';
import type { ChartOption, LineSeriesOption, ScatterSeriesOption } from './echarts-setup';
import { escapeHtml, type NumberFormatter } from './format';
import { SPC_COLOURS } from './spc-style';

export type FunnelUnit = FunnelResultBody['units'][number];
export type FunnelClass = FunnelUnit['classification'][string];

/** Every text of the funnel plot, in the user's language. */
export interface FunnelText {
  units: string;
  target: string;
  limit: (level: string) => string;
  value: string;
  x: string;
  classification: string;
  classes: Record<FunnelClass, string>;
}

export interface FunnelOptionInput {
  text: FunnelText;
  format: NumberFormatter;
  formatX: NumberFormatter;
  /** Which direction is better; decides whether "high" is coloured as improvement or concern. */
  improvement?: 'increase' | 'decrease' | 'neutral';
}

/** The result's levels, narrowest first ("0.95", "0.998"). */
export function funnelLevels(result: FunnelResultBody): string[] {
  const first = result.curve[0]?.limits ?? result.units[0]?.limits ?? {};
  return Object.keys(first).sort((a, b) => Number(a) - Number(b));
}

/** A level as a percentage label: "0.998" → "99,8%". */
export const levelLabel = (level: string, format: NumberFormatter): string =>
  `${format(Number(level) * 100)}%`;

/** A unit's classification at the widest level where it is outside, else "within"; with that level. */
export function outerClass(
  unit: FunnelUnit,
  levels: readonly string[],
): { cls: FunnelClass; level: string | null } {
  for (const level of [...levels].reverse()) {
    const cls = unit.classification[level];
    if (cls && cls !== 'within') return { cls, level };
  }
  return { cls: 'within', level: null };
}

function colourOf(cls: FunnelClass, improvement: FunnelOptionInput['improvement']): string {
  if (cls === 'within') return SPC_COLOURS.common;
  if (improvement === undefined || improvement === 'neutral') return SPC_COLOURS.neutral;
  return (cls === 'high') === (improvement === 'increase') ? SPC_COLOURS.improvement : SPC_COLOURS.concern;
}

/** Limit lines per level (lower and upper) along the curve and the units' x values. */
function limitLines(
  result: FunnelResultBody,
  levels: readonly string[],
  text: FunnelText,
  format: NumberFormatter,
): LineSeriesOption[] {
  // The requested curve and the units' own limits together: a denser line where the units are.
  const along = [...result.curve, ...result.units].sort((a, b) => a.x - b.x);
  return levels.flatMap((level, k) =>
    ([0, 1] as const).map((side) => ({
      type: 'line' as const,
      id: `limit-${level}-${side}`,
      name: text.limit(levelLabel(level, format)),
      data: along.map((c) => [c.x, c.limits[level]?.[side] ?? null]),
      showSymbol: false,
      symbol: 'none',
      smooth: false,
      silent: true,
      lineStyle: {
        color: SPC_COLOURS.limit,
        width: 1.5,
        type: k === levels.length - 1 ? ('solid' as const) : ('dashed' as const),
      },
      itemStyle: { color: SPC_COLOURS.limit },
      z: 2,
    })),
  );
}

function unitTooltip(unit: FunnelUnit, levels: readonly string[], input: FunnelOptionInput): string {
  const { text, format, formatX } = input;
  const rows = levels.map((level) => {
    const [lo, hi] = unit.limits[level] ?? [null, null];
    const cls = unit.classification[level] ?? 'within';
    return `<div>${escapeHtml(text.limit(levelLabel(level, format)))}: <strong>${escapeHtml(`${format(lo)} – ${format(hi)}`)}</strong> (${escapeHtml(text.classes[cls])})</div>`;
  });
  return [
    `<div class="chart-tooltip"><div class="chart-tooltip-title">${escapeHtml(unit.id)}</div>`,
    `<div>${escapeHtml(text.value)}: <strong>${escapeHtml(format(unit.value))}</strong></div>`,
    `<div>${escapeHtml(text.x)}: <strong>${escapeHtml(formatX(unit.x))}</strong></div>`,
    ...rows,
    '</div>',
  ].join('');
}

/** The data index of an item tooltip's parameters (-1 when absent). */
function dataIndexOf(params: unknown): number {
  return typeof params === 'object' &&
    params !== null &&
    'dataIndex' in params &&
    typeof params.dataIndex === 'number'
    ? params.dataIndex
    : -1;
}

/** Units as points: outliers coloured, shaped (▲ high, ▼ low) and labelled with their id. */
function unitSeries(
  result: FunnelResultBody,
  levels: readonly string[],
  input: FunnelOptionInput,
): ScatterSeriesOption {
  return {
    type: 'scatter',
    id: 'units',
    name: input.text.units,
    data: result.units.map((unit) => {
      const { cls } = outerClass(unit, levels);
      const isOutlier = cls !== 'within';
      return {
        value: [unit.x, unit.value],
        name: unit.id,
        symbol: isOutlier ? 'triangle' : 'circle',
        symbolRotate: cls === 'low' ? 180 : 0,
        symbolSize: isOutlier ? 12 : 7,
        itemStyle: { color: colourOf(cls, input.improvement) },
        label: {
          show: isOutlier,
          formatter: unit.id,
          position: 'right' as const,
          color: '#1c2630',
          fontWeight: 600,
        },
      };
    }),
    itemStyle: { color: SPC_COLOURS.common },
    tooltip: {
      formatter: (params: unknown) => {
        const unit = result.units[dataIndexOf(params)];
        return unit ? unitTooltip(unit, levels, input) : '';
      },
    },
    z: 4,
  };
}

/**
 * The ECharts option of a funnel plot (pure): units as points (outliers labelled), the target line and
 * the limit curves of every level (widest solid, narrower dashed).
 */
export function buildFunnelOption(result: FunnelResultBody, input: FunnelOptionInput): ChartOption {
  const levels = funnelLevels(result);
  const { text, format, formatX } = input;
  const units = unitSeries(result, levels, input);
  units.markLine = {
    symbol: ['none', 'none'],
    silent: true,
    data: [
      {
        yAxis: result.target,
        name: text.target,
        lineStyle: { color: SPC_COLOURS.target, width: 2, type: 'solid' },
        label: {
          formatter: `${text.target} ${format(result.target)}`,
          position: 'insideEndTop',
          color: SPC_COLOURS.target,
        },
      },
    ],
  };
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 8, right: 40, top: 48, bottom: 28, containLabel: true },
    legend: { top: 0, left: 0, data: [text.units, ...levels.map((l) => text.limit(levelLabel(l, format)))] },
    tooltip: { trigger: 'item', confine: true },
    xAxis: {
      type: 'value',
      name: text.x,
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { formatter: (v: number) => formatX(v) },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { formatter: (v: number) => format(v) },
      splitLine: { lineStyle: { color: '#e3e8ed' } },
    },
    series: [units, ...limitLines(result, levels, text, format)],
  };
}

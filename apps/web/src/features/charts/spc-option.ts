import type { SpcResult } from '@leerlus/contracts/spc';
import type { ChartOption, LineSeriesOption } from './echarts-setup';
import type { NumberFormatter } from './format';
import { limitSeries, specialCauseSeries, valueSeries } from './spc-series';
import { SPC_COLOURS } from './spc-style';
import type { SpcAnnotation, SpcChartText } from './spc-text';
import { spcTooltipHtml, tooltipIndex } from './spc-tooltip';

/** What the SPC chart shows besides the result itself. */
export interface SpcOptionInput {
  text: SpcChartText;
  format: NumberFormatter;
  /** The engine's sentences per flagged point index, in the user's language. */
  explanations?: ReadonlyMap<number, readonly string[]>;
  annotations?: readonly SpcAnnotation[];
  /** On the result's (multiplied) scale. */
  target?: number | null;
  showSigmaLines?: boolean;
}

type MarkLine = NonNullable<LineSeriesOption['markLine']>;

/** A vertical line between two phases, labelled with the new phase's number. */
function phaseLines(result: SpcResult, text: SpcChartText) {
  return result.phases.slice(1).map((phase, k) => ({
    xAxis: phase.start - 0.5,
    name: text.phase(k + 2),
    lineStyle: { color: SPC_COLOURS.phase, type: 'solid' as const, width: 2 },
    label: { formatter: text.phase(k + 2), position: 'insideEndTop' as const, color: SPC_COLOURS.phase },
  }));
}

function annotationLines(annotations: readonly SpcAnnotation[], text: SpcChartText) {
  return annotations.map((a) => ({
    xAxis: a.index,
    name: `${text.annotationKind[a.kind]}: ${a.label}`,
    lineStyle: { color: SPC_COLOURS.annotation, type: [2, 3] as number[], width: 1.5 },
    label: {
      formatter: text.annotationKind[a.kind],
      position: 'insideEndBottom' as const,
      color: SPC_COLOURS.annotation,
    },
  }));
}

function targetLine(target: number, text: SpcChartText, format: NumberFormatter) {
  return {
    yAxis: target,
    name: text.target,
    lineStyle: { color: SPC_COLOURS.target, type: [8, 3, 2, 3] as number[], width: 2 },
    label: {
      formatter: `${text.target} ${format(target)}`,
      position: 'insideStartTop' as const,
      color: SPC_COLOURS.target,
    },
  };
}

/** The x-axis label of point `value`: its label, else its 1-based number; nothing between points. */
function axisLabel(result: SpcResult) {
  return (value: number): string => {
    if (!Number.isInteger(value)) return '';
    const p = result.points[value];
    return p ? (p.label ?? String(value + 1)) : '';
  };
}

/**
 * The ECharts option of an SPC chart (pure: same input, same option). Series: the measurements, centre and
 * 3σ limits per phase (optionally 2σ/1σ), special-cause markers per type; mark lines for the target, phase
 * boundaries and annotations; an axis tooltip explaining the point under the pointer.
 */
export function buildSpcOption(result: SpcResult, input: SpcOptionInput): ChartOption {
  const {
    text,
    format,
    explanations = new Map(),
    annotations = [],
    target = null,
    showSigmaLines = false,
  } = input;
  const n = result.points.length;
  const markLines = [
    ...(target === null ? [] : [targetLine(target, text, format)]),
    ...phaseLines(result, text),
    ...annotationLines(annotations, text),
  ];
  const values = {
    ...valueSeries(result, text),
    markLine: { symbol: ['none', 'none'], silent: false, data: markLines } satisfies MarkLine,
  };
  const tooltipInput = { result, text, format, explanations, annotations };
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemGap: 16, textStyle: { color: '#1c2630' } },
    tooltip: {
      trigger: 'axis',
      confine: true,
      axisPointer: { type: 'line', snap: true, lineStyle: { color: '#6f7e8c' } },
      formatter: (params: unknown) => {
        const index = tooltipIndex(params);
        return index === null ? '' : spcTooltipHtml(tooltipInput, index);
      },
    },
    xAxis: {
      type: 'value',
      min: -0.5,
      max: Math.max(n - 0.5, 0.5),
      minInterval: 1,
      splitLine: { show: false },
      axisLabel: { formatter: axisLabel(result), color: '#4d5b69', hideOverlap: true },
      axisLine: { onZero: false, lineStyle: { color: '#6f7e8c' } },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLine: { onZero: false },
      axisLabel: { formatter: (v: number) => format(v), color: '#4d5b69' },
      splitLine: { lineStyle: { color: '#e3e8ed' } },
    },
    series: [values, ...limitSeries(result, text, showSigmaLines), ...specialCauseSeries(result, text)],
  };
}

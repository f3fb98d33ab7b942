import type { SpcResult } from '@leerlus/contracts/spc';
import type { LineSeriesOption, ScatterSeriesOption } from './echarts-setup';
import { markerFor, sideOf, SPC_COLOURS, SPECIAL_CAUSE_TYPES, type SpcPoint } from './spc-style';
import type { SpcChartText } from './spc-text';

type LimitKey = 'centre' | 'upper' | 'lower' | 'upper2' | 'lower2' | 'upper1' | 'lower1';
type LineGroup = 'centre' | 'limits' | 'sigma2' | 'sigma1';

const GROUPS: readonly { group: LineGroup; keys: readonly LimitKey[] }[] = [
  { group: 'centre', keys: ['centre'] },
  { group: 'limits', keys: ['upper', 'lower'] },
  { group: 'sigma2', keys: ['upper2', 'lower2'] },
  { group: 'sigma1', keys: ['upper1', 'lower1'] },
];

const LINE_STYLE: Record<LineGroup, NonNullable<LineSeriesOption['lineStyle']>> = {
  centre: { color: SPC_COLOURS.centre, width: 1.5, type: 'solid' },
  limits: { color: SPC_COLOURS.limit, width: 1.5, type: 'dashed' },
  sigma2: { color: SPC_COLOURS.sigma2, width: 1, type: 'dotted' },
  sigma1: { color: SPC_COLOURS.sigma1, width: 1, type: 'dotted' },
};

/** The series name of each line group (series with one name share one legend entry). */
export const groupName = (text: SpcChartText, group: LineGroup): string => text.series[group];

/**
 * Centre and limit lines, one series per phase and line so that each phase shows its own lines with a gap
 * at the boundary. Lines are stepped around each point (`step: 'middle'`): p and u limits, which vary with
 * the denominator, change half-way between points. Lines without any value (e.g. run-chart limits) are left out.
 */
export function limitSeries(
  result: SpcResult,
  text: SpcChartText,
  showSigmaLines: boolean,
): LineSeriesOption[] {
  const out: LineSeriesOption[] = [];
  const groups = GROUPS.filter((g) => showSigmaLines || (g.group !== 'sigma1' && g.group !== 'sigma2'));
  result.phases.forEach((phase, k) => {
    const points = result.points.slice(phase.start, phase.end + 1);
    for (const { group, keys } of groups) {
      for (const key of keys) {
        if (points.every((p) => p[key] === null)) continue;
        out.push({
          type: 'line',
          id: `${key}-${k}`,
          name: groupName(text, group),
          data: points.map((p) => [p.index, p[key]]),
          step: 'middle',
          showSymbol: false,
          symbol: 'none',
          silent: true,
          lineStyle: LINE_STYLE[group],
          itemStyle: { color: LINE_STYLE[group].color },
          emphasis: { disabled: true },
          z: 2,
        });
      }
    }
  });
  return out;
}

/** The measured series: a thin line with small dots; excluded points as open rings. */
export function valueSeries(result: SpcResult, text: SpcChartText): LineSeriesOption {
  return {
    type: 'line',
    id: 'values',
    name: text.series.values,
    data: result.points.map((p) =>
      p.excluded
        ? { value: [p.index, p.value], symbol: 'emptyCircle', symbolSize: 9, itemStyle: { borderWidth: 2 } }
        : [p.index, p.value],
    ),
    connectNulls: false,
    showSymbol: true,
    symbol: 'circle',
    symbolSize: 5,
    lineStyle: { color: SPC_COLOURS.line, width: 1.5 },
    itemStyle: { color: SPC_COLOURS.common },
    emphasis: { scale: 1.6 },
    z: 3,
  };
}

const isSpecial = (p: SpcPoint, type: string) => p.type === type && p.value !== null;

/** One scatter series per special-cause type present, each point with the marker of its type and side. */
export function specialCauseSeries(result: SpcResult, text: SpcChartText): ScatterSeriesOption[] {
  return SPECIAL_CAUSE_TYPES.filter((type) => result.points.some((p) => isSpecial(p, type))).map((type) => ({
    type: 'scatter',
    id: `special-${type}`,
    name: text.series[type],
    data: result.points
      .filter((p) => isSpecial(p, type))
      .map((p) => {
        const marker = markerFor(type, sideOf(p));
        return {
          value: [p.index, p.value],
          symbol: marker.symbol,
          symbolRotate: marker.rotate,
          symbolSize: marker.size,
        };
      }),
    itemStyle: { color: markerFor(type, 1).colour, borderColor: '#ffffff', borderWidth: 1, opacity: 1 },
    symbol: markerFor(type, 1).symbol,
    z: 4,
  }));
}

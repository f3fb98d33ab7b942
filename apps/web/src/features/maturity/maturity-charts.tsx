import type { AssessmentResults } from '@leerlus/contracts/maturity';
import { RadarChart, type RadarSeriesOption } from 'echarts/charts';
import { RadarComponent, type RadarComponentOption } from 'echarts/components';
import { use as registerEcharts, type ComposeOption } from 'echarts/core';
import { useMemo } from 'react';
import type { ChartOption, LineSeriesOption } from '../charts/echarts-setup';
import { useChart } from '../charts/use-chart';

// The shared chart setup bundles line and scatter charts; maturity adds the radar (registration is additive).
registerEcharts([RadarChart, RadarComponent]);

type RadarOption = ComposeOption<RadarSeriesOption | RadarComponentOption>;

/** Breaks a long axis label into lines of about `width` characters (ECharts does not wrap radar names). */
export function wrapLabel(text: string, width = 22): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line].join('\n');
}

/** Shortens a legend entry; the full name stays in the tooltip and the table. */
const shorten = (text: string, max = 28) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

const COLOURS = ['#9aa5b1', '#4c7fb8', '#1f4e79', '#2e7d32', '#e07b00'];
const colours = (n: number) => COLOURS.slice(Math.max(0, COLOURS.length - n));

/** The measurement's radar (0–100 % per theme) with the earlier measurements overlaid. */
export function MaturityRadar({ results, labelOf, seriesName }: { results: AssessmentResults; labelOf: (themeId: string) => string; seriesName: (s: AssessmentResults['radar']['series'][number]) => string }) {
  const option = useMemo((): RadarOption => {
    const series = results.radar.series;
    return {
      color: colours(series.length),
      legend: { bottom: 0 },
      tooltip: { trigger: 'item' },
      radar: { indicator: results.radar.axes.map((a) => ({ name: wrapLabel(labelOf(a.themeId), 20), max: 100, min: 0 })), radius: '50%', center: ['50%', '48%'], axisName: { color: '#374151', fontSize: 11, lineHeight: 14 } },
      series: [
        {
          type: 'radar',
          data: series.map((s) => ({ name: seriesName(s), value: s.values.map((v) => (v === null ? 0 : Math.round(v))), lineStyle: { width: s.isCurrent ? 3 : 1.5 }, areaStyle: s.isCurrent ? { opacity: 0.15 } : undefined })),
        },
      ],
    };
  }, [results, labelOf, seriesName]);
  const { ref } = useChart(option as unknown as ChartOption);
  return <div ref={ref} className="maturity-chart" data-testid="maturity-radar" aria-hidden="true" />;
}

/** Trend per theme over the measurements (line per theme, x = measurement date). */
export function MaturityTrend({ results, labelOf, dateOf }: { results: AssessmentResults; labelOf: (themeId: string) => string; dateOf: (iso: string) => string }) {
  const option = useMemo((): ChartOption => {
    const dates = results.radar.series.map((s) => dateOf(s.measuredOn));
    const series: LineSeriesOption[] = results.trends.map((tr) => ({ type: 'line', name: labelOf(tr.themeId), data: tr.points.map((p) => (p.percent === null ? null : Math.round(p.percent))), symbolSize: 8 }));
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0, formatter: (name: string) => shorten(name) },
      grid: { left: 40, right: 16, top: 16, bottom: 110 },
      xAxis: { type: 'category', data: dates },
      yAxis: { type: 'value', min: 0, max: 100 },
      series,
    };
  }, [results, labelOf, dateOf]);
  const { ref } = useChart(option);
  return <div ref={ref} className="maturity-chart" data-testid="maturity-trend" aria-hidden="true" />;
}

import { LineChart, ScatterChart, type LineSeriesOption, type ScatterSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use as registerEcharts, type ComposeOption, type ECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * ECharts, modular: only the two chart types, four components and the SVG renderer the charts use are
 * bundled. SVG keeps exports crisp at any size and text selectable.
 */
registerEcharts([
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

/** The option shape our chart builders produce. */
export type ChartOption = ComposeOption<
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;
export type { LineSeriesOption, ScatterSeriesOption, ECharts };

/** Creates a chart in `element` with the SVG renderer. */
export function createChart(element: HTMLElement): ECharts {
  return init(element, null, { renderer: 'svg' });
}

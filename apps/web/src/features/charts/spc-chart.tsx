import type { SpcResult } from '@leerlus/contracts/spc';
import { useId, useImperativeHandle, useMemo, useState, type Ref } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { chartHandle, type ChartHandle } from './chart-export';
import { numberFormatter, type NumberFormatter } from './format';
import { SpcDataTable } from './spc-data-table';
import { buildSpcOption } from './spc-option';
import { spcSummary } from './spc-summary';
import { spcChartText, type SpcAnnotation } from './spc-text';
import { useChart } from './use-chart';
import './charts.css';

const NO_EXPLANATIONS: ReadonlyMap<number, readonly string[]> = new Map();
const NO_ANNOTATIONS: readonly SpcAnnotation[] = [];

export interface SpcChartProps {
  result: SpcResult;
  /** Accessible name of the chart, e.g. the indicator's name. */
  title: string;
  /** The engine's sentences per flagged point (from POST /api/v1/spc/explain), in the current language. */
  explanations?: ReadonlyMap<number, readonly string[]>;
  annotations?: readonly SpcAnnotation[];
  /** On the result's (multiplied) scale. */
  target?: number | null;
  /** Fixed number of decimals for values; by default precision follows the magnitude. */
  decimals?: number;
  height?: number;
  /** Receives the export functions (SVG, PNG) once the chart is mounted. */
  handleRef?: Ref<ChartHandle | null>;
}

/**
 * An SPC chart (Apache ECharts, SVG renderer): measurements, centre line and 3σ limits per phase (stepped for
 * varying denominators), optional 1σ/2σ lines, special-cause markers (colour and shape), target line,
 * phase boundaries, annotations, and a tooltip explaining each point. Screen readers get a one-sentence
 * summary and the data as a table.
 */
export function SpcChart({
  result,
  title,
  explanations = NO_EXPLANATIONS,
  annotations = NO_ANNOTATIONS,
  target = null,
  decimals,
  height = 380,
  handleRef,
}: SpcChartProps) {
  const { t, locale } = useI18n();
  const [showSigmaLines, setShowSigmaLines] = useState(false);
  const summaryId = useId();
  const format: NumberFormatter = useMemo(() => numberFormatter(locale, decimals), [locale, decimals]);
  const option = useMemo(
    () =>
      buildSpcOption(result, {
        text: spcChartText(t),
        format,
        explanations,
        annotations,
        target,
        showSigmaLines,
      }),
    [result, t, format, explanations, annotations, target, showSigmaLines],
  );
  const { ref, chart } = useChart(option);
  useImperativeHandle<ChartHandle | null, ChartHandle | null>(
    handleRef,
    () => (chart ? chartHandle(chart) : null),
    [chart],
  );

  return (
    <figure className="spc-chart">
      <label className="checkbox chart-toggle">
        <input
          type="checkbox"
          checked={showSigmaLines}
          onChange={(e) => setShowSigmaLines(e.target.checked)}
        />
        <span>{t('spc.showSigma')}</span>
      </label>
      <div
        ref={ref}
        className="chart-canvas"
        style={{ height }}
        role="img"
        aria-label={title}
        aria-describedby={summaryId}
      />
      <p id={summaryId} className="visually-hidden">
        {spcSummary(result, t, format)}
      </p>
      <SpcDataTable result={result} format={format} explanations={explanations} />
    </figure>
  );
}

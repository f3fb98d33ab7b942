import type { FunnelResultBody } from '@leerlus/contracts/funnel';
import { useId, useImperativeHandle, useMemo, type Ref } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { Translate } from '../../i18n/translate';
import { chartHandle, type ChartHandle } from './chart-export';
import { numberFormatter } from './format';
import { buildFunnelOption, funnelLevels, levelLabel, outerClass, type FunnelText } from './funnel-option';
import { useChart } from './use-chart';
import './charts.css';

export interface FunnelPlotProps {
  result: FunnelResultBody;
  /** Accessible name, e.g. the indicator. */
  title: string;
  improvement?: 'increase' | 'decrease' | 'neutral';
  /** Axis name for x (e.g. "Aantal operaties"); defaults to a generic one. */
  xLabel?: string;
  height?: number;
  handleRef?: Ref<ChartHandle | null>;
}

function funnelText(t: Translate, xLabel: string | undefined): FunnelText {
  return {
    units: t('funnel.units'),
    target: t('funnel.target'),
    limit: (level) => t('funnel.limit', { level }),
    value: t('funnel.value'),
    x: xLabel ?? t('funnel.x'),
    classification: t('funnel.classification'),
    classes: { within: t('funnel.within'), high: t('funnel.high'), low: t('funnel.low') },
  };
}

/**
 * A funnel plot (Apache ECharts, SVG): units as points with outliers labelled by id, the target and the
 * limit curves per level; a tooltip per unit with value, x, limits and classification. Screen readers
 * get a summary and the units as a table.
 */
export function FunnelPlot({ result, title, improvement, xLabel, height = 420, handleRef }: FunnelPlotProps) {
  const { t, locale } = useI18n();
  const summaryId = useId();
  const format = useMemo(() => numberFormatter(locale), [locale]);
  const formatX = useMemo(() => numberFormatter(locale, 0), [locale]);
  const text = useMemo(() => funnelText(t, xLabel), [t, xLabel]);
  const option = useMemo(
    () => buildFunnelOption(result, { text, format, formatX, improvement }),
    [result, text, format, formatX, improvement],
  );
  const { ref, chart } = useChart(option);
  useImperativeHandle<ChartHandle | null, ChartHandle | null>(
    handleRef,
    () => (chart ? chartHandle(chart) : null),
    [chart],
  );
  const levels = funnelLevels(result);
  const outer = levels.at(-1);
  const outliers = result.units.filter(
    (u) => outerClass(u, levels).level === outer && outer !== undefined,
  ).length;

  return (
    <figure className="funnel-plot">
      <div
        ref={ref}
        className="chart-canvas"
        style={{ height }}
        role="img"
        aria-label={title}
        aria-describedby={summaryId}
      />
      <p id={summaryId} className="visually-hidden">
        {t('funnel.summary', {
          units: result.units.length,
          outliers,
          level: outer ? levelLabel(outer, format) : '—',
        })}
      </p>
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('funnel.units')}</th>
              <th scope="col">{t('funnel.value')}</th>
              <th scope="col">{text.x}</th>
              <th scope="col">{t('funnel.classification')}</th>
            </tr>
          </thead>
          <tbody>
            {result.units.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.id}</th>
                <td>{format(u.value)}</td>
                <td>{formatX(u.x)}</td>
                <td>{text.classes[outerClass(u, levels).cls]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

import type { SpcExplained } from '@leerlus/contracts/spc-explain';
import { useMemo, useRef } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Card } from '../../ui/card';
import type { ChartHandle } from '../charts/chart-export';
import { numberFormatter } from '../charts/format';
import { AssuranceIcon } from '../charts/icons/assurance-icon';
import { VariationIcon } from '../charts/icons/variation-icon';
import { SpcChart } from '../charts/spc-chart';
import { ExportButtons } from './export-buttons';
import { ResultNotes } from './result-notes';
import { SignalsTable } from './signals-table';

interface CalculatorResultsProps {
  explained: SpcExplained;
  target: number | null;
  onApplyRebase: (index: number) => void;
}

/** The calculated chart with its icons, exports, warnings, rebase suggestion and the table of signals. */
export function CalculatorResults({ explained, target, onApplyRebase }: CalculatorResultsProps) {
  const { t, locale } = useI18n();
  const chartRef = useRef<ChartHandle | null>(null);
  const { result, explanations } = explained;
  const format = useMemo(() => numberFormatter(locale), [locale]);
  const sentences = useMemo(
    () => new Map(explanations.points.map((p) => [p.index, p.sentences])),
    [explanations],
  );
  return (
    <Card
      title={t('calc.result')}
      actions={<ExportButtons result={result} chart={chartRef} />}
      className="calc-results"
    >
      <div className="calc-icons" aria-label={t('calc.icons')} role="group">
        <span className="calc-icon">
          <VariationIcon variation={result.variation} size={44} isDecorative />
          <span>{t(`variation.${result.variation}`)}</span>
        </span>
        <span className="calc-icon">
          <AssuranceIcon assurance={result.assurance} size={44} isDecorative />
          <span>{t(result.assurance === null ? 'assurance.none' : `assurance.${result.assurance}`)}</span>
        </span>
      </div>
      <SpcChart
        result={result}
        title={`${t('calc.chartTitle')}: ${t(`spc.chart.${result.chart}`)}`}
        explanations={sentences}
        target={target}
        handleRef={chartRef}
      />
      <ResultNotes explained={explained} onApplyRebase={onApplyRebase} />
      <h3 className="calc-signals-title">{t('calc.signals')}</h3>
      <SignalsTable explained={explained} format={format} />
    </Card>
  );
}

import type { SpcResult } from '@leerlus/contracts/spc';
import type { RefObject } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { download, type ChartHandle } from '../charts/chart-export';
import { ChartImageButtons } from '../charts/chart-image-buttons';
import { resultToCsv } from './export-csv';

interface ExportButtonsProps {
  result: SpcResult;
  chart: RefObject<ChartHandle | null>;
}

/** Downloads: the chart as PNG (2× for slides) or SVG, the result as CSV (one row per point). */
export function ExportButtons({ result, chart }: ExportButtonsProps) {
  const { t } = useI18n();
  const name = `spc-${result.chart}`;
  return (
    <div className="row calc-exports" role="group" aria-label={t('calc.export')}>
      <ChartImageButtons
        chart={chart}
        name={name}
        pngLabel={t('calc.exportPng')}
        svgLabel={t('calc.exportSvg')}
      />
      <Button onClick={() => download(`${name}.csv`, resultToCsv(result), 'text/csv;charset=utf-8')}>
        {t('calc.exportCsv')}
      </Button>
    </div>
  );
}

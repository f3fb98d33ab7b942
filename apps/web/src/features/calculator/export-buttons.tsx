import type { SpcResult } from '@leerlus/contracts/spc';
import type { RefObject } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { useToast } from '../../ui/toast';
import { download, type ChartHandle } from '../charts/chart-export';
import { resultToCsv } from './export-csv';

interface ExportButtonsProps {
  result: SpcResult;
  chart: RefObject<ChartHandle | null>;
}

/** Downloads: the chart as PNG (2× for slides) or SVG, the result as CSV (one row per point). */
export function ExportButtons({ result, chart }: ExportButtonsProps) {
  const { t } = useI18n();
  const toast = useToast();
  const name = `spc-${result.chart}`;
  const exportPng = async () => {
    try {
      const png = await chart.current?.png();
      if (png) download(`${name}.png`, png);
    } catch {
      toast.show(t('error.generic'), 'error');
    }
  };
  const exportSvg = () => {
    const svg = chart.current?.svg();
    if (svg) download(`${name}.svg`, svg, 'image/svg+xml;charset=utf-8');
  };
  return (
    <div className="row calc-exports" role="group" aria-label={t('calc.export')}>
      <Button onClick={() => void exportPng()}>{t('calc.exportPng')}</Button>
      <Button onClick={exportSvg}>{t('calc.exportSvg')}</Button>
      <Button onClick={() => download(`${name}.csv`, resultToCsv(result), 'text/csv;charset=utf-8')}>
        {t('calc.exportCsv')}
      </Button>
    </div>
  );
}

import type { RefObject } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { useToast } from '../../ui/toast';
import { download, type ChartHandle } from './chart-export';

interface ChartImageButtonsProps {
  chart: RefObject<ChartHandle | null>;
  /** The file name without extension. */
  name: string;
  pngLabel: string;
  svgLabel: string;
}

/** Downloads of a mounted chart: PNG (2× for slides) and SVG. Shared by the calculator and the dashboard. */
export function ChartImageButtons({ chart, name, pngLabel, svgLabel }: ChartImageButtonsProps) {
  const { t } = useI18n();
  const toast = useToast();
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
    <>
      <Button onClick={() => void exportPng()}>{pngLabel}</Button>
      <Button onClick={exportSvg}>{svgLabel}</Button>
    </>
  );
}

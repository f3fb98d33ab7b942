import { useEffect, useRef, useState, type RefObject } from 'react';
import { createChart, type ChartOption, type ECharts } from './echarts-setup';

/**
 * Mounts an ECharts instance on the returned ref's element, applies `option` whenever it changes (replacing the
 * previous one, so removed series disappear), follows the element's size, and disposes on unmount.
 * Returns the instance (null until mounted) for exports.
 */
export function useChart(option: ChartOption): {
  ref: RefObject<HTMLDivElement | null>;
  chart: ECharts | null;
} {
  const ref = useRef<HTMLDivElement | null>(null);
  const [chart, setChart] = useState<ECharts | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const instance = createChart(element);
    setChart(instance);
    const observer =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      setChart(null);
    };
  }, []);

  useEffect(() => {
    chart?.setOption(option, { notMerge: true });
  }, [chart, option]);

  return { ref, chart };
}

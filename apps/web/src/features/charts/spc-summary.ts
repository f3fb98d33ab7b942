import type { SpcResult } from '@leerlus/contracts/spc';
import type { Translate } from '../../i18n/translate';
import type { NumberFormatter } from './format';

/** One sentence describing the chart for screen readers: type, size, latest value and the two icons. */
export function spcSummary(result: SpcResult, t: Translate, format: NumberFormatter): string {
  const latest = [...result.points].reverse().find((p) => p.value !== null);
  return t('spc.summary', {
    chart: t(`spc.chart.${result.chart}`),
    points: result.points.length,
    phases: result.phases.length,
    latest: format(latest?.value),
    variation: t(`variation.${result.variation}`),
    assurance:
      result.assurance === null ? t('spc.summaryNoAssurance') : `${t(`assurance.${result.assurance}`)}.`,
  });
}

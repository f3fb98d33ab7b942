import type { QualityFacts } from '@leerlus/contracts/data-quality';
import { useI18n } from '../../i18n/i18n-context';
import { numberFormatter } from '../charts/format';

/** Completeness as "75% (3 / 4)", or n/a when nothing is expected. */
export function useQualityText() {
  const { t, locale, formatDate } = useI18n();
  const whole = numberFormatter(locale, 0);
  return {
    completeness: (q: QualityFacts) =>
      q.completeness === null
        ? t('dq.notApplicable')
        : `${whole(q.completeness * 100)}% (${q.present ?? 0} / ${q.expected ?? 0})`,
    delay: (q: QualityFacts) =>
      q.medianDelayDays === null ? t('summary.none') : t('dq.delayDays', { days: whole(q.medianDelayDays) }),
    lastUpdated: (q: QualityFacts) =>
      q.lastUpdated === null ? t('summary.none') : formatDate(q.lastUpdated),
  };
}

/** The data-quality facts shown next to a chart, as a description list. */
export function QualityFactsList({ quality }: { quality: QualityFacts }) {
  const { t } = useI18n();
  const text = useQualityText();
  return (
    <dl className="dash-facts">
      <dt>{t('dq.n')}</dt>
      <dd>
        {quality.n}
        {quality.aggregatePeriods > 0 && (
          <span className="muted"> · {t('dq.aggregatePeriods', { count: quality.aggregatePeriods })}</span>
        )}
      </dd>
      <dt>{t('dash.completeness')}</dt>
      <dd>{text.completeness(quality)}</dd>
      <dt>{t('dq.delay')}</dt>
      <dd>{text.delay(quality)}</dd>
      <dt>{t('dq.lastUpdated')}</dt>
      <dd>{text.lastUpdated(quality)}</dd>
    </dl>
  );
}

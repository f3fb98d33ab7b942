import type { IndicatorSeries } from '@leerlus/contracts/dashboard';
import type { DrillDownRow } from '@leerlus/contracts/dashboard-views';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { getDrillDown, type DashboardFilters } from '../../api/dashboard';
import { queryKeys } from '../../api/query-keys';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Spinner } from '../../ui/spinner';
import { Table, type Column } from '../../ui/table';
import { numberFormatter } from '../charts/format';

interface DrillDownProps {
  teamId: string;
  series: IndicatorSeries;
  filters: DashboardFilters;
  search: string;
}

/**
 * The contributing (pseudonymised) observations of one period, for users who may read patient data.
 * Fetched only on request: each fetch is a patient-data read the server audits.
 */
export function DrillDown({ teamId, series, filters, search }: DrillDownProps) {
  const { t, locale, formatDate } = useI18n();
  const selectId = useId();
  const periods = series.points.filter((p) => p.source === 'patient-level');
  const [period, setPeriod] = useState(periods[periods.length - 1]?.periodStart ?? '');
  const [shown, setShown] = useState<string | null>(null);
  const indicatorId = series.indicator.id;
  const query = useQuery({
    queryKey: queryKeys.drillDown(teamId, indicatorId, shown ?? '', search),
    queryFn: () => getDrillDown(teamId, indicatorId, shown ?? '', filters),
    enabled: shown !== null,
    staleTime: Infinity,
  });
  const value = numberFormatter(locale);
  const columns: Column<DrillDownRow>[] = [
    { key: 'pseudonym', header: t('drill.pseudonym'), cell: (r) => r.pseudonym, isRowHeader: true },
    { key: 'birthYear', header: t('drill.birthYear'), cell: (r) => r.birthYear ?? '—', align: 'end' },
    { key: 'sex', header: t('drill.sex'), cell: (r) => (r.sex ? t(`dash.sex.${r.sex}`) : '—') },
    {
      key: 'episode',
      header: t('drill.episode'),
      cell: (r) => (r.episodeStart ? `${r.carePath ?? ''} ${formatDate(r.episodeStart)}`.trim() : '—'),
    },
    { key: 'date', header: t('drill.date'), cell: (r) => formatDate(r.effectiveDate) },
    { key: 'timepoint', header: t('drill.timepoint'), cell: (r) => r.timepoint ?? '—' },
    {
      key: 'value',
      header: t('drill.value'),
      cell: (r) => (r.valueNumber !== null ? value(r.valueNumber) : (r.valueText ?? '—')),
      align: 'end',
    },
    {
      key: 'numerator',
      header: t('drill.numerator'),
      cell: (r) =>
        r.inNumerator === null ? '—' : r.inNumerator ? t('dash.filter.yes') : t('dash.filter.no'),
    },
  ];
  if (periods.length === 0) return null;
  return (
    <Card title={t('drill.title')}>
      <p className="muted">{t('drill.description')}</p>
      <div className="row dash-drill-controls">
        <label htmlFor={selectId} className="field-label">
          {t('drill.period')}
        </label>
        <select
          id={selectId}
          className="input dash-period"
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
        >
          {periods.map((p) => (
            <option key={p.periodStart} value={p.periodStart}>
              {p.label}
            </option>
          ))}
        </select>
        <Button onClick={() => setShown(period)}>{t('drill.show')}</Button>
      </div>
      {query.isFetching && <Spinner />}
      {query.error && (
        <p className="callout callout-danger" role="alert">
          {errorMessage(t, query.error)}
        </p>
      )}
      {query.data && (
        <>
          <p aria-live="polite">
            {t('drill.total', { shown: query.data.rows.length, total: query.data.total })}
          </p>
          {query.data.rows.length === 0 ? (
            <p>{t('drill.empty')}</p>
          ) : (
            <Table
              caption={`${t('drill.title')} ${query.data.label}`}
              columns={columns}
              rows={query.data.rows}
              rowKey={(r) =>
                `${r.pseudonym}-${r.effectiveDate}-${r.code}-${r.timepoint ?? ''}-${r.valueNumber ?? r.valueText ?? ''}`
              }
            />
          )}
        </>
      )}
    </Card>
  );
}

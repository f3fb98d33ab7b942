import type { DataQualityRow } from '@leerlus/contracts/data-quality';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { getDataQuality } from '../../api/dashboard';
import { queryKeys } from '../../api/query-keys';
import { getTeam } from '../../api/teams';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { EmptyState } from '../../ui/empty-state';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { Table, type Column } from '../../ui/table';
import { useQualityText } from './quality-facts';
import { useDashboardFilters } from './use-dashboard-filters';
import './dashboard.css';

/** `/teams/:teamId/data-quality`: every indicator's N, completeness, delay and last update, the worst gaps first. */
export function DataQualityPage() {
  const { t, locale } = useI18n();
  const teamId = useParams().teamId ?? '';
  const { filters, search } = useDashboardFilters();
  const text = useQualityText();
  const team = useQuery({ queryKey: queryKeys.team(teamId), queryFn: () => getTeam(teamId) });
  const periodSearch = new URLSearchParams({
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  }).toString();
  const quality = useQuery({
    queryKey: queryKeys.dataQuality(teamId, periodSearch),
    queryFn: () => getDataQuality(teamId, filters),
  });
  const suffix = search ? `?${search}` : '';
  const columns: Column<DataQualityRow>[] = [
    {
      key: 'indicator',
      header: t('overview.indicator'),
      isRowHeader: true,
      cell: (r) => (
        <Link to={`/teams/${teamId}/dashboard/indicators/${r.indicator.id}${suffix}`}>
          {locale === 'nl' ? r.indicator.nameNl : r.indicator.nameEn}
        </Link>
      ),
    },
    { key: 'n', header: t('dq.n'), cell: (r) => r.quality.n, align: 'end' },
    {
      key: 'completeness',
      header: t('dash.completeness'),
      cell: (r) => text.completeness(r.quality),
      align: 'end',
    },
    { key: 'delay', header: t('dq.delay'), cell: (r) => text.delay(r.quality), align: 'end' },
    { key: 'updated', header: t('dq.lastUpdated'), cell: (r) => text.lastUpdated(r.quality), align: 'end' },
    {
      key: 'worst',
      header: t('dq.worst'),
      cell: (r) =>
        r.worstPeriods.length === 0 ? (
          <span className="muted">{t('dq.none')}</span>
        ) : (
          <ul className="dash-gaps">
            {r.worstPeriods.map((p) => (
              <li key={p.periodStart}>{t('dq.missing', { label: p.label, missing: p.missing })}</li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('dq.pageTitle', { team: team.data?.name ?? '' })}
        description={
          <>
            {t('dq.description')} <Link to={`/teams/${teamId}/dashboard${suffix}`}>{t('dash.back')}</Link>
          </>
        }
      />
      {quality.isPending && <Spinner />}
      {quality.error && (
        <p className="callout callout-danger" role="alert">
          {errorMessage(t, quality.error)}
        </p>
      )}
      {quality.data &&
        (quality.data.rows.length === 0 ? (
          <EmptyState title={t('dash.empty')} />
        ) : (
          <Table
            caption={t('dq.title')}
            columns={columns}
            rows={quality.data.rows}
            rowKey={(r) => r.indicator.id}
          />
        ))}
    </>
  );
}

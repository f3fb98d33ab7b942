import type { Role } from '@leerlus/contracts';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link, useParams } from 'react-router';
import { getDataQuality, getSeries, seriesExportUrl } from '../../api/dashboard';
import { queryKeys } from '../../api/query-keys';
import { getTeam } from '../../api/teams';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Card } from '../../ui/card';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import type { ChartHandle } from '../charts/chart-export';
import { ChartImageButtons } from '../charts/chart-image-buttons';
import { SpcChart } from '../charts/spc-chart';
import { DrillDown } from './drill-down';
import { QualityFactsList } from './quality-facts';
import { useDashboardFilters } from './use-dashboard-filters';
import './dashboard.css';

/** Roles that may read patient-level data; mirrors the server's policy, which remains the authority. */
const PATIENT_READERS: readonly Role[] = ['admin', 'quality-advisor', 'team-lead', 'member', 'analyst'];

/**
 * `/teams/:teamId/dashboard/indicators/:indicatorId`: one indicator's full SPC chart with its
 * explanation, the data-quality facts next to it, exports (PNG, SVG, CSV, XLSX) and the drill-down.
 */
export function IndicatorChartPage() {
  const { t, locale } = useI18n();
  const params = useParams();
  const teamId = params.teamId ?? '';
  const indicatorId = params.indicatorId ?? '';
  const { filters, search } = useDashboardFilters();
  const chart = useRef<ChartHandle | null>(null);
  const team = useQuery({ queryKey: queryKeys.team(teamId), queryFn: () => getTeam(teamId) });
  const series = useQuery({
    queryKey: queryKeys.series(teamId, indicatorId, search),
    queryFn: () => getSeries(teamId, indicatorId, filters),
  });
  const periodSearch = new URLSearchParams({
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  }).toString();
  const quality = useQuery({
    queryKey: queryKeys.dataQuality(teamId, periodSearch),
    queryFn: () => getDataQuality(teamId, filters),
  });
  const back = `/teams/${teamId}/dashboard${search ? `?${search}` : ''}`;
  if (series.isPending) return <Spinner />;
  if (series.error) {
    return (
      <p className="callout callout-danger" role="alert">
        {errorMessage(t, series.error)}
      </p>
    );
  }
  const data = series.data;
  const name = locale === 'nl' ? data.indicator.nameNl : data.indicator.nameEn;
  const facts = quality.data?.rows.find((r) => r.indicator.id === indicatorId)?.quality;
  const sources = new Set(data.points.map((p) => p.source).filter((s) => s !== null));
  const source = sources.size === 0 ? 'none' : sources.size > 1 ? 'mixed' : [...sources][0]!;
  const canDrillDown = team.data !== undefined && PATIENT_READERS.includes(team.data.myRole);
  const fileName = `${data.indicator.code}-${team.data?.name ?? 'team'}`;
  return (
    <>
      <PageHeader title={name} description={<Link to={back}>← {t('dash.back')}</Link>} />
      {data.caseMixFiltered && <p className="callout">{t('dash.caseMixNote')}</p>}
      <div className="dash-chart-layout">
        <Card title={name} className="dash-chart-card">
          {data.spc ? (
            <SpcChart result={data.spc} title={name} handleRef={chart} />
          ) : (
            <p>{t('dash.chart.noData')}</p>
          )}
          <div className="row dash-exports" role="group" aria-label={t('dash.export')}>
            {data.spc && (
              <ChartImageButtons
                chart={chart}
                name={fileName}
                pngLabel={t('dash.exportPng')}
                svgLabel={t('dash.exportSvg')}
              />
            )}
            <a
              className="btn btn-secondary"
              href={seriesExportUrl(teamId, indicatorId, filters, 'csv')}
              download
            >
              {t('dash.exportCsv')}
            </a>
            <a
              className="btn btn-secondary"
              href={seriesExportUrl(teamId, indicatorId, filters, 'csv', 'semicolon')}
              download
            >
              {t('dash.exportCsvNl')}
            </a>
            <a
              className="btn btn-secondary"
              href={seriesExportUrl(teamId, indicatorId, filters, 'xlsx')}
              download
            >
              {t('dash.exportXlsx')}
            </a>
          </div>
        </Card>
        <aside className="dash-side">
          <Card title={t('dq.facts')} headingLevel={2}>
            {facts ? <QualityFactsList quality={facts} /> : <Spinner />}
          </Card>
          <Card title={t('dash.chart.explanation')}>
            <p>{t('dash.chart.explainVariation')}</p>
            <p className="muted">
              {t('dash.chart.source', {
                source: t(`dash.source.${source}`),
                unit: data.indicator.unit || '—',
              })}
            </p>
            {data.indicator.description && <p className="muted">{data.indicator.description}</p>}
          </Card>
        </aside>
      </div>
      {canDrillDown && <DrillDown teamId={teamId} series={data} filters={filters} search={search} />}
    </>
  );
}

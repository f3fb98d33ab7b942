import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { getDashboard } from '../../api/dashboard';
import { queryKeys } from '../../api/query-keys';
import { getTeam } from '../../api/teams';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { EmptyState } from '../../ui/empty-state';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { SummaryTable } from '../charts/summary-table/summary-table';
import { DashboardFiltersForm } from './dashboard-filters';
import { summaryRows } from './dashboard-rows';
import { useDashboardFilters } from './use-dashboard-filters';
import './dashboard.css';

/** `/teams/:teamId/dashboard`: the team's home — every indicator in the summary icon table, with filters. */
export function TeamDashboardPage() {
  const { t, locale } = useI18n();
  const teamId = useParams().teamId ?? '';
  const navigate = useNavigate();
  const { filters, search, setFilters } = useDashboardFilters();
  const team = useQuery({ queryKey: queryKeys.team(teamId), queryFn: () => getTeam(teamId) });
  const dashboard = useQuery({
    queryKey: queryKeys.dashboard(teamId, search),
    queryFn: () => getDashboard(teamId, filters),
  });
  const suffix = search ? `?${search}` : '';
  return (
    <>
      <PageHeader
        title={t('dash.title', { team: team.data?.name ?? '' })}
        description={t('dash.description')}
        actions={
          <Link className="btn btn-secondary" to={`/teams/${teamId}/data-quality${suffix}`}>
            {t('dash.dataQuality')}
          </Link>
        }
      />
      {dashboard.data && (
        <DashboardFiltersForm
          key={search}
          filters={filters}
          fields={dashboard.data.caseMixFields}
          onApply={setFilters}
        />
      )}
      {dashboard.isPending && <Spinner />}
      {dashboard.error && (
        <p className="callout callout-danger" role="alert">
          {errorMessage(t, dashboard.error)}
        </p>
      )}
      {dashboard.data?.caseMixFiltered && <p className="callout">{t('dash.caseMixNote')}</p>}
      {dashboard.data &&
        (dashboard.data.rows.length === 0 ? (
          <EmptyState title={t('dash.empty')} />
        ) : (
          <SummaryTable
            rows={summaryRows(dashboard.data, locale)}
            onOpen={(row) => void navigate(`/teams/${teamId}/dashboard/indicators/${row.id}${suffix}`)}
          />
        ))}
    </>
  );
}

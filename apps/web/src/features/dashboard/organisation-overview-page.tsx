import type { OrganisationOverview } from '@leerlus/contracts/dashboard-views';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { getOverview } from '../../api/dashboard';
import { queryKeys } from '../../api/query-keys';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { EmptyState } from '../../ui/empty-state';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { numberFormatter } from '../charts/format';
import { AssuranceIcon } from '../charts/icons/assurance-icon';
import { VariationIcon } from '../charts/icons/variation-icon';
import './dashboard.css';

type Row = OrganisationOverview['rows'][number];

/** `/overview`: indicators × teams of the current organisation (admins and organisation-wide quality advisors). */
export function OrganisationOverviewPage() {
  const { t, locale } = useI18n();
  const { organisation } = useSession();
  const organisationId = organisation?.id ?? '';
  const overview = useQuery({
    queryKey: queryKeys.overview(organisationId, ''),
    queryFn: () => getOverview(organisationId, {}),
    enabled: organisationId !== '',
  });
  const format = numberFormatter(locale, undefined, t('summary.none'));
  const whole = numberFormatter(locale, 0);
  const cell = (row: Row, teamId: string) => {
    const c = row.cells.find((x) => x.teamId === teamId);
    if (!c) return <span className="muted">{t('overview.notTracked')}</span>;
    return (
      <Link to={`/teams/${teamId}/dashboard/indicators/${row.indicator.id}`} className="overview-cell">
        <span className="nowrap">
          {format(c.latest?.value ?? null)}
          {c.latest && row.indicator.unit ? ` ${row.indicator.unit}` : ''}
        </span>
        {c.variation && <VariationIcon variation={c.variation} size={24} />}
        {c.assurance && <AssuranceIcon assurance={c.assurance} size={24} />}
        <span className="muted nowrap">
          N {c.n ?? '—'}
          {c.completeness !== null && ` · ${whole(c.completeness * 100)}%`}
        </span>
      </Link>
    );
  };
  return (
    <>
      <PageHeader title={t('overview.title')} description={t('overview.description')} />
      {overview.isPending && <Spinner />}
      {overview.error && (
        <p className="callout callout-danger" role="alert">
          {errorMessage(t, overview.error)}
        </p>
      )}
      {overview.data &&
        (overview.data.rows.length === 0 ? (
          <EmptyState title={t('overview.empty')} />
        ) : (
          <div className="table-wrap" role="region" aria-label={t('overview.title')} tabIndex={0}>
            <table className="table overview-table">
              <caption className="visually-hidden">{t('overview.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('overview.indicator')}</th>
                  {overview.data.teams.map((team) => (
                    <th key={team.id} scope="col">
                      <Link to={`/teams/${team.id}/dashboard`}>{team.name}</Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {overview.data.rows.map((row) => (
                  <tr key={row.indicator.id}>
                    <th scope="row">{locale === 'nl' ? row.indicator.nameNl : row.indicator.nameEn}</th>
                    {overview.data.teams.map((team) => (
                      <td key={team.id}>{cell(row, team.id)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { listTeams } from '../../api/teams';
import { queryKeys } from '../../api/query-keys';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { roleLabel } from '../../i18n/role-label';
import { useSession } from '../../session/session-context';
import { Badge } from '../../ui/badge';
import { EmptyState } from '../../ui/empty-state';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import './teams.css';

/** Home page: the care teams of the current organisation that the user can open. */
export function TeamListPage() {
  const { t } = useI18n();
  const { organisation, isAdmin } = useSession();
  const { data, error, isPending } = useQuery({ queryKey: queryKeys.teams, queryFn: listTeams });
  const teams = (data ?? []).filter((team) => team.organisationId === organisation?.id);

  return (
    <>
      <PageHeader
        title={t('teams.title')}
        description={organisation ? t('teams.intro', { organisation: organisation.name }) : undefined}
        actions={
          isAdmin && (
            <Link to="/admin/teams" className="btn btn-secondary">
              {t('teams.newTeam')}
            </Link>
          )
        }
      />
      {isPending && <Spinner />}
      {error && (
        <p className="callout callout-danger" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
      {data && teams.length === 0 && <EmptyState title={t('teams.empty')}>{t('teams.emptyHint')}</EmptyState>}
      {teams.length > 0 && (
        <ul className="team-grid">
          {teams.map((team) => (
            <li key={team.id} className="team-card">
              <h2 className="team-card-title">
                <Link to={`/teams/${team.id}`} className="team-card-link">
                  {team.name}
                </Link>
              </h2>
              {team.description && <p className="muted team-card-description">{team.description}</p>}
              <div className="team-card-meta">
                <span>
                  {t(team.memberCount === 1 ? 'teams.memberCountOne' : 'teams.memberCount', {
                    count: team.memberCount,
                  })}
                </span>
                <Badge tone="info">{roleLabel(t, team.myRole)}</Badge>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

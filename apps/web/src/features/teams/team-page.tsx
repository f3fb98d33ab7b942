import type { Role } from '@leerlus/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { queryKeys } from '../../api/query-keys';
import { getTeam } from '../../api/teams';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { roleLabel } from '../../i18n/role-label';
import { useSession } from '../../session/session-context';
import { Badge } from '../../ui/badge';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { ReadinessBlock } from '../maturity/readiness-block';
import { InviteCard } from './invite-card';
import { MembersCard } from './members-table';
import { PendingInvitationsCard } from './pending-invitations';
import './teams.css';

/** Roles that may invite and revoke; mirrors the server's policy, which remains the authority. */
const INVITING_ROLES: readonly Role[] = ['admin', 'quality-advisor', 'team-lead'];
/** Roles that may import data (patient-data:write). */
const IMPORTING_ROLES: readonly Role[] = ['admin', 'quality-advisor', 'analyst'];

/** `/teams/:teamId`: members and roles, inviting people, pending invitations. */
export function TeamPage() {
  const { t } = useI18n();
  const teamId = useParams().teamId ?? '';
  const { organisation, setOrganisationId } = useSession();
  const {
    data: team,
    error,
    isPending,
  } = useQuery({ queryKey: queryKeys.team(teamId), queryFn: () => getTeam(teamId) });

  const teamOrganisationId = team?.organisationId;
  useEffect(() => {
    if (teamOrganisationId && teamOrganisationId !== organisation?.id) setOrganisationId(teamOrganisationId);
  }, [teamOrganisationId, organisation?.id, setOrganisationId]);

  if (isPending) return <Spinner />;
  if (error) {
    return (
      <p className="callout callout-danger" role="alert">
        {errorMessage(t, error)}
      </p>
    );
  }
  const canInvite = INVITING_ROLES.includes(team.myRole);
  return (
    <>
      <PageHeader
        title={team.name}
        description={
          <span className="team-header-meta">
            <span>{team.organisationName}</span>
            <Badge tone="info">{roleLabel(t, team.myRole)}</Badge>
          </span>
        }
        actions={
          IMPORTING_ROLES.includes(team.myRole) && (
            <Link to={`/teams/${team.id}/import`} className="btn btn-secondary">
              {t('imports.link')}
            </Link>
          )
        }
      />
      {team.description && <p className="team-description">{team.description}</p>}
      <div className="stack">
        <ReadinessBlock teamId={team.id} />
        <MembersCard members={team.members} />
        {canInvite && (
          <div className="team-invitations">
            <InviteCard key={team.id} teamId={team.id} />
            <PendingInvitationsCard teamId={team.id} invitations={team.invitations} canRevoke={canInvite} />
          </div>
        )}
      </div>
    </>
  );
}

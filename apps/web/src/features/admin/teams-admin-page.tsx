import type { TeamSummary } from '@leerlus/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { createTeam } from '../../api/admin';
import { queryKeys } from '../../api/query-keys';
import { listTeams } from '../../api/teams';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { Table } from '../../ui/table';
import { useToast } from '../../ui/toast';
import { EditTeamDialog } from './edit-team-dialog';
import { isTeamNameValid, TeamFields, type TeamDraft } from './team-fields';
import { useAdminOrganisation } from './use-admin-organisation';
import './admin.css';

const EMPTY: TeamDraft = { name: '', description: '' };

/** `/admin/teams`: create care teams and rename them. */
export function TeamsAdminPage() {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const organisation = useAdminOrganisation();
  const { data, isPending } = useQuery({ queryKey: queryKeys.teams, queryFn: listTeams });
  const teams = (data ?? []).filter((team) => team.organisationId === organisation.id);
  const [draft, setDraft] = useState<TeamDraft>(EMPTY);
  const [nameError, setNameError] = useState<string>();
  const [editing, setEditing] = useState<TeamSummary | null>(null);

  const create = useMutation({
    mutationFn: () =>
      createTeam(organisation.id, { name: draft.name.trim(), description: draft.description.trim() }),
    onSuccess: (team) => {
      toast.show(t('adminTeams.created', { name: team.name }));
      setDraft(EMPTY);
      void queryClient.invalidateQueries({ queryKey: queryKeys.teams });
      void queryClient.invalidateQueries({ queryKey: queryKeys.session });
    },
  });

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const isValid = isTeamNameValid(draft.name);
    setNameError(isValid ? undefined : t('adminTeams.nameTooShort'));
    if (isValid) create.mutate();
  };

  return (
    <>
      <PageHeader title={t('adminTeams.title')} description={t('adminTeams.intro')} />
      <div className="grid-2">
        <Card title={t('nav.teams')}>
          {isPending ? (
            <Spinner />
          ) : (
            <Table
              caption={t('nav.teams')}
              rows={teams}
              rowKey={(team) => team.id}
              columns={[
                {
                  key: 'name',
                  header: t('teams.name'),
                  isRowHeader: true,
                  cell: (team) => <Link to={`/teams/${team.id}`}>{team.name}</Link>,
                },
                {
                  key: 'members',
                  header: t('teams.members'),
                  align: 'end',
                  cell: (team) => team.memberCount,
                },
                {
                  key: 'edit',
                  header: <span className="visually-hidden">{t('users.actions')}</span>,
                  align: 'end',
                  cell: (team) => (
                    <Button
                      variant="ghost"
                      aria-label={t('adminTeams.renameLabel', { name: team.name })}
                      onClick={() => setEditing(team)}
                    >
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]}
            />
          )}
        </Card>
        <Card title={t('adminTeams.create')}>
          <form className="form" noValidate onSubmit={onSubmit}>
            <div role="alert">
              {create.error && <p className="callout callout-danger">{errorMessage(t, create.error)}</p>}
            </div>
            <TeamFields draft={draft} onChange={setDraft} nameError={nameError} />
            <div>
              <Button type="submit" variant="primary" isBusy={create.isPending}>
                {t('adminTeams.submit')}
              </Button>
            </div>
          </form>
        </Card>
      </div>
      {editing && (
        <EditTeamDialog organisationId={organisation.id} team={editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}

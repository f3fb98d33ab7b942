import { roleSchema, type Role } from '@leerlus/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { setMembership } from '../../api/admin';
import { queryKeys } from '../../api/query-keys';
import { listTeams } from '../../api/teams';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { roleOptions } from '../../i18n/role-options';
import { Button } from '../../ui/button';
import { Select } from '../../ui/select';
import { useToast } from '../../ui/toast';

const ORGANISATION_SCOPE = '';

/** Grants a role in one team or in the whole organisation; admin is always organisation-wide. */
export function AddMembershipForm({ organisationId, userId }: { organisationId: string; userId: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const { data: teams = [] } = useQuery({ queryKey: queryKeys.teams, queryFn: listTeams });
  const [scope, setScope] = useState(ORGANISATION_SCOPE);
  const [role, setRole] = useState<Role>('member');
  const isAdminRole = role === 'admin';
  const teamId = isAdminRole || scope === ORGANISATION_SCOPE ? null : scope;

  const mutation = useMutation({
    mutationFn: () => setMembership(organisationId, { userId, teamId, role }),
    onSuccess: () => {
      toast.show(t('users.roleSaved'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.usersAll(organisationId) });
    },
  });

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.mutate();
  };

  const scopeOptions = [
    { value: ORGANISATION_SCOPE, label: t('users.wholeOrganisation') },
    ...teams
      .filter((team) => team.organisationId === organisationId)
      .map((team) => ({ value: team.id, label: team.name })),
  ];

  return (
    <form className="form add-membership" onSubmit={onSubmit}>
      <h3>{t('users.addRole')}</h3>
      <div role="alert">
        {mutation.error && <p className="callout callout-danger">{errorMessage(t, mutation.error)}</p>}
      </div>
      <Select
        label={t('team.memberRole')}
        options={roleOptions(t)}
        value={role}
        onChange={(e) => setRole(roleSchema.parse(e.target.value))}
      />
      <Select
        label={t('users.scope')}
        options={scopeOptions}
        value={teamId ?? ORGANISATION_SCOPE}
        disabled={isAdminRole}
        hint={isAdminRole ? t('users.adminOrgWide') : undefined}
        onChange={(e) => setScope(e.target.value)}
      />
      <div>
        <Button type="submit" variant="primary" isBusy={mutation.isPending}>
          {t('users.addRole')}
        </Button>
      </div>
    </form>
  );
}

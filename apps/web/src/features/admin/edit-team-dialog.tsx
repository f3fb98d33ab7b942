import type { TeamSummary } from '@leerlus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { updateTeam } from '../../api/admin';
import { queryKeys } from '../../api/query-keys';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { useToast } from '../../ui/toast';
import { isTeamNameValid, TeamFields, type TeamDraft } from './team-fields';

/** Rename a team or change its description. */
export function EditTeamDialog({
  organisationId,
  team,
  onClose,
}: {
  organisationId: string;
  team: TeamSummary;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<TeamDraft>({ name: team.name, description: team.description });
  const [nameError, setNameError] = useState<string>();
  const formId = `edit-team-${team.id}`;
  const mutation = useMutation({
    mutationFn: () =>
      updateTeam(organisationId, team.id, { name: draft.name.trim(), description: draft.description.trim() }),
    onSuccess: () => {
      toast.show(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.teams });
      void queryClient.invalidateQueries({ queryKey: queryKeys.session });
      onClose();
    },
  });

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const isValid = isTeamNameValid(draft.name);
    setNameError(isValid ? undefined : t('adminTeams.nameTooShort'));
    if (isValid) mutation.mutate();
  };

  return (
    <Dialog
      title={t('adminTeams.renameTitle', { name: team.name })}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" isBusy={mutation.isPending}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <form id={formId} className="form" noValidate onSubmit={onSubmit}>
        <div role="alert">
          {mutation.error && <p className="callout callout-danger">{errorMessage(t, mutation.error)}</p>}
        </div>
        <TeamFields draft={draft} onChange={setDraft} nameError={nameError} />
      </form>
    </Dialog>
  );
}

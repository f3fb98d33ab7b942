import { roleSchema } from '@leerlus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { queryKeys } from '../../api/query-keys';
import { createInvitation, type InvitableRole, type InvitationCreated } from '../../api/teams';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { roleOptions } from '../../i18n/role-options';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Select } from '../../ui/select';
import { TextField } from '../../ui/text-field';
import { InvitationLink } from './invitation-link';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const invitableRole = roleSchema.exclude(['admin']);

/** Invite someone by e-mail and role; the resulting link is shown once, to send it yourself. */
export function InviteCard({ teamId }: { teamId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InvitableRole>('member');
  const [emailError, setEmailError] = useState<string>();
  const [created, setCreated] = useState<InvitationCreated | null>(null);

  const mutation = useMutation({
    mutationFn: () => createInvitation(teamId, { email: email.trim().toLowerCase(), role }),
    onSuccess: (invitation) => {
      setCreated(invitation);
      setEmail('');
      void queryClient.invalidateQueries({ queryKey: queryKeys.team(teamId) });
    },
  });

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const isValid = EMAIL_PATTERN.test(email.trim());
    setEmailError(isValid ? undefined : t('login.emailInvalid'));
    if (isValid) mutation.mutate();
  };

  return (
    <Card title={t('team.invite')}>
      {created ? (
        <InvitationLink invitation={created} onDone={() => setCreated(null)} />
      ) : (
        <form className="form" noValidate onSubmit={onSubmit}>
          <p className="muted">{t('team.inviteIntro')}</p>
          <div role="alert">
            {mutation.error && <p className="callout callout-danger">{errorMessage(t, mutation.error)}</p>}
          </div>
          <TextField
            label={t('team.inviteEmail')}
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={emailError}
            required
          />
          <Select
            label={t('team.inviteRole')}
            options={roleOptions(t, ['admin'])}
            value={role}
            onChange={(e) => setRole(invitableRole.parse(e.target.value))}
          />
          <div>
            <Button type="submit" variant="primary" isBusy={mutation.isPending}>
              {t('team.inviteSubmit')}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}

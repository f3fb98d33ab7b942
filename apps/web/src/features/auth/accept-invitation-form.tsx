import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { acceptInvitation, type InvitationInfo } from '../../api/auth';
import { isApiError } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';
import { useToast } from '../../ui/toast';

const MIN_PASSWORD = 12;
interface FieldErrors {
  name?: string;
  password?: string;
  confirm?: string;
  code?: string;
}

/**
 * New account: name and a chosen password (twice). Existing account: its current password and, when
 * the server asks for it (INVALID_MFA_CODE), its second factor.
 */
export function AcceptInvitationForm({ token, invitation }: { token: string; invitation: InvitationInfo }) {
  const { t } = useI18n();
  const toast = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const isNewAccount = !invitation.hasAccount;

  const mutation = useMutation({
    // The contract requires a name even for an existing account, whose name the server keeps; the
    // address stands in for it there.
    mutationFn: () =>
      acceptInvitation(token, {
        name: isNewAccount ? name.trim() : invitation.email,
        password,
        ...(code.trim() ? { code: code.trim() } : {}),
      }),
    onSuccess: (session) => {
      queryClient.setQueryData(queryKeys.session, session);
      toast.show(t('invite.accepted', { team: invitation.teamName }));
      const team = session.teams.find((candidate) => candidate.name === invitation.teamName);
      void navigate(team ? `/teams/${team.id}` : '/', { replace: true });
    },
  });
  const needsCode = isApiError(mutation.error, 'INVALID_MFA_CODE') || code !== '';

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: FieldErrors = {};
    if (isNewAccount && name.trim() === '') next.name = t('common.required');
    if (password.length < MIN_PASSWORD)
      next.password = isNewAccount ? t('password.tooShort') : t('error.wrongPassword');
    if (isNewAccount && confirm !== password) next.confirm = t('password.mismatch');
    if (needsCode && code.trim().length < 6) next.code = t('login.codeInvalid');
    setErrors(next);
    if (Object.keys(next).length === 0) mutation.mutate();
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <div role="alert">
        {mutation.error && <p className="callout callout-danger">{errorMessage(t, mutation.error)}</p>}
      </div>
      {isNewAccount ? (
        <TextField
          label={t('invite.name')}
          hint={t('invite.nameHint')}
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
          required
        />
      ) : (
        <p className="callout callout-info">{t('invite.existingHint')}</p>
      )}
      <TextField
        label={t(isNewAccount ? 'invite.password' : 'invite.existingPassword')}
        hint={isNewAccount ? t('invite.passwordHint') : undefined}
        type="password"
        autoComplete={isNewAccount ? 'new-password' : 'current-password'}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
        required
      />
      {isNewAccount && (
        <TextField
          label={t('invite.passwordConfirm')}
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={errors.confirm}
          required
        />
      )}
      {needsCode && (
        <TextField
          label={t('login.code')}
          hint={t('login.mfaIntro')}
          autoComplete="one-time-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={errors.code}
          required
        />
      )}
      <Button type="submit" variant="primary" isBusy={mutation.isPending}>
        {t('invite.accept')}
      </Button>
    </form>
  );
}

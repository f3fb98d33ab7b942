import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { changePassword } from '../../api/account';
import { queryKeys } from '../../api/query-keys';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';
import { useToast } from '../../ui/toast';

const MIN_PASSWORD = 12;
interface Draft {
  current: string;
  next: string;
  confirm: string;
}
const EMPTY: Draft = { current: '', next: '', confirm: '' };

/** Change the password: the current one, the new one twice (at least 12 characters). */
export function PasswordForm() {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Draft>>({});
  const mutation = useMutation({
    mutationFn: () => changePassword({ currentPassword: draft.current, newPassword: draft.next }),
    onSuccess: () => {
      setDraft(EMPTY);
      toast.show(t('account.passwordChanged'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.session });
    },
  });

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Partial<Draft> = {};
    if (draft.current === '') next.current = t('common.required');
    if (draft.next.length < MIN_PASSWORD) next.next = t('password.tooShort');
    else if (draft.confirm !== draft.next) next.confirm = t('password.mismatch');
    setErrors(next);
    if (Object.keys(next).length === 0) mutation.mutate();
  };
  const field = (key: keyof Draft) => ({
    value: draft[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <div role="alert">
        {mutation.error && <p className="callout callout-danger">{errorMessage(t, mutation.error)}</p>}
      </div>
      <TextField
        label={t('account.currentPassword')}
        type="password"
        autoComplete="current-password"
        {...field('current')}
        required
      />
      <TextField
        label={t('account.newPassword')}
        hint={t('invite.passwordHint')}
        type="password"
        autoComplete="new-password"
        {...field('next')}
        required
      />
      <TextField
        label={t('account.confirmPassword')}
        type="password"
        autoComplete="new-password"
        {...field('confirm')}
        required
      />
      <div>
        <Button type="submit" variant="primary" isBusy={mutation.isPending}>
          {t('account.changePassword')}
        </Button>
      </div>
    </form>
  );
}

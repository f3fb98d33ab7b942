import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { disableMfa } from '../../api/account';
import { queryKeys } from '../../api/query-keys';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';
import { useToast } from '../../ui/toast';

/** Turning MFA off needs a current code (or recovery code), which doubles as the confirmation. */
export function MfaDisableForm() {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string>();
  const mutation = useMutation({
    mutationFn: () => disableMfa(code.trim()),
    onSuccess: () => {
      toast.show(t('mfa.disabled'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.session });
    },
  });
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const isValid = code.trim().length >= 6;
    setCodeError(isValid ? undefined : t('login.codeInvalid'));
    if (isValid) mutation.mutate();
  };
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <p className="muted">{t('mfa.disableIntro')}</p>
      <div role="alert">
        {mutation.error && <p className="callout callout-danger">{errorMessage(t, mutation.error)}</p>}
      </div>
      <TextField
        label={t('mfa.code')}
        autoComplete="one-time-code"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={codeError}
        required
      />
      <div>
        <Button type="submit" variant="danger" isBusy={mutation.isPending}>
          {t('mfa.disable')}
        </Button>
      </div>
    </form>
  );
}

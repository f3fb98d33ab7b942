import { localeSchema, type SessionInfo } from '@leerlus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { updateAccount } from '../../api/account';
import { queryKeys } from '../../api/query-keys';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { Select } from '../../ui/select';
import { TextField } from '../../ui/text-field';
import { useToast } from '../../ui/toast';

/** Name and preferred language; the language applies at once and on every device after the next login. */
export function ProfileForm({ user }: { user: SessionInfo['user'] }) {
  const { t, setLocale } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [name, setName] = useState(user.name);
  const [locale, setLocaleDraft] = useState(user.locale);
  const [nameError, setNameError] = useState<string>();
  const mutation = useMutation({
    mutationFn: () => updateAccount({ name: name.trim(), locale }),
    onSuccess: () => {
      setLocale(locale);
      toast.show(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.session });
    },
  });

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const isValid = name.trim() !== '';
    setNameError(isValid ? undefined : t('common.required'));
    if (isValid) mutation.mutate();
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <div role="alert">
        {mutation.error && <p className="callout callout-danger">{errorMessage(t, mutation.error)}</p>}
      </div>
      <TextField
        label={t('account.name')}
        autoComplete="name"
        maxLength={120}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={nameError}
        required
      />
      <TextField label={t('account.email')} value={user.email} readOnly />
      <Select
        label={t('account.language')}
        options={[
          { value: 'nl', label: t('lang.nl') },
          { value: 'en', label: t('lang.en') },
        ]}
        value={locale}
        onChange={(e) => setLocaleDraft(localeSchema.parse(e.target.value))}
      />
      <div>
        <Button type="submit" variant="primary" isBusy={mutation.isPending}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}

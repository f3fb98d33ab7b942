import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { updateSettings, type OrganisationSettings } from '../../api/admin';
import { queryKeys } from '../../api/query-keys';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { TextField } from '../../ui/text-field';
import { useToast } from '../../ui/toast';

/** Edits the organisation's name and MFA policy; saving refreshes the session (mfaRequired flag). */
export function SettingsForm({ settings }: { settings: OrganisationSettings }) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [name, setName] = useState(settings.name);
  const [mfaRequired, setMfaRequired] = useState(settings.mfaRequired);
  const [nameError, setNameError] = useState<string>();
  const hintId = useId();
  const mutation = useMutation({
    mutationFn: () => updateSettings(settings.id, { name: name.trim(), mfaRequired }),
    onSuccess: () => {
      toast.show(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.settings(settings.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.session });
    },
  });

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const isValid = name.trim().length >= 2;
    setNameError(isValid ? undefined : t('adminTeams.nameTooShort'));
    if (isValid) mutation.mutate();
  };

  return (
    <Card>
      <form className="form" noValidate onSubmit={onSubmit}>
        <div role="alert">
          {mutation.error && <p className="callout callout-danger">{errorMessage(t, mutation.error)}</p>}
        </div>
        <TextField
          label={t('settings.name')}
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
          error={nameError}
          required
        />
        <fieldset className="fieldset">
          <legend>{t('settings.security')}</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={mfaRequired}
              aria-describedby={hintId}
              onChange={(e) => setMfaRequired(e.target.checked)}
            />
            <span>{t('settings.mfaRequired')}</span>
          </label>
          <p id={hintId} className="field-hint">
            {t('settings.mfaRequiredHint')}
          </p>
        </fieldset>
        <div>
          <Button type="submit" variant="primary" isBusy={mutation.isPending}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

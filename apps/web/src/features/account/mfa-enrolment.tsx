import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { enableMfa, setupMfa } from '../../api/account';
import { queryKeys } from '../../api/query-keys';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { TextField } from '../../ui/text-field';
import { useToast } from '../../ui/toast';
import { RecoveryCodes } from './recovery-codes';
import './account.css';

/** ABCD EFGH …: easier to read and type over; authenticator apps ignore the spaces. */
const groupInFours = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * Enrolment in three steps: start (server creates a secret), scan the QR code and confirm a code,
 * then see the recovery codes once. The session is refreshed only after the codes are acknowledged,
 * so that the page does not switch away while they are on screen.
 */
export function MfaEnrolment() {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string>();
  const setup = useMutation({ mutationFn: setupMfa });
  const enable = useMutation({ mutationFn: () => enableMfa(code.trim()) });

  const onConfirm = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const isValid = code.trim().length >= 6;
    setCodeError(isValid ? undefined : t('login.codeInvalid'));
    if (isValid) enable.mutate();
  };

  const finish = () => {
    toast.show(t('mfa.enabled'));
    void queryClient.invalidateQueries({ queryKey: queryKeys.session });
  };

  if (enable.data) return <RecoveryCodes codes={enable.data} onDone={finish} />;
  if (!setup.data) {
    return (
      <div className="stack">
        {setup.error && (
          <p className="callout callout-danger" role="alert">
            {errorMessage(t, setup.error)}
          </p>
        )}
        <div>
          <Button variant="primary" onClick={() => setup.mutate()} isBusy={setup.isPending}>
            {t('mfa.start')}
          </Button>
        </div>
      </div>
    );
  }
  const qrSrc = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.data.qrSvg)}`;
  return (
    <Card title={t('mfa.start')}>
      <div className="mfa-setup">
        <div className="stack">
          <p>{t('mfa.scan')}</p>
          <img className="mfa-qr" src={qrSrc} alt={t('mfa.qrAlt')} width={200} height={200} />
          <p className="muted">
            {t('mfa.manual')} <code className="mfa-secret">{groupInFours(setup.data.secret)}</code>
          </p>
        </div>
        <form className="form" noValidate onSubmit={onConfirm}>
          <div role="alert">
            {enable.error && <p className="callout callout-danger">{errorMessage(t, enable.error)}</p>}
          </div>
          <TextField
            label={t('mfa.code')}
            autoComplete="one-time-code"
            inputMode="numeric"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={codeError}
            required
          />
          <div>
            <Button type="submit" variant="primary" isBusy={enable.isPending}>
              {t('mfa.confirm')}
            </Button>
          </div>
        </form>
      </div>
    </Card>
  );
}

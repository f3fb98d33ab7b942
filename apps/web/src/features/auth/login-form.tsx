import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { login } from '../../api/auth';
import { isApiError } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import type { PlainMessageKey } from '../../i18n/translate';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';

const LOGIN_ERRORS: Partial<Record<string, PlainMessageKey>> = {
  INVALID_CREDENTIALS: 'login.error.INVALID_CREDENTIALS',
  ACCOUNT_LOCKED: 'login.error.ACCOUNT_LOCKED',
  RATE_LIMITED: 'login.error.RATE_LIMITED',
  INVALID_MFA_CODE: 'login.error.INVALID_MFA_CODE',
};

type Step = 'credentials' | 'mfa';
interface FieldErrors {
  email?: string;
  password?: string;
  code?: string;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Email + password, then — when the server answers `mfa-required` — the MFA code, resubmitted with
 * the same credentials. A successful login puts the session in the cache; the page then redirects.
 */
export function LoginForm() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>('credentials');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: (response) => {
      if (response.status === 'mfa-required') setStep('mfa');
      else queryClient.setQueryData(queryKeys.session, response.session);
    },
  });

  const validate = (): FieldErrors => {
    if (step === 'mfa') return code.trim().length < 6 ? { code: t('login.codeInvalid') } : {};
    const errors: FieldErrors = {};
    if (!EMAIL_PATTERN.test(email.trim())) errors.email = t('login.emailInvalid');
    if (password === '') errors.password = t('common.required');
    return errors;
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validate();
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    mutation.reset();
    mutation.mutate({
      email: email.trim().toLowerCase(),
      password,
      ...(step === 'mfa' ? { code: code.trim() } : {}),
    });
  };

  const restart = () => {
    setStep('credentials');
    setCode('');
    setPassword('');
    mutation.reset();
  };

  const failure = mutation.error;
  const knownKey = isApiError(failure) ? LOGIN_ERRORS[failure.code] : undefined;
  const failureText = failure ? (knownKey ? t(knownKey) : errorMessage(t, failure)) : null;

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <div role="alert" aria-live="assertive">
        {failureText && <p className="callout callout-danger">{failureText}</p>}
      </div>
      {step === 'credentials' ? (
        <>
          <p className="muted">{t('login.intro')}</p>
          <TextField
            label={t('login.email')}
            type="email"
            name="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fieldErrors.email}
            required
          />
          <TextField
            label={t('login.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fieldErrors.password}
            required
          />
          <Button type="submit" variant="primary" isBusy={mutation.isPending}>
            {t('login.submit')}
          </Button>
        </>
      ) : (
        <>
          <p>{t('login.mfaIntro')}</p>
          <TextField
            label={t('login.code')}
            name="code"
            autoComplete="one-time-code"
            inputMode="text"
            autoFocus
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={fieldErrors.code}
            required
          />
          <div className="row">
            <Button type="submit" variant="primary" isBusy={mutation.isPending}>
              {t('login.verify')}
            </Button>
            <Button variant="ghost" onClick={restart}>
              {t('login.back')}
            </Button>
          </div>
        </>
      )}
    </form>
  );
}

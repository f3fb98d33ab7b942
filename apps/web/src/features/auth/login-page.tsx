import { Navigate, useLocation, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { PublicLayout } from '../../layout/public-layout';
import { useSessionQuery } from '../../session/use-session-query';
import { Spinner } from '../../ui/spinner';
import { LoginForm } from './login-form';
import { safeNext } from './safe-next';

interface LoginLocationState {
  isExpired?: boolean;
  isLoggedOut?: boolean;
}

/** `/login`: redirects to `next` as soon as there is a session. */
export function LoginPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const state = (useLocation().state ?? {}) as LoginLocationState;
  const { data: session, isPending } = useSessionQuery();

  if (session) return <Navigate to={safeNext(params.get('next'))} replace />;
  return (
    <PublicLayout title={t('login.title')}>
      {isPending ? (
        <Spinner />
      ) : (
        <>
          {state.isLoggedOut && (
            <p className="callout callout-success" role="status">
              {t('nav.loggedOut')}
            </p>
          )}
          {state.isExpired && (
            <p className="callout callout-info" role="status">
              {t('login.sessionExpired')}
            </p>
          )}
          <LoginForm />
        </>
      )}
    </PublicLayout>
  );
}

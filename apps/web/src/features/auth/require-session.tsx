import { useEffect, useRef, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { SessionProvider } from '../../session/session-context';
import { useSessionQuery } from '../../session/use-session-query';
import { Button } from '../../ui/button';
import { Spinner } from '../../ui/spinner';

export const MFA_ENROLMENT_PATH = '/account/mfa';

/** Guards the logged-in part of the app: login when there is no session, MFA enrolment when required. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const location = useLocation();
  const { data: session, error, isPending, refetch } = useSessionQuery();
  const hadSession = useRef(false);
  useEffect(() => {
    if (session) hadSession.current = true;
  }, [session]);

  if (isPending) return <Spinner />;
  if (error) {
    return (
      <div className="callout callout-danger" role="alert">
        <p>{errorMessage(t, error)}</p>
        <Button onClick={() => void refetch()}>{t('common.retry')}</Button>
      </div>
    );
  }
  if (!session) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace state={{ isExpired: hadSession.current }} />;
  }
  if (session.mfa.enrolmentRequired && location.pathname !== MFA_ENROLMENT_PATH) {
    return <Navigate to={MFA_ENROLMENT_PATH} replace />;
  }
  return <SessionProvider session={session}>{children}</SessionProvider>;
}

import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { getInvitation } from '../../api/auth';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/i18n-context';
import { PublicLayout } from '../../layout/public-layout';
import { roleLabel } from '../../i18n/role-label';
import { Spinner } from '../../ui/spinner';
import { AcceptInvitationForm } from './accept-invitation-form';

/** `/invite/:token`: who invited you where, then create (or link) the account and log in. */
export function AcceptInvitationPage() {
  const { t, formatDate } = useI18n();
  const token = useParams().token ?? '';
  const {
    data: invitation,
    isPending,
    isError,
  } = useQuery({
    queryKey: queryKeys.invitation(token),
    queryFn: () => getInvitation(token),
    retry: false,
  });

  return (
    <PublicLayout title={t('invite.title')}>
      {isPending && <Spinner />}
      {isError && (
        <div className="stack">
          <p className="callout callout-danger" role="alert">
            {t('invite.invalid')}
          </p>
          <Link to="/login">{t('invite.toLogin')}</Link>
        </div>
      )}
      {invitation && (
        <div className="stack">
          <p>
            {t('invite.intro', {
              team: invitation.teamName,
              organisation: invitation.organisationName,
              role: roleLabel(t, invitation.role),
            })}
          </p>
          <p className="muted">
            {t('invite.email', { email: invitation.email })}
            <br />
            {t('invite.expires', { date: formatDate(invitation.expiresAt) })}
          </p>
          <AcceptInvitationForm token={token} invitation={invitation} />
        </div>
      )}
    </PublicLayout>
  );
}

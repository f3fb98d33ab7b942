import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { PageHeader } from '../../ui/page-header';
import { PasswordForm } from './password-form';
import { ProfileForm } from './profile-form';

/** `/account`: name and language, password, and the way to MFA settings. */
export function AccountPage() {
  const { t } = useI18n();
  const { session } = useSession();
  return (
    <>
      <PageHeader title={t('account.title')} description={session.user.email} />
      <div className="grid-2">
        <Card title={t('account.profile')}>
          <ProfileForm key={session.user.id} user={session.user} />
        </Card>
        <div className="stack">
          <Card title={t('account.security')}>
            <p className="row">
              <span>{t('mfa.status')}:</span>
              <Badge tone={session.mfa.enabled ? 'success' : 'neutral'}>
                {t(session.mfa.enabled ? 'mfa.statusOn' : 'mfa.statusOff')}
              </Badge>
            </p>
            <Link to="/account/mfa" className="btn btn-secondary">
              {t('account.manageMfa')}
            </Link>
          </Card>
          <Card title={t('account.password')}>
            <PasswordForm />
          </Card>
        </div>
      </div>
    </>
  );
}

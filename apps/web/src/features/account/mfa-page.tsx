import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { PageHeader } from '../../ui/page-header';
import { MfaDisableForm } from './mfa-disable-form';
import { MfaEnrolment } from './mfa-enrolment';

/** `/account/mfa`: enrol (also the forced stop when the organisation requires MFA) or disable. */
export function MfaPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const { enabled, enrolmentRequired } = session.mfa;
  const isMandatory = session.organisations.some((o) => o.mfaRequired);
  return (
    <>
      <PageHeader
        title={t('mfa.title')}
        description={t('mfa.intro')}
        actions={!enrolmentRequired && <Link to="/account">{t('account.title')}</Link>}
      />
      {enrolmentRequired && (
        <p className="callout callout-warning" role="status">
          {t('mfa.required')}
        </p>
      )}
      <div className="stack mfa-content">
        <p className="row">
          <span>{t('mfa.status')}:</span>
          <Badge tone={enabled ? 'success' : 'neutral'}>
            {t(enabled ? 'mfa.statusOn' : 'mfa.statusOff')}
          </Badge>
        </p>
        {enabled ? (
          <Card title={t('mfa.disableTitle')}>
            {isMandatory ? <p className="muted">{t('mfa.disableBlocked')}</p> : <MfaDisableForm />}
          </Card>
        ) : (
          <MfaEnrolment />
        )}
      </div>
    </>
  );
}

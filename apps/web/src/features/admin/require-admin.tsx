import { Outlet } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { PageHeader } from '../../ui/page-header';

/** Admin pages for administrators of the current organisation only (the server enforces the same). */
export function RequireAdmin() {
  const { t } = useI18n();
  const { isAdmin } = useSession();
  if (!isAdmin) {
    return (
      <>
        <PageHeader title={t('nav.admin')} />
        <p className="callout callout-danger" role="alert">
          {t('error.forbidden')}
        </p>
      </>
    );
  }
  return <Outlet />;
}

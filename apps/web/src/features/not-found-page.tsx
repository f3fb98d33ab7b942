import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { PageHeader } from '../ui/page-header';

/** Any unknown path inside the app. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('error.pageNotFound')} />
      <Link to="/">{t('error.backHome')}</Link>
    </>
  );
}

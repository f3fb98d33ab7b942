import { useQuery } from '@tanstack/react-query';
import { getSettings } from '../../api/admin';
import { queryKeys } from '../../api/query-keys';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { SettingsForm } from './settings-form';
import { useAdminOrganisation } from './use-admin-organisation';

/** `/admin/settings`: organisation name and whether MFA is mandatory. */
export function SettingsPage() {
  const { t } = useI18n();
  const organisation = useAdminOrganisation();
  const { data: settings, error } = useQuery({
    queryKey: queryKeys.settings(organisation.id),
    queryFn: () => getSettings(organisation.id),
  });
  return (
    <>
      <PageHeader title={t('settings.title')} />
      {error && (
        <p className="callout callout-danger" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
      {!settings && !error && <Spinner />}
      {settings && <SettingsForm key={settings.id} settings={settings} />}
    </>
  );
}

import { useMutation } from '@tanstack/react-query';
import { verifyAudit } from '../../api/admin';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';

/** Recomputes the audit hash chain on the server and says whether it is intact. */
export function AuditVerify({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const mutation = useMutation({ mutationFn: () => verifyAudit(organisationId) });
  const result = mutation.data;
  return (
    <div>
      <Button onClick={() => mutation.mutate()} isBusy={mutation.isPending}>
        {t('audit.verify')}
      </Button>
      <div role="status" className="verify-result">
        {result?.ok === true && (
          <p className="callout callout-success">{t('audit.verifyOk', { checked: result.checked })}</p>
        )}
        {result?.ok === false && (
          <p className="callout callout-danger">
            {t('audit.verifyBroken', { id: result.firstBrokenId ?? '?', checked: result.checked })}
          </p>
        )}
        {mutation.error && <p className="callout callout-danger">{errorMessage(t, mutation.error)}</p>}
      </div>
    </div>
  );
}

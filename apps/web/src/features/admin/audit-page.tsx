import type { AuditEvent } from '@leerlus/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { listAudit, type AuditFilter } from '../../api/admin';
import { queryKeys } from '../../api/query-keys';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Badge, type BadgeTone } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { EmptyState } from '../../ui/empty-state';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { Table } from '../../ui/table';
import { AuditFilters } from './audit-filters';
import { AuditVerify } from './audit-verify';
import { useAdminOrganisation } from './use-admin-organisation';
import './admin.css';

const outcomeTone: Record<AuditEvent['outcome'], BadgeTone> = {
  success: 'success',
  failure: 'warning',
  denied: 'danger',
};

/** `/admin/audit`: the organisation's audit trail, newest first, with filters, paging and chain verification. */
export function AuditPage() {
  const { t, formatDateTime } = useI18n();
  const organisation = useAdminOrganisation();
  const [filter, setFilter] = useState<AuditFilter>({});
  const query = useInfiniteQuery({
    queryKey: queryKeys.audit(organisation.id, filter),
    queryFn: ({ pageParam }) => listAudit(organisation.id, filter, pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => page.nextBefore ?? undefined,
  });
  const events = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.intro')}
        actions={<AuditVerify organisationId={organisation.id} />}
      />
      <div className="stack">
        <Card title={t('audit.filters')} headingLevel={2}>
          <AuditFilters onApply={setFilter} />
        </Card>
        {query.isPending && <Spinner />}
        {query.error && (
          <p className="callout callout-danger" role="alert">
            {errorMessage(t, query.error)}
          </p>
        )}
        {query.data && events.length === 0 && <EmptyState title={t('audit.empty')} />}
        {events.length > 0 && (
          <div>
            <Table<AuditEvent>
              caption={t('audit.title')}
              rows={events}
              rowKey={(e) => String(e.id)}
              columns={[
                {
                  key: 'at',
                  header: t('audit.at'),
                  cell: (e) => <span className="nowrap">{formatDateTime(e.at)}</span>,
                },
                {
                  key: 'actor',
                  header: t('audit.actor'),
                  cell: (e) => (
                    <span className="user-cell">
                      <span className="break-anywhere">{e.actorEmail ?? t('audit.system')}</span>
                      {e.ip && (
                        <span className="muted user-email">
                          <span className="visually-hidden">{t('audit.ip')}: </span>
                          {e.ip}
                        </span>
                      )}
                    </span>
                  ),
                },
                { key: 'action', header: t('audit.action'), cell: (e) => <code>{e.action}</code> },
                {
                  key: 'resource',
                  header: t('audit.resource'),
                  cell: (e) => (
                    <span className="user-cell">
                      <span>{e.resourceType}</span>
                      {e.resourceId && <code className="audit-id">{e.resourceId}</code>}
                    </span>
                  ),
                },
                {
                  key: 'outcome',
                  header: t('audit.outcome'),
                  cell: (e) => <Badge tone={outcomeTone[e.outcome]}>{t(`audit.outcome.${e.outcome}`)}</Badge>,
                },
              ]}
            />
            <div className="audit-footer">
              {query.hasNextPage ? (
                <Button onClick={() => void query.fetchNextPage()} isBusy={query.isFetchingNextPage}>
                  {t('audit.older')}
                </Button>
              ) : (
                <p className="muted">{t('audit.end')}</p>
              )}
            </div>
          </div>
        )}
      </div>
    </>
  );
}

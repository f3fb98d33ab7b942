import type { ImportDto, ImportStatus } from '@leerlus/contracts/imports';
import { useI18n } from '../../i18n/i18n-context';
import { Badge, type BadgeTone } from '../../ui/badge';
import { Card } from '../../ui/card';
import { Table } from '../../ui/table';

const TONE: Record<ImportStatus, BadgeTone> = {
  uploaded: 'neutral',
  queued: 'info',
  running: 'info',
  succeeded: 'success',
  failed: 'danger',
  cancelled: 'warning',
};

export function StatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useI18n();
  return <Badge tone={TONE[status]}>{t(`imports.status.${status}`)}</Badge>;
}

/** The team's imports, newest first. */
export function ImportHistory({ imports }: { imports: readonly ImportDto[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <Card title={t('imports.history.title')}>
      {imports.length === 0 ? (
        <p className="muted">{t('imports.history.empty')}</p>
      ) : (
        <Table
          caption={t('imports.history.caption')}
          rows={imports}
          rowKey={(i) => i.id}
          columns={[
            { key: 'date', header: t('imports.history.date'), cell: (i) => formatDateTime(i.createdAt) },
            { key: 'file', header: t('imports.history.file'), cell: (i) => i.fileName, isRowHeader: true },
            {
              key: 'status',
              header: t('imports.history.status'),
              cell: (i) => <StatusBadge status={i.status} />,
            },
            { key: 'rows', header: t('imports.history.rows'), cell: (i) => i.totalRows, align: 'end' },
            {
              key: 'inserted',
              header: t('imports.history.inserted'),
              cell: (i) => i.insertedRows,
              align: 'end',
            },
            { key: 'by', header: t('imports.history.by'), cell: (i) => i.createdBy?.name ?? '' },
          ]}
        />
      )}
    </Card>
  );
}

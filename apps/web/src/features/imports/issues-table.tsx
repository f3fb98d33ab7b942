import { importFieldSchema, type ImportIssueDto, type ValidationResult } from '@leerlus/contracts/imports';
import { useI18n } from '../../i18n/i18n-context';
import { Table } from '../../ui/table';

/** The error report: every listed issue with row, column, value and the reason in the user's language, and the total. */
export function IssuesReport({ result }: { result: ValidationResult }) {
  const { t } = useI18n();
  if (result.issueCount === 0) {
    return (
      <p className="callout callout-success" role="status">
        {t('imports.validate.ok', { rows: result.totalRows })}
      </p>
    );
  }
  return (
    <div className="stack">
      <p className="callout callout-danger" role="alert">
        {t('imports.validate.problems', {
          count: result.issueCount,
          rows: result.totalRows,
          invalid: result.invalidRows,
        })}{' '}
        {result.issues.length < result.issueCount &&
          t('imports.validate.listed', { shown: result.issues.length })}
      </p>
      <IssuesTable issues={result.issues} />
    </div>
  );
}

export function IssuesTable({ issues }: { issues: readonly ImportIssueDto[] }) {
  const { t } = useI18n();
  return (
    <Table
      caption={t('imports.issues.caption')}
      isCaptionVisible
      rows={issues.map((issue, index) => ({ ...issue, index }))}
      rowKey={(r) => String(r.index)}
      columns={[
        {
          key: 'row',
          header: t('imports.issues.row'),
          cell: (r) => (r.row === 0 ? t('imports.issues.file') : r.row),
          align: 'end',
        },
        {
          key: 'column',
          header: t('imports.issues.column'),
          // A file-level issue names a field of the mapping: show its label.
          cell: (r) => {
            const field = r.row === 0 ? importFieldSchema.safeParse(r.column) : null;
            return field?.success ? t(`imports.field.${field.data}`) : (r.column ?? '');
          },
        },
        { key: 'value', header: t('imports.issues.value'), cell: (r) => <code>{r.value ?? ''}</code> },
        { key: 'reason', header: t('imports.issues.reason'), cell: (r) => r.message },
      ]}
    />
  );
}

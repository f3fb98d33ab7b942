import {
  importIssueSchema,
  type ColumnMapping,
  type CommitResult,
  type ImportDto,
  type ImportIssueDto,
  type ImportKind,
  type ImportMode,
  type ImportPreview,
  type ValidationResult,
} from '@leerlus/contracts/imports';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import {
  cancelImport,
  commitImport,
  getImport,
  listImports,
  skippedRowsUrl,
  uploadImport,
  validateImport,
} from '../../api/imports';
import { queryKeys } from '../../api/query-keys';
import { getTeam } from '../../api/teams';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { PageHeader } from '../../ui/page-header';
import { Select } from '../../ui/select';
import { Table } from '../../ui/table';
import { ImportHistory, StatusBadge } from './import-history';
import { IssuesReport, IssuesTable } from './issues-table';
import { MappingForm } from './mapping-form';
import './imports.css';

const FINISHED = new Set(['succeeded', 'failed', 'cancelled']);
const DELIMITER_NAMES: Record<string, string> = { ',': ',', ';': ';', '\t': 'tab' };

/** The issues of a file refused at upload (400 VALIDATION_FAILED with details.issues). */
function uploadIssuesOf(error: unknown): ImportIssueDto[] | null {
  if (!isApiError(error, 'VALIDATION_FAILED')) return null;
  const parsed = importIssueSchema
    .array()
    .safeParse((error.details as { issues?: unknown } | undefined)?.issues);
  return parsed.success ? parsed.data : null;
}

/**
 * `/teams/:teamId/import`: upload a file, see what was detected and its first rows, map columns to
 * fields (or load a saved profile), validate (error report), choose all-or-nothing or skip-invalid,
 * import, follow a background import (progress, cancel), and the team's import history.
 */
export function ImportPage() {
  const { t } = useI18n();
  const teamId = useParams().teamId ?? '';
  const queryClient = useQueryClient();
  const team = useQuery({ queryKey: queryKeys.team(teamId), queryFn: () => getTeam(teamId) });
  const history = useQuery({ queryKey: queryKeys.imports(teamId), queryFn: () => listImports(teamId) });

  const fileId = useId();
  const [kind, setKind] = useState<ImportKind>('patient');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [validation, setValidation] = useState<ValidationResult | null>(null);
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [result, setResult] = useState<CommitResult | null>(null);

  const refreshHistory = () => queryClient.invalidateQueries({ queryKey: queryKeys.imports(teamId) });

  const upload = useMutation({
    mutationFn: () => uploadImport(teamId, file!, kind),
    onSuccess: (p) => {
      setPreview(p);
      setMapping(p.suggestedMapping);
      setValidation(null);
      setResult(null);
    },
    onSettled: () => {
      void refreshHistory();
    },
  });
  const validate = useMutation({
    mutationFn: () => validateImport(teamId, preview!.import.id, mapping),
    onSuccess: setValidation,
  });
  const commit = useMutation({
    mutationFn: () => commitImport(teamId, preview!.import.id, mapping, mode),
    onSuccess: (r) => {
      setResult(r);
      if (r.validation) setValidation(r.validation);
      void refreshHistory();
    },
  });
  const running = result && !FINISHED.has(result.import.status) ? result.import.id : null;
  const job = useQuery({
    queryKey: [...queryKeys.imports(teamId), running],
    queryFn: () => getImport(teamId, running!),
    enabled: running !== null,
    refetchInterval: (q) => (q.state.data && FINISHED.has(q.state.data.status) ? false : 1000),
  });
  const cancel = useMutation({
    mutationFn: () => cancelImport(teamId, running!),
    onSuccess: (imported) => {
      setResult({ import: imported, validation: null });
      void refreshHistory();
    },
  });
  const current: ImportDto | null = job.data ?? result?.import ?? null;

  const onUpload = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file) upload.mutate();
  };
  const uploadIssues = uploadIssuesOf(upload.error);

  return (
    <>
      <PageHeader
        title={t('imports.title')}
        description={team.data ? `${team.data.name} · ${t('imports.description')}` : t('imports.description')}
        actions={
          <Link to={`/teams/${teamId}`} className="btn btn-secondary">
            {t('imports.back')}
          </Link>
        }
      />
      <div className="stack">
        <Card title={t('imports.upload.title')}>
          <form className="stack" onSubmit={onUpload}>
            <Select
              label={t('imports.upload.kind')}
              value={kind}
              options={[
                { value: 'patient', label: t('imports.upload.kind.patient') },
                { value: 'aggregate', label: t('imports.upload.kind.aggregate') },
              ]}
              onChange={(e) => setKind(e.target.value as ImportKind)}
            />
            <div className="field">
              <label className="field-label" htmlFor={fileId}>
                {t('imports.upload.file')}
              </label>
              <input
                id={fileId}
                className="input"
                type="file"
                accept=".csv,.txt,.xlsx,.json,.ndjson,.jsonl,text/csv,application/json"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </div>
            <div className="row">
              <Button type="submit" variant="primary" isBusy={upload.isPending} disabled={!file}>
                {t('imports.upload.submit')}
              </Button>
            </div>
          </form>
          {uploadIssues ? (
            <div className="stack">
              <p className="callout callout-danger" role="alert">
                {t('imports.upload.rejected')}
              </p>
              <IssuesTable issues={uploadIssues} />
            </div>
          ) : (
            upload.error && (
              <p className="callout callout-danger" role="alert">
                {errorMessage(t, upload.error)}
              </p>
            )
          )}
        </Card>

        {preview && (
          <Card title={t('imports.preview.title')}>
            <div className="stack">
              <p role="status">
                {t('imports.upload.detected', {
                  format: preview.import.format.toUpperCase(),
                  encoding: preview.import.encoding ?? '—',
                  delimiter: preview.import.delimiter
                    ? (DELIMITER_NAMES[preview.import.delimiter] ?? preview.import.delimiter)
                    : '—',
                })}
              </p>
              {preview.import.previousImportId && (
                <p className="callout callout-info">{t('imports.upload.previous')}</p>
              )}
              <Table
                caption={t('imports.preview.caption')}
                isCaptionVisible
                rows={preview.rows.map((cells, index) => ({ cells, index }))}
                rowKey={(r) => String(r.index)}
                columns={preview.headers.map((h, i) => ({
                  key: `${String(i)}-${h}`,
                  header: h,
                  cell: (r: { cells: string[] }) => r.cells[i] ?? '',
                }))}
              />
              {preview.needsMapping ? (
                <MappingForm
                  teamId={teamId}
                  kind={preview.import.kind}
                  headers={preview.headers}
                  fields={preview.fields}
                  mapping={mapping}
                  onChange={setMapping}
                />
              ) : (
                <p className="muted">{t('imports.preview.noMapping')}</p>
              )}
            </div>
          </Card>
        )}

        {preview && (
          <Card title={t('imports.validate.title')}>
            <div className="stack">
              <div className="row">
                <Button
                  onClick={() => validate.mutate()}
                  isBusy={validate.isPending}
                  disabled={running !== null}
                >
                  {t('imports.validate.submit')}
                </Button>
              </div>
              {validation && <IssuesReport result={validation} />}
              <fieldset className="imports-mode">
                <legend>{t('imports.mode.legend')}</legend>
                {(['all-or-nothing', 'skip-invalid'] as const).map((m) => (
                  <label key={m} className="imports-radio">
                    <input
                      type="radio"
                      name="import-mode"
                      value={m}
                      checked={mode === m}
                      onChange={() => setMode(m)}
                    />
                    {t(m === 'all-or-nothing' ? 'imports.mode.all' : 'imports.mode.skip')}
                  </label>
                ))}
              </fieldset>
              <div className="row">
                <Button
                  variant="primary"
                  onClick={() => commit.mutate()}
                  isBusy={commit.isPending}
                  disabled={running !== null || current?.status === 'succeeded'}
                >
                  {t('imports.commit.submit')}
                </Button>
              </div>
              {(validate.error ?? commit.error) && (
                <p className="callout callout-danger" role="alert">
                  {errorMessage(t, validate.error ?? commit.error)}
                </p>
              )}
              {current && (
                <CommitOutcome
                  teamId={teamId}
                  current={current}
                  onCancel={() => cancel.mutate()}
                  isCancelling={cancel.isPending}
                />
              )}
            </div>
          </Card>
        )}

        <ImportHistory imports={history.data ?? []} />
      </div>
    </>
  );
}

function CommitOutcome({
  teamId,
  current,
  onCancel,
  isCancelling,
}: {
  teamId: string;
  current: ImportDto;
  onCancel: () => void;
  isCancelling: boolean;
}) {
  const { t } = useI18n();
  const percent = Math.round(current.progress * 100);
  switch (current.status) {
    case 'queued':
    case 'running':
    case 'uploaded':
      return (
        <div className="stack" role="status">
          <p>{t('imports.progress.running', { percent })}</p>
          <progress
            className="imports-progress"
            max={100}
            value={percent}
            aria-label={t('imports.progress.label')}
          />
          <div className="row">
            <Button variant="danger" onClick={onCancel} isBusy={isCancelling}>
              {t('imports.cancel')}
            </Button>
          </div>
        </div>
      );
    case 'succeeded':
      return (
        <div className="callout callout-success stack" role="status">
          <p>
            <StatusBadge status="succeeded" />{' '}
            {t('imports.commit.succeeded', {
              inserted: current.insertedRows,
              existing: current.existingRows,
            })}{' '}
            {current.invalidRows > 0 && t('imports.commit.skipped', { invalid: current.invalidRows })}
          </p>
          {current.hasSkippedRows && (
            <p>
              <a href={skippedRowsUrl(teamId, current.id)} download>
                {t('imports.commit.downloadSkipped')}
              </a>
            </p>
          )}
        </div>
      );
    case 'failed':
      return (
        <p className="callout callout-danger" role="alert">
          {t('imports.commit.failed')}
        </p>
      );
    case 'cancelled':
      return (
        <p className="callout callout-warning" role="status">
          {t('imports.commit.cancelled')}
        </p>
      );
  }
}

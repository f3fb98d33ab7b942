import { open } from 'node:fs/promises';
import type { ImportMode, ValidationResult } from '@leerlus/contracts/imports';
import { recordAudit, type Database } from '@leerlus/db';
import {
  catalogueCodes,
  writeAggregateRows,
  writePatientRows,
  type ImportTarget,
} from '@leerlus/db/repositories/import-rows';
import {
  csvField,
  issueMessage,
  skippedCsvLine,
  type AggregateRow,
  type ColumnMapping,
  type ImportIssue,
  type ImportKind,
  type IssueReason,
  type Locale,
  type PatientRow,
  type ValidationContext,
} from '@leerlus/domain/imports/index';
import type { ImportErrorSummary } from '@leerlus/db/schema/imports';
import { ImportFileError, previewFile, readRows, type SourceSettings } from './sources';
import { updateImport, type ImportRow } from './queries';
import { skippedPath, uploadPath } from './storage';

/** Issues listed in a validation answer; all of them are counted. */
export const ISSUE_LIST_LIMIT = 200;

/** Counts every issue, keeps the first ones with their message in the user's language. */
class IssueCollector {
  count = 0;
  readonly listed: ValidationResult['issues'] = [];
  readonly byReason: Partial<Record<IssueReason, number>> = {};
  constructor(private readonly locale: Locale) {}
  add(issues: readonly ImportIssue[]): void {
    for (const i of issues) {
      this.count++;
      this.byReason[i.reason] = (this.byReason[i.reason] ?? 0) + 1;
      if (this.listed.length < ISSUE_LIST_LIMIT)
        this.listed.push({ ...i, message: issueMessage(i.reason, this.locale) });
    }
  }
  summary(message?: string): ImportErrorSummary {
    return { total: this.count, byReason: { ...this.byReason }, ...(message ? { message } : {}) };
  }
}

/** What validation checks codes against: the organisation's catalogue (when it has indicators). */
export async function validationContextFor(
  db: Database,
  organisationId: string,
  kind: ImportKind,
): Promise<ValidationContext> {
  const codes = await catalogueCodes(db, organisationId);
  return {
    kind,
    knownCodes: codes.observations.size > 0 ? codes.observations : null,
    knownIndicators: codes.indicators,
  };
}

export const settingsOf = (row: ImportRow): SourceSettings => ({
  format: row.format,
  encoding: row.encoding as SourceSettings['encoding'],
  delimiter: row.delimiter as SourceSettings['delimiter'],
});

interface Counts {
  total: number;
  valid: number;
  invalid: number;
}

const result = (counts: Counts, issues: IssueCollector): ValidationResult => ({
  totalRows: counts.total,
  validRows: counts.valid,
  invalidRows: counts.invalid,
  issueCount: issues.count,
  issues: issues.listed,
});

/** A full pass over the file without writing anything. */
export async function validateImport(
  row: ImportRow,
  ctx: ValidationContext,
  mapping: ColumnMapping,
  locale: Locale,
): Promise<ValidationResult> {
  const counts: Counts = { total: 0, valid: 0, invalid: 0 };
  const issues = new IssueCollector(locale);
  try {
    for await (const batch of readRows(uploadPath(row.id), settingsOf(row), { ctx, mapping })) {
      for (const r of batch) {
        counts.total++;
        if (r.ok) counts.valid++;
        else {
          counts.invalid++;
          issues.add(r.issues);
        }
      }
    }
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    issues.add(error.issues);
  }
  return result(counts, issues);
}

/** Rows were invalid in an all-or-nothing commit: roll back. */
class RowsRejected extends Error {}

export interface CommitParams {
  mapping: ColumnMapping;
  mode: ImportMode;
  locale: Locale;
  signal: AbortSignal;
  onProgress: (bytes: number) => void;
  actor: { id: string | null; email: string | null; ip: string | null };
}

export interface CommitOutcome {
  row: ImportRow;
  validation: ValidationResult | null;
  hasSkippedRows: boolean;
}

const BATCH_WRITE = 10_000;

/**
 * Commits an import in ONE transaction: reads, validates and bulk-inserts the rows batch by batch.
 * all-or-nothing: after the first invalid row nothing more is written, the rest is only validated
 * (to report every issue), and the transaction rolls back. skip-invalid: valid rows are written and
 * the invalid ones go to a CSV with a reason column. Aborting (cancel) rolls back too. The outcome
 * is recorded on the import row and in the audit log (file hash and counts, no patient data).
 */
export async function commitImport(
  db: Database,
  row: ImportRow,
  ctx: ValidationContext,
  p: CommitParams,
): Promise<CommitOutcome> {
  const counts: Counts = { total: 0, valid: 0, invalid: 0 };
  const issues = new IssueCollector(p.locale);
  const written = { inserted: 0, existing: 0 };
  const target: ImportTarget = {
    organisationId: row.organisationId,
    teamId: row.teamId,
    importId: row.id,
    source: row.format.startsWith('fhir') ? 'fhir' : row.format,
  };
  const settings = settingsOf(row);
  const skipped = p.mode === 'skip-invalid' ? await open(skippedPath(row.id), 'w') : null;
  const auditDetails = (status: string) => ({
    fileSha256: row.fileSha256,
    kind: row.kind,
    format: row.format,
    mode: p.mode,
    status,
    totalRows: counts.total,
    validRows: counts.valid,
    invalidRows: counts.invalid,
    insertedRows: written.inserted,
    existingRows: written.existing,
  });
  const audit = (
    executor: Parameters<typeof recordAudit>[0],
    status: string,
    outcome: 'success' | 'failure',
  ) =>
    recordAudit(executor, {
      action: 'import.commit',
      resourceType: 'import',
      resourceId: row.id,
      organisationId: row.organisationId,
      teamId: row.teamId,
      actorId: p.actor.id,
      actorEmail: p.actor.email,
      ip: p.actor.ip,
      outcome,
      details: auditDetails(status),
    });

  await updateImport(db, row.id, {
    status: 'running',
    mode: p.mode,
    mapping: p.mapping,
    startedAt: new Date(),
    processedBytes: 0,
    errorSummary: null,
  });
  try {
    if (skipped) {
      const headers =
        settings.format === 'csv' || settings.format === 'xlsx'
          ? (await previewFile(uploadPath(row.id), settings, row.kind, ctx)).headers
          : ['resourceType', 'id'];
      await skipped.write(
        `${[p.locale === 'nl' ? 'regel' : 'row', ...headers, p.locale === 'nl' ? 'reden' : 'reason'].map((h) => csvField(h)).join(',')}\r\n`,
      );
    }
    const done = await db.transaction(async (tx) => {
      for await (const batch of readRows(uploadPath(row.id), settings, {
        ctx,
        mapping: p.mapping,
        signal: p.signal,
        progress: p.onProgress,
        batchSize: BATCH_WRITE,
      })) {
        p.signal.throwIfAborted();
        const patients: PatientRow[] = [];
        const aggregates: AggregateRow[] = [];
        let lines = '';
        for (const r of batch) {
          counts.total++;
          if (r.ok) {
            counts.valid++;
            if (r.value.kind === 'patient') patients.push(r.value.row);
            else aggregates.push(r.value.row);
          } else {
            counts.invalid++;
            issues.add(r.issues);
            if (skipped) lines += skippedCsvLine([String(r.line), ...r.raw], r.issues, p.locale);
          }
        }
        if (skipped && lines) await skipped.write(lines);
        if (p.mode === 'skip-invalid' || issues.count === 0) {
          const w =
            row.kind === 'patient'
              ? await writePatientRows(tx, target, patients)
              : await writeAggregateRows(tx, target, aggregates);
          written.inserted += w.inserted;
          written.existing += w.existing;
        }
      }
      p.signal.throwIfAborted();
      if (p.mode === 'all-or-nothing' && issues.count > 0) throw new RowsRejected();
      const finished = await updateImport(tx, row.id, {
        status: 'succeeded',
        totalRows: counts.total,
        validRows: counts.valid,
        invalidRows: counts.invalid,
        insertedRows: written.inserted,
        existingRows: written.existing,
        processedBytes: row.fileSize,
        errorSummary: issues.count > 0 ? issues.summary() : null,
        finishedAt: new Date(),
      });
      await audit(tx, 'succeeded', 'success');
      return finished;
    });
    return {
      row: done,
      validation: issues.count > 0 ? result(counts, issues) : null,
      hasSkippedRows: counts.invalid > 0 && skipped !== null,
    };
  } catch (error) {
    const cancelled = p.signal.aborted;
    if (error instanceof ImportFileError) issues.add(error.issues);
    const known = cancelled || error instanceof ImportFileError || error instanceof RowsRejected;
    const status = cancelled ? 'cancelled' : 'failed';
    written.inserted = 0;
    written.existing = 0;
    const failed = await updateImport(db, row.id, {
      status,
      totalRows: counts.total,
      validRows: counts.valid,
      invalidRows: counts.invalid,
      insertedRows: 0,
      existingRows: 0,
      errorSummary: cancelled ? null : issues.summary(known ? undefined : 'internal error'),
      finishedAt: new Date(),
    });
    await audit(db, status, 'failure');
    if (!known) throw error;
    return { row: failed, validation: cancelled ? null : result(counts, issues), hasSkippedRows: false };
  } finally {
    await skipped?.close();
  }
}

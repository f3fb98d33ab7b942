import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { teamParamsSchema } from '@leerlus/contracts';
import {
  commitRequestSchema,
  commitResultSchema,
  importListSchema,
  importParamsSchema,
  importPreviewSchema,
  importSchema,
  uploadQuerySchema,
  validateRequestSchema,
  validationResultSchema,
  type ImportPreview,
} from '@leerlus/contracts/imports';
import { schema } from '@leerlus/db';
import { fieldsOf, issueMessage, type ImportIssue, type Locale } from '@leerlus/domain/imports/index';
import { authorize } from '../../access/authorize';
import { teamScope, type Team } from '../../access/team-scope';
import { audit } from '../../audit/record';
import { auditDenied } from '../../audit/denied';
import { AppError, conflict } from '../../http/errors';
import { runningJob, startJob } from './jobs';
import { commitImport, settingsOf, validateImport, validationContextFor } from './pipeline';
import { importProfileRoutes } from './profiles';
import {
  creatorName,
  importList,
  importOf,
  presentImport,
  previousImportOf,
  updateImport,
  type ImportRow,
} from './queries';
import { ImportFileError, detectSettings, previewFile } from './sources';
import { fileExists, readStream, removeFile, skippedPath, storeUpload, uploadPath } from './storage';

const UPLOAD = { action: 'import.upload', resourceType: 'import' } as const;
const VALIDATE = { action: 'import.validate', resourceType: 'import' } as const;
const COMMIT = { action: 'import.commit', resourceType: 'import' } as const;
const CANCEL = { action: 'import.cancel', resourceType: 'import' } as const;
const READ = { action: 'import.read', resourceType: 'import' } as const;

/** Files at least this large are committed in the background (progress, cancel); smaller ones answer when done. */
export const BACKGROUND_BYTES = 8 * 1024 * 1024;

/** Every import route needs patient-data:write in the team (an import page is a data steward's tool). */
const ACTION = 'patient-data:write' as const;

const RAW_TYPES = [
  'application/octet-stream',
  'text/csv',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/fhir+json',
  'application/x-ndjson',
  'application/fhir+ndjson',
];

const localeOf = (request: { auth: { locale: Locale } | null }): Locale => request.auth?.locale ?? 'nl';

/** A file that cannot be imported at all: 400 with the issues (row 0) in the user's language. */
function fileRejected(error: ImportFileError, locale: Locale): AppError {
  const issues = error.issues.map((i: ImportIssue) => ({ ...i, message: issueMessage(i.reason, locale) }));
  return new AppError('VALIDATION_FAILED', issues[0]?.message ?? 'The file cannot be imported', { issues });
}

async function present(db: Parameters<typeof importOf>[0], row: ImportRow) {
  return presentImport(row, {
    creator: await creatorName(db, row.createdBy),
    previousImportId: await previousImportOf(db, row),
    hasSkippedRows:
      row.status === 'succeeded' &&
      row.invalidRows > 0 &&
      row.mode === 'skip-invalid' &&
      (await fileExists(skippedPath(row.id))),
  });
}

/**
 * Imports (issue 5): upload a file (streamed to disk, hashed), preview it with the detected settings
 * and a suggested mapping, validate it in full, commit it in one transaction (all or nothing, or
 * skipping invalid rows), follow and cancel a background commit, download the skipped rows.
 */
const importRoutes: FastifyPluginAsyncZod = async (app) => {
  // The file is the request body, streamed (not parsed, not buffered).
  app.addContentTypeParser(RAW_TYPES, (_request, payload, done) => done(null, payload));
  const base = '/api/v1/teams/:teamId/imports';

  app.post(
    base,
    {
      config: { audit: UPLOAD },
      schema: {
        tags: ['imports'],
        summary: 'Upload a file (the body, as application/octet-stream) and preview it',
        params: teamParamsSchema,
        querystring: uploadQuerySchema,
        response: { 201: importPreviewSchema },
      },
    },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, ACTION);
      if (!(request.body instanceof Readable))
        throw new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          'Send the file as the request body (application/octet-stream)',
        );
      const id = randomUUID();
      const { fileName, kind } = request.query;
      const stored = await storeUpload(id, request.body);
      const details = { fileSha256: stored.sha256, fileSize: stored.size, kind };
      try {
        const settings = await detectSettings(stored.path, fileName, stored.size);
        const ctx = await validationContextFor(db, team.organisationId, kind);
        const preview = await previewFile(stored.path, settings, kind, ctx);
        const row = await db.transaction(async (tx) => {
          const [inserted] = await tx
            .insert(schema.imports)
            .values({
              id,
              organisationId: team.organisationId,
              teamId: team.id,
              kind,
              format: settings.format,
              fileName,
              fileSha256: stored.sha256,
              fileSize: stored.size,
              encoding: settings.encoding,
              delimiter: settings.delimiter,
              createdBy: request.auth?.userId ?? null,
            })
            .returning();
          await audit(request, tx, {
            ...UPLOAD,
            resourceId: id,
            organisationId: team.organisationId,
            teamId: team.id,
            outcome: 'success',
            details: { ...details, format: settings.format },
          });
          return inserted!;
        });
        const body: ImportPreview = {
          import: await present(db, row),
          ...preview,
          needsMapping: settings.format === 'csv' || settings.format === 'xlsx',
          fields: [...fieldsOf(kind)],
        };
        return await reply.status(201).send(body);
      } catch (error) {
        await removeFile(stored.path);
        if (!(error instanceof ImportFileError)) throw error;
        await audit(request, db, {
          ...UPLOAD,
          organisationId: team.organisationId,
          teamId: team.id,
          outcome: 'failure',
          details: { ...details, reason: error.issues[0]?.reason ?? null },
        });
        throw fileRejected(error, localeOf(request));
      }
    },
  );

  app.get(
    base,
    {
      schema: {
        tags: ['imports'],
        summary: "The team's imports, newest first",
        params: teamParamsSchema,
        response: { 200: importListSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, ACTION);
      const rows = await importList(db, team.id);
      return {
        imports: rows.map(({ row, creator }) =>
          presentImport(row, {
            creator,
            processedBytes: runningJob(row.id)?.processedBytes ?? row.processedBytes,
          }),
        ),
      };
    },
  );

  app.get(
    `${base}/:importId`,
    {
      schema: {
        tags: ['imports'],
        summary: 'One import, with the progress of a running commit',
        params: importParamsSchema,
        response: { 200: importSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, ACTION);
      const row = await importOf(db, team, request.params.importId);
      const job = runningJob(row.id);
      if (job)
        return presentImport(row, {
          creator: await creatorName(db, row.createdBy),
          processedBytes: job.processedBytes,
        });
      return present(db, row);
    },
  );

  app.get(
    `${base}/:importId/preview`,
    {
      config: { audit: READ },
      schema: {
        tags: ['imports'],
        summary: 'The first rows of an uploaded file again',
        params: importParamsSchema,
        response: { 200: importPreviewSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, ACTION);
      const row = await uploaded(team, request.params.importId);
      const ctx = await validationContextFor(db, team.organisationId, row.kind);
      const preview = await previewFile(uploadPath(row.id), settingsOf(row), row.kind, ctx);
      await audit(request, db, {
        ...READ,
        resourceId: row.id,
        organisationId: team.organisationId,
        teamId: team.id,
        outcome: 'success',
        details: { view: 'preview' },
      });
      return {
        import: await present(db, row),
        ...preview,
        needsMapping: row.format === 'csv' || row.format === 'xlsx',
        fields: [...fieldsOf(row.kind)],
      };
    },
  );

  /** The import, when its file is still there to read. */
  async function uploaded(team: Team, importId: string): Promise<ImportRow> {
    const row = await importOf(app.deps.db, team, importId);
    if (!(await fileExists(uploadPath(row.id))))
      throw new AppError('GONE', 'The uploaded file is no longer available: upload it again');
    return row;
  }

  app.post(
    `${base}/:importId/validate`,
    {
      config: { audit: VALIDATE },
      schema: {
        tags: ['imports'],
        summary: 'Check every row with a mapping; nothing is written',
        params: importParamsSchema,
        body: validateRequestSchema,
        response: { 200: validationResultSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, ACTION);
      const row = await uploaded(team, request.params.importId);
      if (runningJob(row.id)) throw conflict('This import is being committed');
      const mapping = request.body.mapping ?? row.mapping ?? {};
      const ctx = await validationContextFor(db, team.organisationId, row.kind);
      const validation = await validateImport(row, ctx, mapping, localeOf(request));
      await updateImport(db, row.id, {
        mapping,
        totalRows: validation.totalRows,
        validRows: validation.validRows,
        invalidRows: validation.invalidRows,
      });
      return validation;
    },
  );

  app.post(
    `${base}/:importId/commit`,
    {
      config: { audit: COMMIT },
      schema: {
        tags: ['imports'],
        summary: 'Import the rows in one transaction (large files run in the background: 202)',
        params: importParamsSchema,
        body: commitRequestSchema,
        response: { 200: commitResultSchema, 202: commitResultSchema },
      },
    },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, ACTION);
      const row = await uploaded(team, request.params.importId);
      if (runningJob(row.id) || row.status === 'running' || row.status === 'queued')
        throw conflict('This import is being committed');
      if (row.status === 'succeeded')
        throw conflict('This import has finished; upload the file again to import it again');
      const mapping = request.body.mapping ?? row.mapping ?? {};
      const ctx = await validationContextFor(db, team.organisationId, row.kind);
      const auth = request.auth!;
      const job = startJob(
        { importId: row.id, organisationId: team.organisationId, teamId: team.id },
        async (j) => {
          const outcome = await commitImport(db, row, ctx, {
            mapping,
            mode: request.body.mode,
            locale: auth.locale,
            signal: j.controller.signal,
            onProgress: (bytes) => (j.processedBytes = bytes),
            actor: { id: auth.userId, email: auth.email, ip: request.ip },
          });
          if (outcome.row.status === 'succeeded') await removeFile(uploadPath(row.id));
          return outcome;
        },
      );
      if (row.fileSize >= BACKGROUND_BYTES) {
        job.done.catch((error: unknown) =>
          request.log.error({ err: error, importId: row.id }, 'background import failed'),
        );
        const running = presentImport(
          { ...row, status: 'running', mode: request.body.mode, mapping },
          { creator: await creatorName(db, row.createdBy), processedBytes: 0 },
        );
        return reply.status(202).send({ import: running, validation: null });
      }
      const outcome = await job.done;
      return {
        import: presentImport(outcome.row, {
          creator: await creatorName(db, row.createdBy),
          previousImportId: await previousImportOf(db, outcome.row),
          hasSkippedRows: outcome.hasSkippedRows,
        }),
        validation: outcome.validation,
      };
    },
  );

  app.post(
    `${base}/:importId/cancel`,
    {
      config: { audit: CANCEL },
      schema: {
        tags: ['imports'],
        summary: 'Cancel an import: a running commit rolls back, nothing is kept',
        params: importParamsSchema,
        response: { 200: importSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const job = runningJob(request.params.importId);
      if (job && job.teamId === request.params.teamId) {
        // Answered from the job (the running transaction may hold the embedded database's one connection).
        authorize(request.auth, ACTION, {
          kind: 'team',
          organisationId: job.organisationId,
          teamId: job.teamId,
        });
        job.controller.abort();
        const outcome = await job.done;
        return presentImport(outcome.row, { creator: await creatorName(db, outcome.row.createdBy) });
      }
      const team = await teamScope(db, request.auth, request.params.teamId, ACTION);
      const row = await importOf(db, team, request.params.importId);
      if (row.status === 'succeeded') throw conflict('This import has finished and cannot be cancelled');
      const cancelled = await db.transaction(async (tx) => {
        const updated = await updateImport(tx, row.id, {
          status: 'cancelled',
          finishedAt: row.finishedAt ?? new Date(),
        });
        await audit(request, tx, {
          ...CANCEL,
          resourceId: row.id,
          organisationId: team.organisationId,
          teamId: team.id,
          outcome: 'success',
          details: { fileSha256: row.fileSha256 },
        });
        return updated;
      });
      await removeFile(uploadPath(row.id));
      return present(db, cancelled);
    },
  );

  app.get(
    `${base}/:importId/skipped.csv`,
    {
      config: { audit: READ },
      schema: {
        tags: ['imports'],
        summary: 'The rows a skip-invalid commit left out, with the reason (CSV)',
        params: importParamsSchema,
      },
    },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, ACTION);
      const row = await importOf(db, team, request.params.importId);
      const path = skippedPath(row.id);
      if (row.status !== 'succeeded' || row.mode !== 'skip-invalid' || !(await fileExists(path)))
        throw new AppError('NOT_FOUND', 'No skipped rows for this import');
      await audit(request, db, {
        ...READ,
        resourceId: row.id,
        organisationId: team.organisationId,
        teamId: team.id,
        outcome: 'success',
        details: { view: 'skipped-rows', rows: row.invalidRows },
      });
      const name = `${row.fileName.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_')}-skipped.csv`;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(readStream(path));
    },
  );
};

export const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  auditDenied(app);
  await app.register(importRoutes);
  await app.register(importProfileRoutes);
};

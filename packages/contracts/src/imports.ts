import { z } from 'zod';
import { IMPORT_FIELDS } from '@leerlus/domain/imports/mapping';
import { IMPORT_FORMATS, IMPORT_KINDS, IMPORT_MODES, ISSUE_REASONS } from '@leerlus/domain/imports/types';
import { idSchema, timestampSchema } from './common';

/** Import pipeline (issue 5): upload → preview → map → validate → commit; profiles remember a mapping. */
export const importKindSchema = z.enum(IMPORT_KINDS);
export const importFormatSchema = z.enum(IMPORT_FORMATS);
export const importModeSchema = z.enum(IMPORT_MODES);
export const importStatusSchema = z.enum([
  'uploaded',
  'queued',
  'running',
  'succeeded',
  'failed',
  'cancelled',
]);
export const importFieldSchema = z.enum(IMPORT_FIELDS);
export const issueReasonSchema = z.enum(ISSUE_REASONS);
export type ImportKind = z.infer<typeof importKindSchema>;
export type ImportField = z.infer<typeof importFieldSchema>;
export type ImportStatus = z.infer<typeof importStatusSchema>;
export type ImportMode = z.infer<typeof importModeSchema>;

/** field → header text of the column holding it. */
export const columnMappingSchema = z.partialRecord(importFieldSchema, z.string().min(1).max(200));
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const importParamsSchema = z.object({ teamId: idSchema, importId: idSchema }).strict();
export const importProfileParamsSchema = z.object({ teamId: idSchema, profileId: idSchema }).strict();

/** Query of the upload (the body is the file itself, streamed). */
export const uploadQuerySchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    kind: importKindSchema.default('patient'),
  })
  .strict();

export const importIssueSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  reason: issueReasonSchema,
  /** The reason in the user's language. */
  message: z.string(),
});
export type ImportIssueDto = z.infer<typeof importIssueSchema>;

export const errorSummarySchema = z.object({
  total: z.number().int(),
  byReason: z.partialRecord(issueReasonSchema, z.number().int()),
  message: z.string().optional(),
});

export const importSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  kind: importKindSchema,
  format: importFormatSchema,
  fileName: z.string(),
  fileSha256: z.string(),
  fileSize: z.number().int(),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  mapping: columnMappingSchema.nullable(),
  mode: importModeSchema,
  status: importStatusSchema,
  totalRows: z.number().int(),
  validRows: z.number().int(),
  invalidRows: z.number().int(),
  insertedRows: z.number().int(),
  existingRows: z.number().int(),
  /** 0…1 while running. */
  progress: z.number(),
  errorSummary: errorSummarySchema.nullable(),
  /** Skipped rows are downloadable (skip-invalid commit with invalid rows). */
  hasSkippedRows: z.boolean(),
  /** An earlier import of the same file by this team (same sha-256) that succeeded. */
  previousImportId: idSchema.nullable(),
  createdBy: z.object({ id: idSchema, name: z.string() }).nullable(),
  createdAt: timestampSchema,
  finishedAt: timestampSchema.nullable(),
});
export type ImportDto = z.infer<typeof importSchema>;
export const importListSchema = z.object({ imports: z.array(importSchema) });

export const importPreviewSchema = z.object({
  import: importSchema,
  headers: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  suggestedMapping: columnMappingSchema,
  /** Tables need a column mapping; FHIR resources map themselves. */
  needsMapping: z.boolean(),
  fields: z.array(importFieldSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const validateRequestSchema = z.object({ mapping: columnMappingSchema.optional() }).strict();

export const validationResultSchema = z.object({
  totalRows: z.number().int(),
  validRows: z.number().int(),
  invalidRows: z.number().int(),
  /** Every issue counts; the first `issues.length` (at most 200) are listed. */
  issueCount: z.number().int(),
  issues: z.array(importIssueSchema),
});
export type ValidationResult = z.infer<typeof validationResultSchema>;

export const commitRequestSchema = z
  .object({ mapping: columnMappingSchema.optional(), mode: importModeSchema.default('all-or-nothing') })
  .strict();

/** The commit's answer: the import (finished, or running in the background) and, when it failed on rows, its issues. */
export const commitResultSchema = z.object({
  import: importSchema,
  validation: validationResultSchema.nullable(),
});
export type CommitResult = z.infer<typeof commitResultSchema>;

export const importProfileSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: importKindSchema,
  mapping: columnMappingSchema,
  updatedAt: timestampSchema,
});
export type ImportProfile = z.infer<typeof importProfileSchema>;
export const importProfileListSchema = z.object({ profiles: z.array(importProfileSchema) });
export const importProfileInputSchema = z
  .object({ name: z.string().trim().min(1).max(100), kind: importKindSchema, mapping: columnMappingSchema })
  .strict();

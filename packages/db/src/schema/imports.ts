import { bigint, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { ColumnMapping } from '@leerlus/domain/imports/mapping';
import { IMPORT_FORMATS, IMPORT_KINDS, IMPORT_MODES, type IssueReason } from '@leerlus/domain/imports/types';
import { users } from './accounts';
import { organisations, teams } from './tenancy';

export const IMPORT_STATUSES = ['uploaded', 'queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Counts per reason of the issues found, or the one reason the file failed as a whole. */
export type ImportErrorSummary = {
  total: number;
  byReason: Partial<Record<IssueReason, number>>;
  message?: string;
};

/**
 * One uploaded file and its import (issue 5, "Import"): what it is (kind, format, hash, detected
 * encoding and delimiter), how it is mapped, and how its commit went (status, counts, progress). No
 * patient data: the rows themselves live in observations/aggregate_observations, pointing back here.
 * The same file (same sha-256 for the team) may be imported again: natural keys make that a no-op.
 */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: IMPORT_KINDS }).notNull(),
    format: text('format', { enum: IMPORT_FORMATS }).notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    fileSize: bigint('file_size', { mode: 'number' }).notNull(),
    encoding: text('encoding'),
    delimiter: text('delimiter'),
    mapping: jsonb('mapping').$type<ColumnMapping>(),
    mode: text('mode', { enum: IMPORT_MODES }).notNull().default('all-or-nothing'),
    status: text('status', { enum: IMPORT_STATUSES }).notNull().default('uploaded'),
    /** Source rows read (data rows of a table, resources of a FHIR file) and how they fared. */
    totalRows: integer('total_rows').notNull().default(0),
    validRows: integer('valid_rows').notNull().default(0),
    invalidRows: integer('invalid_rows').notNull().default(0),
    /** Rows written, and valid rows that were there already (a re-import). */
    insertedRows: integer('inserted_rows').notNull().default(0),
    existingRows: integer('existing_rows').notNull().default(0),
    /** Bytes of the file read so far by the running commit (progress = processed / file size). */
    processedBytes: bigint('processed_bytes', { mode: 'number' }).notNull().default(0),
    errorSummary: jsonb('error_summary').$type<ImportErrorSummary>(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('imports_team_created_idx').on(t.teamId, t.createdAt),
    index('imports_team_hash_idx').on(t.teamId, t.fileSha256),
  ],
);

/** A named column mapping of a team, so next month's file maps in one click. */
export const importProfiles = pgTable(
  'import_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: IMPORT_KINDS }).notNull(),
    mapping: jsonb('mapping').$type<ColumnMapping>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('import_profiles_team_name_uq').on(t.teamId, t.name)],
);

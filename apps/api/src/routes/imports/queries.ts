import { and, desc, eq, ne } from 'drizzle-orm';
import type { ImportDto } from '@leerlus/contracts/imports';
import { schema, type Executor } from '@leerlus/db';
import { notFound } from '../../http/errors';
import type { Team } from '../../access/team-scope';

export type ImportRow = typeof schema.imports.$inferSelect;

/** An import of the team; another team's (or a missing) import answers 404. */
export async function importOf(db: Executor, team: Team, importId: string): Promise<ImportRow> {
  const [row] = await db
    .select()
    .from(schema.imports)
    .where(and(eq(schema.imports.id, importId), eq(schema.imports.teamId, team.id)));
  if (!row) throw notFound('Import');
  return row;
}

export async function updateImport(
  db: Executor,
  id: string,
  values: Partial<typeof schema.imports.$inferInsert>,
): Promise<ImportRow> {
  const [row] = await db.update(schema.imports).set(values).where(eq(schema.imports.id, id)).returning();
  return row!;
}

/** The latest succeeded import of the same file by the team, other than this one. */
export async function previousImportOf(db: Executor, row: ImportRow): Promise<string | null> {
  const [prev] = await db
    .select({ id: schema.imports.id })
    .from(schema.imports)
    .where(
      and(
        eq(schema.imports.teamId, row.teamId),
        eq(schema.imports.fileSha256, row.fileSha256),
        eq(schema.imports.status, 'succeeded'),
        ne(schema.imports.id, row.id),
      ),
    )
    .orderBy(desc(schema.imports.createdAt))
    .limit(1);
  return prev?.id ?? null;
}

export async function importList(
  db: Executor,
  teamId: string,
  limit = 50,
): Promise<{ row: ImportRow; creator: string | null }[]> {
  const rows = await db
    .select({ row: schema.imports, creator: schema.users.name })
    .from(schema.imports)
    .leftJoin(schema.users, eq(schema.users.id, schema.imports.createdBy))
    .where(eq(schema.imports.teamId, teamId))
    .orderBy(desc(schema.imports.createdAt))
    .limit(limit);
  return rows;
}

export async function creatorName(db: Executor, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [user] = await db
    .select({ name: schema.users.name })
    .from(schema.users)
    .where(eq(schema.users.id, userId));
  return user?.name ?? null;
}

export interface PresentOptions {
  creator: string | null;
  previousImportId?: string | null;
  hasSkippedRows?: boolean;
  /** Bytes read by a running commit (in memory, not yet committed to the row). */
  processedBytes?: number;
}

export function presentImport(row: ImportRow, o: PresentOptions): ImportDto {
  const processed = o.processedBytes ?? row.processedBytes;
  const progress =
    row.status === 'succeeded' ? 1 : row.fileSize > 0 ? Math.min(1, processed / row.fileSize) : 0;
  return {
    id: row.id,
    teamId: row.teamId,
    kind: row.kind,
    format: row.format,
    fileName: row.fileName,
    fileSha256: row.fileSha256,
    fileSize: row.fileSize,
    encoding: row.encoding,
    delimiter: row.delimiter,
    mapping: row.mapping,
    mode: row.mode,
    status: row.status,
    totalRows: row.totalRows,
    validRows: row.validRows,
    invalidRows: row.invalidRows,
    insertedRows: row.insertedRows,
    existingRows: row.existingRows,
    progress,
    errorSummary: row.errorSummary,
    hasSkippedRows: o.hasSkippedRows ?? false,
    previousImportId: o.previousImportId ?? null,
    createdBy: row.createdBy && o.creator !== null ? { id: row.createdBy, name: o.creator } : null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

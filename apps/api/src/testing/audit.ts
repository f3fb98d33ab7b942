import { and, asc, eq, type SQL } from 'drizzle-orm';
import { schema, type Database } from '@leerlus/db';

const { auditEvents } = schema;
export type AuditRow = typeof auditEvents.$inferSelect;

/**
 * The audit events matching every given filter, oldest first. Tests filter by the actor or resource
 * they created, so parallel tests on one database never see each other's rows.
 */
export async function auditRows(
  db: Database,
  filter: { actorId?: string; actorEmail?: string; action?: string; resourceId?: string; organisationId?: string },
): Promise<AuditRow[]> {
  const conditions: SQL[] = [];
  if (filter.actorId !== undefined) conditions.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.actorEmail !== undefined) conditions.push(eq(auditEvents.actorEmail, filter.actorEmail));
  if (filter.action !== undefined) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.resourceId !== undefined) conditions.push(eq(auditEvents.resourceId, filter.resourceId));
  if (filter.organisationId !== undefined) conditions.push(eq(auditEvents.organisationId, filter.organisationId));
  if (conditions.length === 0) throw new Error('auditRows needs at least one filter (tests share the database)');
  return db.select().from(auditEvents).where(and(...conditions)).orderBy(asc(auditEvents.id));
}

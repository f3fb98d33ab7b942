import { and, asc, eq } from 'drizzle-orm';
import { schema, type Database } from '@leerlus/db';

/** Test helper: the audit events of an organisation, optionally of one action, oldest first. */
export async function auditEventsOf(db: Database, organisationId: string, action?: string) {
  return db
    .select()
    .from(schema.auditEvents)
    .where(
      and(
        eq(schema.auditEvents.organisationId, organisationId),
        action ? eq(schema.auditEvents.action, action) : undefined,
      ),
    )
    .orderBy(asc(schema.auditEvents.id));
}

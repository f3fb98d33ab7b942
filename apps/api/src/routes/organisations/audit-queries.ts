import { and, desc, eq, gte, ilike, like, lt, type SQL } from 'drizzle-orm';
import type { AuditEvent } from '@leerlus/contracts';
import { schema, type Executor } from '@leerlus/db';
import { escapeLike, likePattern } from './users-queries';

const { auditEvents } = schema;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface AuditSearch {
  /** Substring of the actor's e-mail address. */
  actor?: string | undefined;
  /** An action, or the start of one (`team.` finds every team action). */
  action?: string | undefined;
  /** First day, inclusive (ISO date, a UTC day). */
  from?: string | undefined;
  /** Last day, inclusive (ISO date, a UTC day). */
  to?: string | undefined;
  /** Keyset cursor: only events with a smaller id (the previous page's nextBefore). */
  before?: number | undefined;
  limit: number;
}

function conditions(organisationId: string, search: AuditSearch): SQL[] {
  const where: SQL[] = [eq(auditEvents.organisationId, organisationId)];
  if (search.actor) where.push(ilike(auditEvents.actorEmail, likePattern(search.actor)));
  if (search.action) where.push(like(auditEvents.action, `${escapeLike(search.action)}%`));
  if (search.from) where.push(gte(auditEvents.at, new Date(`${search.from}T00:00:00.000Z`)));
  if (search.to)
    where.push(lt(auditEvents.at, new Date(new Date(`${search.to}T00:00:00.000Z`).getTime() + DAY_MS)));
  if (search.before) where.push(lt(auditEvents.id, search.before));
  return where;
}

/**
 * One page of the organisation's audit events, newest first, paged by id (keyset: stable while new
 * events arrive, cheap at any depth through the (organisation_id, id) index).
 */
export async function searchAudit(
  db: Executor,
  organisationId: string,
  search: AuditSearch,
): Promise<{ items: AuditEvent[]; nextBefore: number | null }> {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...conditions(organisationId, search)))
    .orderBy(desc(auditEvents.id))
    .limit(search.limit + 1);
  const page = rows.slice(0, search.limit);
  const items = page.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorEmail: r.actorEmail,
    action: r.action,
    resourceType: r.resourceType,
    resourceId: r.resourceId,
    teamId: r.teamId,
    ip: r.ip,
    outcome: r.outcome,
  }));
  return { items, nextBefore: rows.length > search.limit ? (page.at(-1)?.id ?? null) : null };
}

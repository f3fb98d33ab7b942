import { and, desc, eq, gte, ilike, inArray, isNull, like, lt, or, type SQL } from 'drizzle-orm';
import type { AuditEvent } from '@leerlus/contracts';
import { schema, type Executor } from '@leerlus/db';
import { escapeLike, likePattern } from './users-queries';

const { auditEvents, memberships } = schema;
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

/**
 * The organisation's events, plus the events that belong to no organisation (logins, logouts, account
 * and MFA changes: a user may belong to several) of the people who are members of it.
 */
function ofOrganisation(db: Executor, organisationId: string): SQL {
  const members = db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(eq(memberships.organisationId, organisationId));
  return or(
    eq(auditEvents.organisationId, organisationId),
    and(isNull(auditEvents.organisationId), inArray(auditEvents.actorId, members)),
  )!;
}

function conditions(db: Executor, organisationId: string, search: AuditSearch): SQL[] {
  const where: SQL[] = [ofOrganisation(db, organisationId)];
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
    .where(and(...conditions(db, organisationId, search)))
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

import { createHash } from 'node:crypto';
import { asc, gt, sql } from 'drizzle-orm';
import type { Database, Executor } from '../client';
import { auditEvents } from '../schema/index';

export type AuditOutcome = (typeof auditEvents.$inferInsert)['outcome'];

/** What an audit event records. `details` must never contain patient data. */
export interface AuditInput {
  action: string;
  resourceType: string;
  resourceId?: string | null;
  organisationId?: string | null;
  teamId?: string | null;
  actorId?: string | null;
  actorEmail?: string | null;
  ip?: string | null;
  outcome: AuditOutcome;
  details?: Record<string, string | number | boolean | null> | null;
}

const GENESIS = '0'.repeat(64);
/** Advisory lock key serialising appends, so that every row's prev_hash is its predecessor's hash. */
const AUDIT_LOCK = 7513;

type Row = typeof auditEvents.$inferSelect;
type Content = Omit<Row, 'id' | 'hash' | 'prevHash'>;

/** SHA-256 over the previous hash and a canonical serialisation of the row's content. */
export function auditHash(prevHash: string, row: Content): string {
  const canonical = JSON.stringify([
    row.at.toISOString(),
    row.organisationId,
    row.teamId,
    row.actorId,
    row.actorEmail,
    row.action,
    row.resourceType,
    row.resourceId,
    row.ip,
    row.outcome,
    canonicalDetails(row.details),
  ]);
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}

/**
 * `details` with its keys in jsonb's storage order (shorter keys first, then bytewise), which is the
 * order a row read back from the database has. Hashing in insertion order instead would make every
 * row whose keys were written in another order (e.g. { email, role }) fail verification.
 */
function canonicalDetails(details: Content['details']): Content['details'] {
  if (!details) return null;
  const bytes = (key: string) => Buffer.from(key, 'utf8');
  const keys = Object.keys(details).sort((a, b) => bytes(a).length - bytes(b).length || Buffer.compare(bytes(a), bytes(b)));
  return Object.fromEntries(keys.map((key) => [key, details[key] ?? null]));
}

/**
 * Appends one event to the hash chain. Pass the open transaction when the event belongs to a
 * mutation (so both commit or neither does); pass the database for events that must persist
 * regardless (failed logins, denied access).
 */
export async function recordAudit(executor: Executor, input: AuditInput): Promise<void> {
  const write = async (tx: Executor) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
    const last = await tx.select({ hash: auditEvents.hash }).from(auditEvents).orderBy(sql`${auditEvents.id} desc`).limit(1);
    const prevHash = last[0]?.hash ?? GENESIS;
    const content: Content = {
      at: new Date(),
      organisationId: input.organisationId ?? null,
      teamId: input.teamId ?? null,
      actorId: input.actorId ?? null,
      actorEmail: input.actorEmail ?? null,
      action: input.action,
      resourceType: input.resourceType,
      resourceId: input.resourceId ?? null,
      ip: input.ip ?? null,
      outcome: input.outcome,
      details: input.details ?? null,
    };
    await tx.insert(auditEvents).values({ ...content, prevHash, hash: auditHash(prevHash, content) });
  };
  // Inside a caller's transaction the lock lasts until it commits; a bare database gets a short one.
  if (isDatabase(executor)) await executor.transaction(write);
  else await write(executor);
}

/** Transactions have rollback(); the database handle has not. */
function isDatabase(e: Executor): e is Database {
  return !('rollback' in e);
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBrokenId: number | null;
}

/** Walks the whole chain in id order, in pages, and reports the first row that does not verify. */
export async function verifyAuditChain(db: Database, pageSize = 5000): Promise<ChainVerification> {
  let prevHash = GENESIS;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows: Row[] = await db.select().from(auditEvents).where(gt(auditEvents.id, lastId)).orderBy(asc(auditEvents.id)).limit(pageSize);
    for (const row of rows) {
      if (row.prevHash !== prevHash || auditHash(prevHash, row) !== row.hash) {
        return { ok: false, checked, firstBrokenId: row.id };
      }
      prevHash = row.hash;
      lastId = row.id;
      checked++;
    }
    if (rows.length < pageSize) return { ok: true, checked, firstBrokenId: null };
  }
}

import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditOutcomes = ['success', 'failure', 'denied'] as const;

/**
 * Append-only audit trail (NEN 7513 style): who did what to which resource, when, from where, with
 * which outcome. UPDATE, DELETE and TRUNCATE are refused by triggers (migration 0001) and each row
 * carries the SHA-256 of the previous row's hash and its own content, so any change to a stored row
 * breaks the chain (see apps/api/src/audit). `details` never holds patient data.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    organisationId: uuid('organisation_id'),
    teamId: uuid('team_id'),
    actorId: uuid('actor_id'),
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id'),
    ip: text('ip'),
    outcome: text('outcome', { enum: auditOutcomes }).notNull(),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_org_at_idx').on(t.organisationId, t.id),
    index('audit_actor_idx').on(t.actorId),
    index('audit_action_idx').on(t.action),
  ],
);

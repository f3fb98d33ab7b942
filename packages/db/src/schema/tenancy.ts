import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Tenancy (docs/ARCHITECTURE.md "Tenancy and access"):
 *   network 1—n organisation (via network_memberships) 1—n team.
 * Patient-level data always carries its organisation and never leaves it; networks only ever see
 * aggregates or content an organisation chose to share.
 */
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** When true every member must enrol in TOTP before using the app. */
  mfaRequired: boolean('mfa_required').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const networkKinds = ['region', 'learning-network', 'benchmark'] as const;

/** A group of organisations: a care region, a learning network or a benchmark collaboration. */
export const networks = pgTable('networks', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  kind: text('kind', { enum: networkKinds }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const networkMemberships = pgTable(
  'network_memberships',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.organisationId] })],
);

/** A care team, per condition or care path (e.g. "Heup- en knieartrose"). */
export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('teams_organisation_idx').on(t.organisationId), index('teams_name_idx').on(t.organisationId, sql`lower(${t.name})`)],
);

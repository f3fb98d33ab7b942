import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { INSTRUMENT_KINDS, type InstrumentDefinition } from '@leerlus/domain/maturity/instrument';
import { users } from './accounts';
import { actions } from './improvement';
import { networks, organisations, teams } from './tenancy';

/**
 * Maturity and readiness (issue 7). An instrument is data: every version's definition (themes, items,
 * scale, texts in nl and en) is kept in maturity_instrument_versions. Built-in instruments have neither
 * an organisation nor a network and are seeded from @leerlus/domain; an organisation or network adds
 * its own without code. An assessment is one measurement of one team with one instrument version.
 */
export const maturityInstruments = pgTable(
  'maturity_instruments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null (and network null) = built in. */
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    networkId: uuid('network_id').references(() => networks.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    kind: text('kind', { enum: INSTRUMENT_KINDS }).notNull(),
    currentVersion: integer('current_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('maturity_instruments_owner_key_uq').on(t.organisationId, t.networkId, t.key).nullsNotDistinct(),
    check('maturity_instruments_one_owner', sql`${t.organisationId} is null or ${t.networkId} is null`),
  ],
);

export const maturityInstrumentVersions = pgTable(
  'maturity_instrument_versions',
  {
    instrumentId: uuid('instrument_id')
      .notNull()
      .references(() => maturityInstruments.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** Validated by @leerlus/domain instrumentDefinitionSchema before it is stored. */
    definition: jsonb('definition').$type<InstrumentDefinition>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.instrumentId, t.version] })],
);

export const ASSESSMENT_KINDS = ['baseline', 'remeasurement'] as const;
export const ASSESSMENT_MODES = ['individual', 'session'] as const;
export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'locked'] as const;

export const maturityAssessments = pgTable(
  'maturity_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    instrumentId: uuid('instrument_id')
      .notNull()
      .references(() => maturityInstruments.id, { onDelete: 'restrict' }),
    instrumentVersion: integer('instrument_version').notNull(),
    kind: text('kind', { enum: ASSESSMENT_KINDS }).notNull(),
    mode: text('mode', { enum: ASSESSMENT_MODES }).notNull(),
    status: text('status', { enum: ASSESSMENT_STATUSES }).notNull().default('draft'),
    title: text('title').notNull().default(''),
    /** The date the measurement refers to (trends are ordered by it). */
    measuredOn: date('measured_on').notNull(),
    /** The next re-measurement (QuickScan default: six months after measuredOn). */
    nextDueOn: date('next_due_on'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedBy: uuid('locked_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('maturity_assessments_team_idx').on(t.teamId, t.instrumentId, t.measuredOn),
    index('maturity_assessments_org_idx').on(t.organisationId, t.instrumentId),
  ],
);

/**
 * Answers are append-only: a correction inserts a higher version for the same respondent and item, so
 * every assessment keeps who answered what and when. `respondent_id` null = the team's answer in a
 * session; otherwise the individual respondent. A trigger refuses UPDATE (migration maturity).
 */
export const maturityAnswers = pgTable(
  'maturity_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => maturityAssessments.id, { onDelete: 'cascade' }),
    // No ON DELETE action: answers are history (accounts are deactivated, not deleted).
    respondentId: uuid('respondent_id').references(() => users.id),
    itemId: text('item_id').notNull(),
    version: integer('version').notNull(),
    /** Null exactly when not applicable. */
    value: integer('value'),
    isNotApplicable: boolean('is_not_applicable').notNull().default(false),
    evidence: text('evidence').notNull().default(''),
    comment: text('comment').notNull().default(''),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('maturity_answers_version_uq').on(t.assessmentId, t.respondentId, t.itemId, t.version).nullsNotDistinct(),
    check('maturity_answers_value_or_na', sql`(${t.value} is null) = ${t.isNotApplicable}`),
    index('maturity_answers_assessment_idx').on(t.assessmentId),
  ],
);

/** An individual respondent's submission of their answers. */
export const maturityRespondents = pgTable(
  'maturity_respondents',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => maturityAssessments.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.userId] })],
);

/** The team decides whether its maturity results are shown by name in comparisons. */
export const maturityTeamSettings = pgTable('maturity_team_settings', {
  teamId: uuid('team_id')
    .primaryKey()
    .references(() => teams.id, { onDelete: 'cascade' }),
  sharesComparison: boolean('shares_comparison').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
});

/**
 * A gap turned into an action on the team's improvement board: the action (origin kind maturity-gap,
 * origin id = the assessment) and the item it came from, once per assessment and item.
 */
export const maturityGapActions = pgTable(
  'maturity_gap_actions',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => maturityAssessments.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => actions.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.itemId] })],
);

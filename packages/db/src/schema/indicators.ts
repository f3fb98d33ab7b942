import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { CASE_MIX_TYPES } from '@leerlus/domain/indicators/case-mix';
import {
  IMPROVEMENT_DIRECTIONS,
  INDICATOR_CHARTS,
  INDICATOR_KINDS,
  MEASURES,
  type IndicatorDefinition,
} from '@leerlus/domain/indicators/types';
import { users } from './accounts';
import { organisations, teams } from './tenancy';

/**
 * The indicator catalogue of an organisation (issue 5). `organisation_id` null = an indicator of the
 * shared template library (the outcome-set templates shipped with Leerlus), copied into an
 * organisation when a template is instantiated. `version` counts definition changes; every version's
 * definition is kept in indicator_versions, and computed figures name the version that produced them.
 */
export const indicators = pgTable(
  'indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en').notNull(),
    description: text('description').notNull().default(''),
    kind: text('kind', { enum: INDICATOR_KINDS }).notNull(),
    unit: text('unit').notNull().default(''),
    measure: text('measure', { enum: MEASURES }).notNull(),
    /** How the values are computed from observations (validated by @leerlus/domain definitionIssues). */
    definition: jsonb('definition').$type<IndicatorDefinition>().notNull(),
    improvement: text('improvement', { enum: IMPROVEMENT_DIRECTIONS }).notNull().default('neutral'),
    /** Overrides the chart derived from the measure; null = derived. */
    chartType: text('chart_type', { enum: INDICATOR_CHARTS }),
    /** Where the definition comes from (registry, outcome set, guideline). */
    source: text('source').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('indicators_org_code_uq').on(t.organisationId, t.code).nullsNotDistinct()],
);

/** Every version of an indicator's figures-determining fields, including the current one. */
export const indicatorVersions = pgTable(
  'indicator_versions',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    measure: text('measure', { enum: MEASURES }).notNull(),
    unit: text('unit').notNull(),
    definition: jsonb('definition').$type<IndicatorDefinition>().notNull(),
    improvement: text('improvement', { enum: IMPROVEMENT_DIRECTIONS }).notNull(),
    chartType: text('chart_type', { enum: INDICATOR_CHARTS }),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.version] })],
);

/**
 * An outcome set (ICHOM style): outcomes with their timepoints and the case-mix variables, per
 * condition. `organisation_id` null = a library template; an organisation instantiates a template into
 * its own set (`template_id` names the source, once per organisation).
 */
export const outcomeSets = pgTable(
  'outcome_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    isTemplate: boolean('is_template').notNull().default(false),
    templateId: uuid('template_id').references((): AnyPgColumn => outcomeSets.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    condition: text('condition').notNull(),
    description: text('description').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('outcome_sets_org_template_uq').on(t.organisationId, t.templateId),
    index('outcome_sets_org_idx').on(t.organisationId),
    check('outcome_sets_owner_ck', sql`${t.isTemplate} or ${t.organisationId} is not null`),
  ],
);

/** The outcomes of a set: an indicator and the timepoints at which it is measured. */
export const outcomeSetIndicators = pgTable(
  'outcome_set_indicators',
  {
    outcomeSetId: uuid('outcome_set_id')
      .notNull()
      .references(() => outcomeSets.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id),
    position: integer('position').notNull().default(0),
    /** E.g. baseline, 6w, 3m, 12m (after the episode's start). */
    timepoints: text('timepoints').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [primaryKey({ columns: [t.outcomeSetId, t.indicatorId] }), index('outcome_set_indicators_indicator_idx').on(t.indicatorId)],
);

/** The case-mix variables of a set (filters on the dashboard, adjusters in benchmarks). */
export const outcomeSetCaseMix = pgTable(
  'outcome_set_case_mix',
  {
    outcomeSetId: uuid('outcome_set_id')
      .notNull()
      .references(() => outcomeSets.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    label: text('label').notNull(),
    type: text('type', { enum: CASE_MIX_TYPES }).notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.outcomeSetId, t.code] })],
);

/** The indicators a team tracks (its goal set; the goal fields come with the improvement system). */
export const teamIndicators = pgTable(
  'team_indicators',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }).notNull().defaultNow(),
    adoptedBy: uuid('adopted_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.indicatorId] }), index('team_indicators_indicator_idx').on(t.indicatorId)],
);

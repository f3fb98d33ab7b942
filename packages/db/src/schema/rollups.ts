import {
  date,
  doublePrecision,
  integer,
  pgTable,
  primaryKey,
  smallint,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { indicators } from './indicators';
import { teams } from './tenancy';

/**
 * Dashboard rollups (issue 5, performance): the unfiltered per-period series of each team × indicator,
 * exactly as computeIndicatorSeries computes it from observations and imported aggregates, so that the
 * dashboard reads a few hundred rows instead of aggregating millions. Rebuilt by refreshRollups after
 * every write of a team's data (import, seed); case-mix filtered views still compute from the rows.
 */
export const indicatorPeriodRollups = pgTable(
  'indicator_period_rollups',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    numerator: doublePrecision('numerator'),
    denominator: doublePrecision('denominator'),
    value: doublePrecision('value'),
    n: integer('n'),
    lastUpdated: timestamp('last_updated', { withTimezone: true }).notNull(),
    /** 0 patient-level, 1 imported aggregate. */
    src: smallint('src').notNull(),
    /** The indicator version the figures were produced with. */
    version: integer('version').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.indicatorId, t.periodStart] })],
);

/** Which team × indicator rollups are current, and for which indicator version (a changed definition invalidates them). */
export const indicatorRollupState = pgTable(
  'indicator_rollup_state',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    /** The indicator's version (indicators.version) the rollup was computed for. */
    indicatorVersion: integer('indicator_version').notNull(),
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.indicatorId] })],
);

/**
 * Data-quality rollups: per team × indicator the per-period rows of computeDataQuality (part 0
 * observations by effective-date period, 1 imported aggregates, 2 completeness by episode-start
 * period). Completeness counts episodes whose timepoint has passed on the day of the refresh.
 */
export const indicatorQualityRollups = pgTable(
  'indicator_quality_rollups',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    part: smallint('part').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    n: integer('n'),
    expected: integer('expected'),
    present: integer('present'),
    lastUpdated: timestamp('last_updated', { withTimezone: true }),
    delay: doublePrecision('delay'),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.indicatorId, t.part, t.periodStart] })],
);

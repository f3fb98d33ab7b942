import {
  bigserial,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { SEXES } from '@leerlus/domain/indicators/case-mix';
import { imports } from './imports';
import { indicators } from './indicators';
import { organisations, teams } from './tenancy';

/**
 * Patient-level data (issue 5), pseudonymised: a pseudonym per organisation, no names, no BSN; birth
 * year and sex only as case-mix. Every row carries its organisation, and rows that point at a patient
 * do so through (organisation_id, patient_id), so a patient's data cannot be attached to another
 * organisation: patient data never leaves its organisation.
 */
export const patients = pgTable(
  'patients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    pseudonym: text('pseudonym').notNull(),
    birthYear: integer('birth_year'),
    sex: text('sex', { enum: SEXES }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('patients_org_pseudonym_uq').on(t.organisationId, t.pseudonym),
    unique('patients_org_id_uq').on(t.organisationId, t.id),
  ],
);

/** A treatment episode of a patient in a team's care path (e.g. a hip replacement), from its start date. */
export const episodes = pgTable(
  'episodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    carePath: text('care_path').notNull().default(''),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'episodes_patient_fk',
      columns: [t.organisationId, t.patientId],
      foreignColumns: [patients.organisationId, patients.id],
    }).onDelete('cascade'),
    index('episodes_team_start_idx').on(t.teamId, t.startDate),
    index('episodes_patient_idx').on(t.patientId),
    // The natural key: re-importing a file does not duplicate episodes.
    unique('episodes_natural_uq').on(t.teamId, t.patientId, t.carePath, t.startDate),
  ],
);

/**
 * One measured or recorded value of a patient: a clinical outcome, a PROM/PREM score, a process
 * step, a cost. The dashboard's covering index (team_id, code, effective_date) INCLUDE (...) is
 * created in the migration by hand (drizzle cannot declare INCLUDE columns).
 */
export const observations = pgTable(
  'observations',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organisationId: uuid('organisation_id').notNull(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    patientId: uuid('patient_id').notNull(),
    episodeId: uuid('episode_id').references(() => episodes.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    valueNumber: doublePrecision('value_number'),
    valueText: text('value_text'),
    unit: text('unit'),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    /** The outcome set's timepoint (baseline, 6w, 3m, 12m), when the observation belongs to one. */
    timepoint: text('timepoint'),
    /** Where the value came from (csv, fhir, prom, manual, demo). */
    source: text('source').notNull().default('manual'),
    /** The import that wrote it. */
    importId: uuid('import_id').references(() => imports.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The natural key: re-importing a file does not duplicate observations (ON CONFLICT DO NOTHING).
    unique('observations_natural_uq')
      .on(t.teamId, t.patientId, t.code, t.effectiveDate, t.timepoint)
      .nullsNotDistinct(),
    foreignKey({
      name: 'observations_patient_fk',
      columns: [t.organisationId, t.patientId],
      foreignColumns: [patients.organisationId, patients.id],
    }).onDelete('cascade'),
    index('observations_patient_idx').on(t.patientId),
    index('observations_episode_idx').on(t.episodeId),
  ],
);

/** A case-mix value of a patient (episode_id null) or of one episode (ASA class, BMI, Charlson score, …). */
export const caseMixValues = pgTable(
  'case_mix_values',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organisationId: uuid('organisation_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    episodeId: uuid('episode_id').references(() => episodes.id, { onDelete: 'cascade' }),
    variable: text('variable').notNull(),
    valueNumber: doublePrecision('value_number'),
    valueText: text('value_text'),
  },
  (t) => [
    foreignKey({
      name: 'case_mix_values_patient_fk',
      columns: [t.organisationId, t.patientId],
      foreignColumns: [patients.organisationId, patients.id],
    }).onDelete('cascade'),
    // Serves the case-mix filter's lookups (patient, variable) and keeps one value per patient or episode.
    unique('case_mix_values_uq').on(t.patientId, t.variable, t.episodeId).nullsNotDistinct(),
  ],
);

/**
 * Figures per team × indicator × period for teams that deliver aggregates only (no patient-level
 * data): numerator and denominator (proportion, rate) or value (count, mean, median).
 */
export const aggregateObservations = pgTable(
  'aggregate_observations',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    /** The indicator version the figures were produced with. */
    indicatorVersion: integer('indicator_version').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    numerator: doublePrecision('numerator'),
    denominator: doublePrecision('denominator'),
    value: doublePrecision('value'),
    source: text('source').notNull().default('manual'),
    importId: uuid('import_id').references(() => imports.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('aggregate_observations_uq').on(t.teamId, t.indicatorId, t.periodStart),
    index('aggregate_observations_indicator_idx').on(t.indicatorId),
  ],
);

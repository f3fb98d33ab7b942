import { randomUUID } from 'node:crypto';
import type { Database } from '../client';
import { aggregateObservations, caseMixValues, episodes, indicators, observations, organisations, patients, teams } from '../schema/index';

/**
 * A small hand-made data set whose indicator values are worked out by hand in the test
 * (indicator-values.test.ts). Ages are in 2024: P1 74, P2 64, P3 44, P4 unknown.
 */
export async function createFixture(db: Database) {
  const [org] = await db.insert(organisations).values({ name: `Fixture ${randomUUID().slice(0, 8)}` }).returning();
  const organisationId = org!.id;
  const [teamA, teamB] = await db.insert(teams).values([{ organisationId, name: 'A' }, { organisationId, name: 'B' }]).returning();
  const ps = await db
    .insert(patients)
    .values([
      { organisationId, pseudonym: 'P1', birthYear: 1950, sex: 'female' as const },
      { organisationId, pseudonym: 'P2', birthYear: 1960, sex: 'male' as const },
      { organisationId, pseudonym: 'P3', birthYear: 1980, sex: 'female' as const },
      { organisationId, pseudonym: 'P4', birthYear: null, sex: null },
    ])
    .returning();
  const [p1, p2, p3, p4] = ps.map((p) => p.id) as [string, string, string, string];
  const [e1, e2] = (
    await db
      .insert(episodes)
      .values([
        { organisationId, patientId: p1, teamId: teamA!.id, carePath: 'THP', startDate: '2023-12-01' },
        { organisationId, patientId: p1, teamId: teamA!.id, carePath: 'TKP', startDate: '2024-02-01' },
      ])
      .returning()
  ).map((e) => e.id) as [string, string];
  await db.insert(caseMixValues).values([
    { organisationId, patientId: p1, episodeId: e1, variable: 'asa', valueNumber: 3 },
    { organisationId, patientId: p2, episodeId: null, variable: 'asa', valueNumber: 2 },
    { organisationId, patientId: p3, episodeId: null, variable: 'smoker', valueText: 'yes' },
  ]);
  const a = teamA!.id;
  const obs = (patientId: string, code: string, effectiveDate: string, valueNumber: number | null, extra: { episodeId?: string; timepoint?: string; teamId?: string; valueText?: string } = {}) => ({
    organisationId,
    teamId: extra.teamId ?? a,
    patientId,
    code,
    valueNumber,
    effectiveDate,
    episodeId: extra.episodeId ?? null,
    timepoint: extra.timepoint ?? null,
    valueText: extra.valueText ?? null,
  });
  await db.insert(observations).values([
    // complication within 90 days (0/1): Jan 2/4, Feb 1/2, Apr 0/1
    obs(p1, 'compl', '2024-01-05', 1, { episodeId: e1 }),
    obs(p2, 'compl', '2024-01-31', 0),
    obs(p3, 'compl', '2024-01-15', 0),
    obs(p4, 'compl', '2024-01-20', 1),
    obs(p1, 'compl', '2024-02-10', 0, { episodeId: e2 }),
    obs(p2, 'compl', '2024-02-29', 1),
    obs(p3, 'compl', '2024-04-01', 0),
    obs(p1, 'compl', '2024-01-10', 1, { teamId: teamB!.id }),
    // Oxford-style score at timepoints
    obs(p1, 'ohs', '2024-01-03', 40, { timepoint: '12m' }),
    obs(p2, 'ohs', '2024-01-04', 30, { timepoint: '12m' }),
    obs(p3, 'ohs', '2024-01-05', 20, { timepoint: 'baseline' }),
    obs(p4, 'ohs', '2024-02-06', 44, { timepoint: '12m' }),
    obs(p4, 'ohs', '2024-02-07', null, { timepoint: '12m', valueText: 'missing' }),
    // falls per patient-day: Jan 3/60, Feb 0/40
    obs(p1, 'falls', '2024-01-02', 2),
    obs(p2, 'falls', '2024-01-09', 1),
    obs(p1, 'days', '2024-01-02', 10),
    obs(p2, 'days', '2024-01-09', 20),
    obs(p3, 'days', '2024-01-12', 30),
    obs(p1, 'days', '2024-02-02', 40),
    // surgeries: Jan 3, Mar 1
    obs(p1, 'surgery', '2024-01-01', null, { valueText: 'THP' }),
    obs(p2, 'surgery', '2024-01-02', null, { valueText: 'TKP' }),
    obs(p3, 'surgery', '2024-01-03', null, { valueText: 'THP' }),
    obs(p4, 'surgery', '2024-03-03', null, { valueText: 'THP' }),
  ]);
  const [complIndicator, aggOnly] = await db
    .insert(indicators)
    .values([
      { organisationId, code: 'compl', nameNl: 'Complicaties', nameEn: 'Complications', kind: 'clinical-outcome' as const, measure: 'proportion' as const, definition: { observationCode: 'compl', periodGranularity: 'month' as const, numeratorFilter: { op: 'eq' as const, value: 1 } } },
      { organisationId, code: 'readm', nameNl: 'Heropnames', nameEn: 'Readmissions', kind: 'clinical-outcome' as const, measure: 'proportion' as const, definition: { observationCode: 'readm', periodGranularity: 'month' as const, numeratorFilter: { op: 'eq' as const, value: 1 } } },
    ])
    .returning();
  await db.insert(aggregateObservations).values([
    // Loses against the patient-level January; fills the empty March.
    { organisationId, teamId: a, indicatorId: complIndicator!.id, indicatorVersion: 1, periodStart: '2024-01-01', numerator: 9, denominator: 10 },
    { organisationId, teamId: a, indicatorId: complIndicator!.id, indicatorVersion: 1, periodStart: '2024-03-01', numerator: 1, denominator: 4 },
    { organisationId, teamId: teamB!.id, indicatorId: aggOnly!.id, indicatorVersion: 2, periodStart: '2024-01-01', numerator: 5, denominator: 10 },
    { organisationId, teamId: teamB!.id, indicatorId: aggOnly!.id, indicatorVersion: 2, periodStart: '2024-02-01', value: 0.25 },
  ]);
  return { organisationId, teamA: teamA!, teamB: teamB!, complIndicator: complIndicator!, aggOnly: aggOnly!, patients: { p1, p2, p3, p4 }, episodes: { e1, e2 } };
}

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorDefinition } from '@leerlus/domain/indicators/types';
import type { Database, DatabaseHandle } from '../client';
import {
  aggregateObservations,
  episodes,
  indicators,
  observations,
  organisations,
  patients,
  teams,
} from '../schema/index';
import { openTestDatabase } from '../testing/test-database';
import { computeDataQuality, type IndicatorForQuality } from './data-quality';

let handle: DatabaseHandle;
let f: Awaited<ReturnType<typeof createQualityFixture>>;
beforeAll(async () => {
  handle = await openTestDatabase();
  f = await createQualityFixture(handle.db);
});
afterAll(async () => handle.close());

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const at = (date: string) => new Date(`${date}T12:00:00Z`);

/**
 * Team A: episodes E1–E3 start in January 2024, E4–E5 in February, E6 ten days ago (its 3-month
 * timepoint has not passed). 'ohs' at 3m is present for E1, E2 (twice), E4; E3 only has a baseline.
 * So January expects 3 and has 2, February expects 2 and has 1. Team B's data must not count.
 */
async function createQualityFixture(db: Database) {
  const [org] = await db
    .insert(organisations)
    .values({ name: `DQ ${randomUUID().slice(0, 8)}` })
    .returning();
  const organisationId = org!.id;
  const [teamA, teamB] = await db
    .insert(teams)
    .values([
      { organisationId, name: 'A' },
      { organisationId, name: 'B' },
    ])
    .returning();
  const [p] = await db
    .insert(patients)
    .values({ organisationId, pseudonym: `P-${randomUUID()}` })
    .returning();
  const patientId = p!.id;
  const starts = ['2024-01-05', '2024-01-10', '2024-01-20', '2024-02-03', '2024-02-25', daysAgo(10)];
  const es = await db
    .insert(episodes)
    .values([
      ...starts.map((startDate) => ({ organisationId, patientId, teamId: teamA!.id, startDate })),
      { organisationId, patientId, teamId: teamB!.id, startDate: '2024-01-05' },
    ])
    .returning();
  const [e1, e2, e3, e4, , , eb] = es.map((e) => e.id);
  const ohs = (
    episodeId: string | undefined,
    timepoint: string,
    effectiveDate: string,
    createdAt: string,
    teamId = teamA!.id,
  ) => ({
    organisationId,
    teamId,
    patientId,
    episodeId: episodeId ?? null,
    code: 'ohs',
    valueNumber: 40,
    effectiveDate,
    timepoint,
    createdAt: at(createdAt),
  });
  await db.insert(observations).values([
    ohs(e1, '3m', '2024-04-05', '2024-04-15'), // 10 days
    ohs(e2, '3m', '2024-04-10', '2024-04-30'), // 20 days
    ohs(e2, '3m', '2024-04-11', '2024-05-11'), // 30 days (a second answer of the same episode)
    ohs(e4, '3m', '2024-05-03', '2024-06-12'), // 40 days
    ohs(e3, 'baseline', '2024-01-20', '2024-01-20'),
    ohs(eb, '3m', '2024-04-05', '2024-04-05', teamB!.id),
  ]);
  const readm = randomUUID();
  await db.insert(aggregateObservations).values([
    {
      organisationId,
      teamId: teamA!.id,
      indicatorId: await indicatorRow(db, organisationId, readm),
      indicatorVersion: 1,
      periodStart: '2024-01-01',
      numerator: 1,
      denominator: 10,
      createdAt: at('2024-02-11'),
    },
    {
      organisationId,
      teamId: teamA!.id,
      indicatorId: readm,
      indicatorVersion: 1,
      periodStart: '2024-02-01',
      numerator: 2,
      denominator: 10,
      createdAt: at('2024-03-21'),
    },
  ]);
  return { teamA: teamA!, teamB: teamB!, readm };
}

/** aggregate_observations needs an indicator row; the id is chosen by the test. */
async function indicatorRow(db: Database, organisationId: string, id: string): Promise<string> {
  await db
    .insert(indicators)
    .values({
      id,
      organisationId,
      code: `readm-${id.slice(0, 6)}`,
      nameNl: 'Heropname',
      nameEn: 'Readmission',
      kind: 'clinical-outcome',
      measure: 'proportion',
      definition: { observationCode: 'readm', periodGranularity: 'month' },
    });
  return id;
}

const ohs3m: IndicatorDefinition = { observationCode: 'ohs', periodGranularity: 'month', timepoint: '3m' };
const indicator = (
  definition: IndicatorDefinition,
  extra: Partial<IndicatorForQuality> = {},
): IndicatorForQuality => ({
  indicatorId: randomUUID(),
  version: 1,
  measure: 'mean',
  kind: 'prom',
  definition,
  ...extra,
});

describe('data quality computed in SQL (hand-computed fixture)', () => {
  it('counts N, completeness per period of episode start, median delay and last update', async () => {
    const prom = indicator(ohs3m);
    const facts = (await computeDataQuality(handle.db, { teamId: f.teamA.id }, [prom])).get(
      prom.indicatorId,
    )!;
    expect(facts).toEqual({
      n: 4,
      aggregatePeriods: 0,
      lastUpdated: '2024-06-12T12:00:00.000Z',
      medianDelayDays: 25,
      periods: [
        { periodStart: '2024-01-01', expected: 3, present: 2 },
        { periodStart: '2024-02-01', expected: 2, present: 1 },
      ],
    });
  });

  it('limits to the period asked and counts the baseline timepoint from the episode start', async () => {
    const prom = indicator(ohs3m);
    const baseline = indicator({ ...ohs3m, timepoint: 'baseline' });
    const result = await computeDataQuality(
      handle.db,
      { teamId: f.teamA.id, from: '2024-02-10', to: '2024-02-10' },
      [prom, baseline],
    );
    // Feb: E4 (present at 3m), E5 (missing); observations effective in February: none of 'ohs' at 3m.
    expect(result.get(prom.indicatorId)).toMatchObject({
      n: 0,
      periods: [{ periodStart: '2024-02-01', expected: 2, present: 1 }],
      medianDelayDays: null,
      lastUpdated: null,
    });
    const all = await computeDataQuality(handle.db, { teamId: f.teamA.id }, [baseline]);
    // Baseline is due at the start: E6 (ten days ago) counts too; only E3 has a baseline answer.
    const periods = all.get(baseline.indicatorId)!.periods!;
    expect(periods.slice(0, 2)).toEqual([
      { periodStart: '2024-01-01', expected: 3, present: 1 },
      { periodStart: '2024-02-01', expected: 2, present: 0 },
    ]);
    expect(periods.reduce((s, p) => s + p.expected, 0)).toBe(6);
  });

  it('gives aggregates their period count and delay from the end of the period, without completeness', async () => {
    const readm = indicator(
      { observationCode: 'readm', periodGranularity: 'month' },
      { indicatorId: f.readm, measure: 'proportion', kind: 'clinical-outcome' },
    );
    expect((await computeDataQuality(handle.db, { teamId: f.teamA.id }, [readm])).get(f.readm)).toEqual({
      n: 0,
      aggregatePeriods: 2,
      lastUpdated: '2024-03-21T12:00:00.000Z',
      medianDelayDays: 15,
      periods: null,
    });
  });

  it('sets no expectation for staff satisfaction, counts and timepoints without an offset', async () => {
    const staff = indicator(
      { observationCode: 'ohs', periodGranularity: 'month' },
      { kind: 'staff-satisfaction' },
    );
    const yearly = indicator({ ...ohs3m, timepoint: 'yearly' });
    const count = indicator(ohs3m, { measure: 'count' });
    const result = await computeDataQuality(handle.db, { teamId: f.teamA.id }, [staff, yearly, count]);
    expect([staff, yearly, count].map((i) => result.get(i.indicatorId)!.periods)).toEqual([null, null, null]);
    expect(result.get(count.indicatorId)!.n).toBe(4);
  });

  it("does not count another team's data", async () => {
    const prom = indicator(ohs3m);
    const facts = (await computeDataQuality(handle.db, { teamId: f.teamB.id }, [prom])).get(
      prom.indicatorId,
    )!;
    expect(facts).toMatchObject({
      n: 1,
      medianDelayDays: 0,
      periods: [{ periodStart: '2024-01-01', expected: 1, present: 1 }],
    });
  });
});

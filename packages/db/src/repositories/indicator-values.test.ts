import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchesCaseMix, type CaseMixFilter } from '@leerlus/domain/indicators/case-mix';
import type { IndicatorDefinition, Measure } from '@leerlus/domain/indicators/types';
import type { DatabaseHandle } from '../client';
import { caseMixValues, observations, patients } from '../schema/index';
import { openTestDatabase } from '../testing/test-database';
import { createFixture } from './indicator-values.fixture';
import { computeIndicatorSeries, type SeriesRow } from './indicator-values';

let handle: DatabaseHandle;
let f: Awaited<ReturnType<typeof createFixture>>;
beforeAll(async () => {
  handle = await openTestDatabase();
  f = await createFixture(handle.db);
});
afterAll(async () => handle.close());

const month = 'month' as const;
const compl: IndicatorDefinition = { observationCode: 'compl', periodGranularity: month, numeratorFilter: { op: 'eq', value: 1 } };

/** The series of one indicator definition for team A (or `teamId`), as [period, numerator, denominator, value, n] tuples. */
async function series(measure: Measure, definition: IndicatorDefinition, options: { caseMix?: CaseMixFilter; from?: string; to?: string; teamId?: string; indicatorId?: string } = {}) {
  const indicatorId = options.indicatorId ?? randomUUID();
  const result = await computeIndicatorSeries(handle.db, { teamId: options.teamId ?? f.teamA.id, from: options.from, to: options.to, caseMix: options.caseMix }, [
    { indicatorId, version: 1, measure, definition },
  ]);
  return result.get(indicatorId)!;
}
const tuples = (rows: SeriesRow[]) => rows.map((r) => [r.periodStart, r.numerator, r.denominator, r.value, r.n]);

describe('indicator values computed in SQL (hand-computed fixture)', () => {
  it('proportion per month, with an imported aggregate filling a month without patient-level data', async () => {
    const rows = await series('proportion', compl, { indicatorId: f.complIndicator.id });
    expect(tuples(rows)).toEqual([
      ['2024-01-01', 2, 4, 0.5, 4],
      ['2024-02-01', 1, 2, 0.5, 2],
      ['2024-03-01', 1, 4, 0.25, null],
      ['2024-04-01', 0, 1, 0, 1],
    ]);
    expect(rows.map((r) => r.source)).toEqual(['patient-level', 'patient-level', 'aggregate', 'patient-level']);
    expect(rows[0]!.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('buckets by ISO week (Monday) and by quarter', async () => {
    expect(tuples(await series('proportion', { ...compl, periodGranularity: 'week' }))).toEqual([
      ['2024-01-01', 1, 1, 1, 1],
      ['2024-01-15', 1, 2, 0.5, 2],
      ['2024-01-29', 0, 1, 0, 1],
      ['2024-02-05', 0, 1, 0, 1],
      ['2024-02-26', 1, 1, 1, 1],
      ['2024-04-01', 0, 1, 0, 1],
    ]);
    expect(tuples(await series('proportion', { ...compl, periodGranularity: 'quarter' }))).toEqual([
      ['2024-01-01', 3, 6, 0.5, 6],
      ['2024-04-01', 0, 1, 0, 1],
    ]);
  });

  it('mean and median of values, at a timepoint and within a value range; rows without a value do not count', async () => {
    expect(tuples(await series('mean', { observationCode: 'ohs', periodGranularity: month, timepoint: '12m' }))).toEqual([
      ['2024-01-01', null, null, 35, 2],
      ['2024-02-01', null, null, 44, 1],
    ]);
    expect(tuples(await series('median', { observationCode: 'ohs', periodGranularity: month }))).toEqual([
      ['2024-01-01', null, null, 30, 3],
      ['2024-02-01', null, null, 44, 1],
    ]);
    const ranged = await series('mean', { observationCode: 'ohs', periodGranularity: month, denominatorFilter: { op: 'between', min: 25, max: 45 } });
    expect(tuples(ranged)).toEqual([
      ['2024-01-01', null, null, 35, 2],
      ['2024-02-01', null, null, 44, 1],
    ]);
  });

  it('rate of events per exposure, and counts with text filters', async () => {
    expect(tuples(await series('rate', { observationCode: 'falls', exposureCode: 'days', periodGranularity: month }))).toEqual([
      ['2024-01-01', 3, 60, 0.05, 2],
      ['2024-02-01', 0, 40, 0, 0],
    ]);
    expect(tuples(await series('count', { observationCode: 'surgery', periodGranularity: month }))).toEqual([
      ['2024-01-01', 3, null, 3, 3],
      ['2024-03-01', 1, null, 1, 1],
    ]);
    expect(tuples(await series('count', { observationCode: 'surgery', periodGranularity: month, denominatorFilter: { op: 'in', values: ['THP'] } }))).toEqual([
      ['2024-01-01', 2, null, 2, 2],
      ['2024-03-01', 1, null, 1, 1],
    ]);
    const thp = await series('proportion', { observationCode: 'surgery', periodGranularity: month, numeratorFilter: { op: 'in', values: ['THP'] } });
    expect(tuples(thp).map((t) => t.slice(0, 3))).toEqual([
      ['2024-01-01', 2, 3],
      ['2024-03-01', 1, 1],
    ]);
  });

  it('filters by case mix (age, sex, patient and episode variables) and then leaves aggregates out', async () => {
    const byFilter = async (caseMix: CaseMixFilter) => tuples(await series('proportion', compl, { caseMix, indicatorId: f.complIndicator.id })).map((t) => t.slice(0, 3));
    expect(await byFilter({ ageMin: 60 })).toEqual([
      ['2024-01-01', 1, 2],
      ['2024-02-01', 1, 2],
    ]);
    expect(await byFilter({ ageMax: 50 })).toEqual([
      ['2024-01-01', 0, 1],
      ['2024-04-01', 0, 1],
    ]);
    expect(await byFilter({ sex: ['female'] })).toEqual([
      ['2024-01-01', 1, 2],
      ['2024-02-01', 0, 1],
      ['2024-04-01', 0, 1],
    ]);
    expect(await byFilter({ sex: ['unknown'] })).toEqual([['2024-01-01', 1, 1]]);
    expect(await byFilter({ variables: [{ variable: 'asa', op: 'eq', value: '3' }] })).toEqual([['2024-01-01', 1, 1]]);
    expect(await byFilter({ variables: [{ variable: 'asa', op: 'range', min: 2, max: 3 }] })).toEqual([
      ['2024-01-01', 1, 2],
      ['2024-02-01', 1, 1],
    ]);
    expect(await byFilter({ variables: [{ variable: 'smoker', op: 'eq', value: 'yes' }] })).toEqual([
      ['2024-01-01', 0, 1],
      ['2024-04-01', 0, 1],
    ]);
    expect(await byFilter({ ageMin: 60, sex: ['male'] })).toEqual([
      ['2024-01-01', 0, 1],
      ['2024-02-01', 1, 1],
    ]);
  });

  it('limits to whole periods of the date range, and to the team', async () => {
    const ranged = await series('proportion', compl, { indicatorId: f.complIndicator.id, from: '2024-02-15', to: '2024-03-10' });
    expect(tuples(ranged)).toEqual([
      ['2024-02-01', 1, 2, 0.5, 2],
      ['2024-03-01', 1, 4, 0.25, null],
    ]);
    expect(tuples(await series('proportion', compl, { teamId: f.teamB.id }))).toEqual([['2024-01-01', 1, 1, 1, 1]]);
  });

  it('answers aggregate-only indicators with their stored version, and many indicators in one call', async () => {
    const readm = { indicatorId: f.aggOnly.id, version: 3, measure: 'proportion' as const, definition: { ...compl, observationCode: 'readm' } };
    const ohs = { indicatorId: randomUUID(), version: 1, measure: 'mean' as const, definition: { observationCode: 'ohs', periodGranularity: month } };
    const both = await computeIndicatorSeries(handle.db, { teamId: f.teamB.id }, [readm, ohs]);
    expect(both.get(ohs.indicatorId)).toEqual([]);
    const rows = both.get(f.aggOnly.id)!;
    expect(tuples(rows)).toEqual([
      ['2024-01-01', 5, 10, 0.5, null],
      ['2024-02-01', null, null, 0.25, null],
    ]);
    expect(rows.map((r) => [r.source, r.indicatorVersion])).toEqual([
      ['aggregate', 2],
      ['aggregate', 2],
    ]);
    expect(await computeIndicatorSeries(handle.db, { teamId: f.teamB.id }, [])).toEqual(new Map());
  });

  it('agrees with the domain reference semantics of the case-mix filter', async () => {
    const people = new Map((await handle.db.select().from(patients).where(eq(patients.organisationId, f.organisationId))).map((p) => [p.id, p]));
    const compls = (await handle.db.select().from(observations).where(eq(observations.teamId, f.teamA.id))).filter((o) => o.code === 'compl');
    const cmv = await handle.db.select().from(caseMixValues).where(eq(caseMixValues.organisationId, f.organisationId));
    const filters: CaseMixFilter[] = [
      { ageMin: 50, ageMax: 70 },
      { sex: ['male', 'unknown'] },
      { variables: [{ variable: 'asa', op: 'range', min: 3, max: null }] },
      { ageMax: 80, variables: [{ variable: 'asa', op: 'eq', value: '2' }] },
      { variables: [{ variable: 'smoker', op: 'eq', value: 'no' }] },
    ];
    for (const caseMix of filters) {
      const expected = new Map<string, [number, number]>();
      for (const o of compls) {
        const who = people.get(o.patientId)!;
        const values = new Map(cmv.filter((c) => c.patientId === o.patientId && (c.episodeId === null || c.episodeId === o.episodeId)).map((c) => [c.variable, { number: c.valueNumber, text: c.valueText }]));
        if (!matchesCaseMix(caseMix, { birthYear: who.birthYear, sex: who.sex, effectiveDate: o.effectiveDate, values })) continue;
        const key = `${o.effectiveDate.slice(0, 7)}-01`;
        const [num, den] = expected.get(key) ?? [0, 0];
        expected.set(key, [num + (o.valueNumber === 1 ? 1 : 0), den + 1]);
      }
      const actual = (await series('proportion', compl, { caseMix })).map((r) => [r.periodStart, [r.numerator, r.denominator]]);
      expect(actual, JSON.stringify(caseMix)).toEqual([...expected].sort(([a], [b]) => a.localeCompare(b)));
    }
  });
});

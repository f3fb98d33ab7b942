import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardSchema, indicatorSeriesSchema } from '@leerlus/contracts/dashboard';
import { schema } from '@leerlus/db';
import { createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { adopt, createIndicatorRow, createProportionData } from '../indicators/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** 24 months: 10 of 50 (20 %) for a year, then 3 of 50 (6 %) after an improvement. */
const SHIFTED = [
  ...Array.from({ length: 12 }, () => ({ num: 10, den: 50 })),
  ...Array.from({ length: 12 }, () => ({ num: 3, den: 50 })),
];

async function worldWithData() {
  const world = await createWorld(t.db);
  const target = { organisationId: world.organisation.id, teamId: world.teamA.id };
  const compl = await createIndicatorRow(t.db, world.organisation.id, {
    code: 'compl',
    kind: 'clinical-outcome',
  });
  const aggregate = await createIndicatorRow(t.db, world.organisation.id, {
    code: 'prem',
    kind: 'prem',
    definition: {
      observationCode: 'prem-nps',
      periodGranularity: 'quarter',
      numeratorFilter: { op: 'gte', value: 9 },
    },
    improvement: 'increase',
  });
  const unused = await createIndicatorRow(t.db, world.organisation.id, {
    code: 'staff',
    kind: 'staff-satisfaction',
    measure: 'mean',
    definition: { observationCode: 'mtv', periodGranularity: 'month' },
  });
  await createProportionData(t.db, target, 'compl-90d', SHIFTED, { start: '2023-01-01' });
  await t.db.insert(schema.aggregateObservations).values([
    {
      ...target,
      indicatorId: aggregate.id,
      indicatorVersion: 1,
      periodStart: '2024-01-01',
      numerator: 40,
      denominator: 50,
    },
    {
      ...target,
      indicatorId: aggregate.id,
      indicatorVersion: 1,
      periodStart: '2024-07-01',
      numerator: 45,
      denominator: 50,
    },
  ]);
  await adopt(t.db, world.teamA.id, [compl.id, aggregate.id, unused.id]);
  return { world, compl, aggregate, unused };
}

describe('team dashboard', () => {
  it('shows every adopted indicator with latest value, SPC icons, N, source and freshness', async () => {
    const { world, compl, aggregate, unused } = await worldWithData();
    const viewer = await loginAs(t.app, world.users.viewer);
    const res = await viewer.request({ method: 'GET', url: `/api/v1/teams/${world.teamA.id}/dashboard` });
    expect(res.statusCode).toBe(200);
    const dashboard = dashboardSchema.parse(res.json());
    expect(dashboard).toMatchObject({
      teamId: world.teamA.id,
      from: null,
      to: null,
      caseMixFiltered: false,
      coverage: { covered: ['drom', 'prem', 'staff'], isComplete: false },
    });
    const byCode = new Map(dashboard.rows.map((r) => [r.indicator.code, r]));
    const c = byCode.get('compl')!;
    expect(c.indicator.id).toBe(compl.id);
    expect(c.latest).toEqual({
      periodStart: '2024-12-01',
      label: '2024-12',
      value: 6,
      numerator: 3,
      denominator: 50,
      n: 50,
    });
    expect(c).toMatchObject({
      target: null,
      n: 1200,
      periods: 24,
      source: 'patient-level',
      spc: { chart: 'p', variation: 'improvement-low', assurance: null },
    });
    expect(c.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const a = byCode.get('prem')!;
    expect(a.indicator.id).toBe(aggregate.id);
    expect(a).toMatchObject({
      n: null,
      periods: 3,
      source: 'aggregate',
      latest: { label: '2024-Q3', value: 90, n: null },
    });
    const u = byCode.get('staff')!;
    expect(u.indicator.id).toBe(unused.id);
    expect(u).toMatchObject({
      latest: null,
      spc: null,
      n: null,
      periods: 0,
      source: 'none',
      lastUpdated: null,
    });
  });

  it('filters by period and case mix; aggregates are left out under a case-mix filter', async () => {
    const { world } = await worldWithData();
    const lead = await loginAs(t.app, world.users.teamLead);
    const get = async (query: string) =>
      dashboardSchema.parse(
        (
          await lead.request({ method: 'GET', url: `/api/v1/teams/${world.teamA.id}/dashboard?${query}` })
        ).json(),
      );
    const lastYear = await get('from=2024-01-15&to=2024-12-31');
    expect(lastYear.rows.find((r) => r.indicator.code === 'compl')).toMatchObject({ n: 600, periods: 12 });
    // Patients alternate 1940 (f) / 1970 (m); the first `num` of each month's 50 are events, so the
    // 1940 women have ceil(num/2) of the events and 25 of the observations.
    const older = await get('ageMin=80&sex=female');
    expect(older.caseMixFiltered).toBe(true);
    expect(older.rows.find((r) => r.indicator.code === 'compl')).toMatchObject({
      n: 600,
      latest: { numerator: 2, denominator: 25 },
    });
    expect(older.rows.find((r) => r.indicator.code === 'prem')).toMatchObject({
      source: 'none',
      latest: null,
    });
    expect((await get('sex=male&sex=other')).rows.find((r) => r.indicator.code === 'compl')).toMatchObject({
      n: 600,
      latest: { numerator: 1 },
    });
  });

  it('explains bad filters with their path', async () => {
    const { world } = await worldWithData();
    const lead = await loginAs(t.app, world.users.teamLead);
    const bad = async (query: string) => {
      const res = await lead.request({
        method: 'GET',
        url: `/api/v1/teams/${world.teamA.id}/dashboard?${query}`,
      });
      expect(res.statusCode).toBe(400);
      return res.json<{ details: { path: string }[] }>().details.map((d) => d.path);
    };
    expect(await bad('caseMix=asa:3&caseMix=bmi:9..1')).toEqual(['querystring.caseMix.1']);
    expect(await bad('from=2024-02-30')).toEqual(['querystring.from']);
    expect(await bad('from=2024-03-01&to=2024-01-01')).toEqual(['querystring.to']);
    expect(await bad('ageMin=abc')).toEqual(['querystring.ageMin']);
    expect(await bad('colour=red')).toEqual(['querystring.colour']);
  });

  it('hides another team (404) and answers the chart data of one indicator with gaps and the full SPC result', async () => {
    const { world, compl, aggregate } = await worldWithData();
    const member = await loginAs(t.app, world.users.member);
    expect(
      (await member.request({ method: 'GET', url: `/api/v1/teams/${world.teamB.id}/dashboard` })).statusCode,
    ).toBe(404);
    expect(
      (
        await member.request({
          method: 'GET',
          url: `/api/v1/teams/${world.teamB.id}/indicators/${compl.id}/series`,
        })
      ).statusCode,
    ).toBe(404);
    const res = await member.request({
      method: 'GET',
      url: `/api/v1/teams/${world.teamA.id}/indicators/${compl.id}/series?to=2023-12-31`,
    });
    const series = indicatorSeriesSchema.parse(res.json());
    expect(series).toMatchObject({ granularity: 'month', multiplier: 100, caseMixFiltered: false });
    expect(series.points).toHaveLength(12);
    expect(series.points[0]).toEqual({
      periodStart: '2023-01-01',
      label: '2023-01',
      numerator: 10,
      denominator: 50,
      value: 0.2,
      n: 50,
      source: 'patient-level',
      indicatorVersion: 1,
    });
    expect(series.spc).toMatchObject({ chart: 'p', variation: 'common' });
    expect(series.spc!.points[0]!.value).toBeCloseTo(20);
    const gaps = indicatorSeriesSchema.parse(
      (
        await member.request({
          method: 'GET',
          url: `/api/v1/teams/${world.teamA.id}/indicators/${aggregate.id}/series`,
        })
      ).json(),
    );
    expect(gaps.points.map((p) => [p.label, p.value])).toEqual([
      ['2024-Q1', 0.8],
      ['2024-Q2', null],
      ['2024-Q3', 0.9],
    ]);
    const other = await createWorld(t.db);
    const foreign = await createIndicatorRow(t.db, other.organisation.id);
    expect(
      (
        await member.request({
          method: 'GET',
          url: `/api/v1/teams/${world.teamA.id}/indicators/${foreign.id}/series`,
        })
      ).statusCode,
    ).toBe(404);
  });
});

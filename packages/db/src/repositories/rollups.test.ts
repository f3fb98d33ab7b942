import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { indicators, observations, teamIndicators } from '../schema/index';
import { openTestDatabase } from '../testing/test-database';
import { createFixture } from './indicator-values.fixture';
import { computeIndicatorSeries, type IndicatorToCompute } from './indicator-values';
import { computeDataQuality, type IndicatorForQuality } from './data-quality';
import { dataQuality, indicatorSeries, refreshRollups } from './rollups';

let handle: DatabaseHandle;
let f: Awaited<ReturnType<typeof createFixture>>;
let all: IndicatorToCompute[];
let quality: IndicatorForQuality[];
beforeAll(async () => {
  handle = await openTestDatabase();
  f = await createFixture(handle.db);
  const extra = await handle.db
    .insert(indicators)
    .values([
      {
        organisationId: f.organisationId,
        code: 'ohs',
        nameNl: 'OHS',
        nameEn: 'OHS',
        kind: 'prom',
        measure: 'mean',
        definition: { observationCode: 'ohs', periodGranularity: 'month', timepoint: '12m' },
      },
      {
        organisationId: f.organisationId,
        code: 'ohs-median',
        nameNl: 'OHS',
        nameEn: 'OHS',
        kind: 'prom',
        measure: 'median',
        definition: { observationCode: 'ohs', periodGranularity: 'quarter' },
      },
      {
        organisationId: f.organisationId,
        code: 'falls',
        nameNl: 'Vallen',
        nameEn: 'Falls',
        kind: 'clinical-outcome',
        measure: 'rate',
        definition: { observationCode: 'falls', exposureCode: 'days', periodGranularity: 'month' },
      },
      {
        organisationId: f.organisationId,
        code: 'surgery',
        nameNl: 'Operaties',
        nameEn: 'Surgeries',
        kind: 'volume',
        measure: 'count',
        definition: { observationCode: 'surgery', periodGranularity: 'week' },
      },
    ])
    .returning();
  const rows = [f.complIndicator, f.aggOnly, ...extra];
  await handle.db
    .insert(teamIndicators)
    .values(rows.flatMap((r) => [f.teamA.id, f.teamB.id].map((teamId) => ({ teamId, indicatorId: r.id }))));
  all = rows.map((r) => ({
    indicatorId: r.id,
    version: r.version,
    measure: r.measure,
    definition: r.definition,
  }));
  quality = rows.map((r, k) => ({ ...all[k]!, kind: r.kind }));
});
afterAll(async () => handle.close());

const SCOPES = [{}, { from: '2024-01-20', to: '2024-02-10' }, { from: '2024-02-01' }, { to: '2024-01-31' }];

describe('dashboard rollups', () => {
  it('give exactly the raw computation for every measure, granularity, team and period', async () => {
    for (const team of [f.teamA, f.teamB]) {
      await refreshRollups(handle.db, team.id);
      const stored = await handle.db.$count(sql`indicator_period_rollups`, sql`team_id = ${team.id}`);
      expect(stored).toBeGreaterThan(0);
      for (const bounds of SCOPES) {
        const scope = { teamId: team.id, ...bounds };
        expect(await indicatorSeries(handle.db, scope, all)).toEqual(
          await computeIndicatorSeries(handle.db, scope, all),
        );
        expect(await dataQuality(handle.db, scope, quality)).toEqual(
          await computeDataQuality(handle.db, scope, quality),
        );
      }
    }
  });

  it('are read instead of the rows once refreshed, and refreshed per indicator', async () => {
    await refreshRollups(handle.db, f.teamA.id);
    const compl = all[0]!;
    const before = (await indicatorSeries(handle.db, { teamId: f.teamA.id }, [compl])).get(
      compl.indicatorId,
    )!;
    // A write without a refresh is not seen through the rollup (imports call refreshRollups) …
    await handle.db
      .insert(observations)
      .values({
        organisationId: f.organisationId,
        teamId: f.teamA.id,
        patientId: f.patients.p1,
        code: 'compl',
        valueNumber: 1,
        effectiveDate: '2024-04-20',
      });
    expect(
      (await indicatorSeries(handle.db, { teamId: f.teamA.id }, [compl])).get(compl.indicatorId),
    ).toEqual(before);
    // … and is after refreshing that indicator only.
    await refreshRollups(handle.db, f.teamA.id, [compl.indicatorId]);
    const after = (await indicatorSeries(handle.db, { teamId: f.teamA.id }, [compl])).get(compl.indicatorId)!;
    expect(after.find((r) => r.periodStart === '2024-04-01')).toMatchObject({
      numerator: 1,
      denominator: 2,
      n: 2,
    });
    expect(after).toEqual(
      (await computeIndicatorSeries(handle.db, { teamId: f.teamA.id }, [compl])).get(compl.indicatorId),
    );
  });

  it('are bypassed under a case-mix filter and for a changed indicator version', async () => {
    await refreshRollups(handle.db, f.teamA.id);
    const scope = { teamId: f.teamA.id, caseMix: { sex: ['female' as const] } };
    expect(await indicatorSeries(handle.db, scope, all)).toEqual(
      await computeIndicatorSeries(handle.db, scope, all),
    );
    // Version 2 of the complication indicator counts 0 as the event: the rollup of version 1 must not be used.
    const changed = {
      ...all[0]!,
      version: 2,
      definition: { ...all[0]!.definition, numeratorFilter: { op: 'eq' as const, value: 0 } },
    };
    await handle.db.update(indicators).set({ version: 2 }).where(eq(indicators.id, changed.indicatorId));
    const raw = await computeIndicatorSeries(handle.db, { teamId: f.teamA.id }, [changed]);
    expect(await indicatorSeries(handle.db, { teamId: f.teamA.id }, [changed])).toEqual(raw);
    await handle.db.update(indicators).set({ version: 1 }).where(eq(indicators.id, changed.indicatorId));
  });
});

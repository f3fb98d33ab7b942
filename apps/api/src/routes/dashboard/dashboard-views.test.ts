import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardSchema } from '@leerlus/contracts/dashboard';
import { drillDownSchema, organisationOverviewSchema } from '@leerlus/contracts/dashboard-views';
import { dataQualitySchema } from '@leerlus/contracts/data-quality';
import { schema } from '@leerlus/db';
import { createUser, createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { adopt, createIndicatorRow, createProportionData } from '../indicators/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/**
 * Team A: complications Jan–Mar 2024 (2/10, 1/10, 4/10) on 10 patients without episodes; a PROM at
 * 3 months with 4 episodes (2 in January, 2 in February) of which 3 have an answer (Jan 2/2, Feb 1/2).
 */
async function world() {
  const w = await createWorld(t.db);
  const target = { organisationId: w.organisation.id, teamId: w.teamA.id };
  const compl = await createIndicatorRow(t.db, w.organisation.id, {
    code: `compl-${w.teamA.id.slice(0, 6)}`,
  });
  const prom = await createIndicatorRow(t.db, w.organisation.id, {
    code: `ohs-${w.teamA.id.slice(0, 6)}`,
    kind: 'prom',
    measure: 'mean',
    improvement: 'increase',
    definition: { observationCode: 'ohs', periodGranularity: 'month', timepoint: '3m' },
  });
  const patients = await createProportionData(
    t.db,
    target,
    'compl-90d',
    [
      { num: 2, den: 10 },
      { num: 1, den: 10 },
      { num: 4, den: 10 },
    ],
    { start: '2024-01-01' },
  );
  const eps = await t.db
    .insert(schema.episodes)
    .values(
      ['2024-01-05', '2024-01-20', '2024-02-03', '2024-02-25'].map((startDate, i) => ({
        ...target,
        patientId: patients[i]!,
        startDate,
        carePath: 'THP',
      })),
    )
    .returning();
  await t.db
    .insert(schema.observations)
    .values(
      [0, 1, 2].map((i) => ({
        ...target,
        patientId: patients[i]!,
        episodeId: eps[i]!.id,
        code: 'ohs',
        valueNumber: 40 + i,
        effectiveDate: '2024-05-01',
        timepoint: '3m',
      })),
    );
  await adopt(t.db, w.teamA.id, [compl.id, prom.id]);
  return { w, compl, prom };
}

describe('data quality', () => {
  it('shows N, completeness and freshness in the dashboard and lists the worst gaps first', async () => {
    const { w, compl, prom } = await world();
    const viewer = await loginAs(t.app, w.users.viewer);
    const dashboard = dashboardSchema.parse(
      (await viewer.request({ method: 'GET', url: `/api/v1/teams/${w.teamA.id}/dashboard` })).json(),
    );
    const promRow = dashboard.rows.find((r) => r.indicator.id === prom.id)!;
    expect(promRow.quality).toMatchObject({
      n: 3,
      aggregatePeriods: 0,
      expected: 4,
      present: 3,
      completeness: 0.75,
    });
    expect(promRow.quality.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Complications are expected once per episode too, and none of the 30 observations names an episode.
    expect(dashboard.rows.find((r) => r.indicator.id === compl.id)!.quality).toMatchObject({
      n: 30,
      expected: 4,
      present: 0,
      completeness: 0,
    });

    const res = await viewer.request({ method: 'GET', url: `/api/v1/teams/${w.teamA.id}/data-quality` });
    expect(res.statusCode).toBe(200);
    const quality = dataQualitySchema.parse(res.json());
    expect(quality.rows.map((r) => r.indicator.id)).toEqual([compl.id, prom.id]);
    expect(quality.rows[1]!.worstPeriods).toEqual([
      { periodStart: '2024-02-01', label: '2024-02', expected: 2, present: 1, missing: 1, completeness: 0.5 },
    ]);
    const january = dataQualitySchema.parse(
      (
        await viewer.request({
          method: 'GET',
          url: `/api/v1/teams/${w.teamA.id}/data-quality?from=2024-01-01&to=2024-01-31`,
        })
      ).json(),
    );
    expect(january.rows.find((r) => r.indicator.id === prom.id)!.quality).toMatchObject({
      expected: 2,
      present: 2,
      completeness: 1,
    });
  });

  it("validates the period and hides another team's data quality", async () => {
    const { w } = await world();
    const member = await loginAs(t.app, w.users.member);
    expect(
      (
        await member.request({
          method: 'GET',
          url: `/api/v1/teams/${w.teamA.id}/data-quality?from=2024-13-01`,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await member.request({ method: 'GET', url: `/api/v1/teams/${w.teamB.id}/data-quality` })).statusCode,
    ).toBe(404);
  });
});

describe('chart data export', () => {
  it('answers CSV (semicolon, Dutch headers) with the figures, the display value and the SPC limits', async () => {
    const { w, compl } = await world();
    const member = await loginAs(t.app, w.users.member);
    const res = await member.request({
      method: 'GET',
      url: `/api/v1/teams/${w.teamA.id}/indicators/${compl.id}/series/export?format=csv&delimiter=semicolon`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${compl.code}-Team-A.csv"`);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((l) => l.split(';'));
    expect(lines[0]).toEqual([
      'periode',
      'periode_start',
      'teller',
      'noemer',
      'waarde',
      'n',
      'centrumlijn',
      'ondergrens',
      'bovengrens',
      'signalen',
      'bron',
    ]);
    expect(lines.slice(1).map((l) => l.slice(0, 6))).toEqual([
      ['2024-01', '2024-01-01', '2', '10', '20', '10'],
      ['2024-02', '2024-02-01', '1', '10', '10', '10'],
      ['2024-03', '2024-03-01', '4', '10', '40', '10'],
    ]);
    // p chart centre = 7/30 = 23.33 %; lower limit 0 (clamped), the source is patient-level.
    expect(Number(lines[1]![6]!.replace(',', '.'))).toBeCloseTo(23.333, 2);
    expect(lines[1]![7]).toBe('0');
    expect(lines[1]![10]).toBe('patient-level');
  });

  it('answers XLSX that opens with exceljs, and validates the format', async () => {
    const { w, compl } = await world();
    const member = await loginAs(t.app, w.users.member);
    const res = await member.request({
      method: 'GET',
      url: `/api/v1/teams/${w.teamA.id}/indicators/${compl.id}/series/export?format=xlsx&from=2024-02-01`,
    });
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getCell('A2').value).toBe('2024-02');
    expect(sheet.getCell('E3').value).toBe(40);
    expect(
      (
        await member.request({
          method: 'GET',
          url: `/api/v1/teams/${w.teamA.id}/indicators/${compl.id}/series/export?format=pdf`,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await member.request({
          method: 'GET',
          url: `/api/v1/teams/${w.teamB.id}/indicators/${compl.id}/series/export`,
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('drill-down to the contributing patients', () => {
  const auditRows = (actorId: string) =>
    t.db
      .select()
      .from(schema.auditEvents)
      .where(
        and(eq(schema.auditEvents.actorId, actorId), eq(schema.auditEvents.action, 'patient-data.read')),
      );

  it('lists the pseudonymised observations of the period and audits the read', async () => {
    const { w, compl } = await world();
    const member = await loginAs(t.app, w.users.member);
    const res = await member.request({
      method: 'GET',
      url: `/api/v1/teams/${w.teamA.id}/indicators/${compl.id}/patients?period=2024-02-17`,
    });
    expect(res.statusCode).toBe(200);
    const drill = drillDownSchema.parse(res.json());
    expect(drill).toMatchObject({ periodStart: '2024-02-01', label: '2024-02', total: 10, limit: 500 });
    expect(drill.rows).toHaveLength(10);
    expect(drill.rows.filter((r) => r.inNumerator)).toHaveLength(1);
    expect(drill.rows[0]).toMatchObject({ effectiveDate: '2024-02-15', code: 'compl-90d' });
    expect(drill.rows[0]!.pseudonym).toMatch(/^PS-/);
    expect(Object.keys(drill.rows[0]!)).not.toContain('patientId');
    const audits = await auditRows(w.users.member.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      outcome: 'success',
      resourceType: 'indicator',
      resourceId: compl.id,
      teamId: w.teamA.id,
      organisationId: w.organisation.id,
    });
    expect(audits[0]!.details).toEqual({
      periodStart: '2024-02-01',
      rows: 10,
      total: 10,
      caseMixFiltered: false,
    });
  });

  it('applies the case-mix filter', async () => {
    const { w, compl } = await world();
    const lead = await loginAs(t.app, w.users.teamLead);
    // Patients alternate 1940 women / 1970 men; March's 4 events fall on patients 0–3.
    const drill = drillDownSchema.parse(
      (
        await lead.request({
          method: 'GET',
          url: `/api/v1/teams/${w.teamA.id}/indicators/${compl.id}/patients?period=2024-03-01&sex=female`,
        })
      ).json(),
    );
    expect(drill.total).toBe(5);
    expect(drill.rows.every((r) => r.sex === 'female' && r.birthYear === 1940)).toBe(true);
    expect(drill.rows.filter((r) => r.inNumerator)).toHaveLength(2);
  });

  it('refuses viewers (403, audited as denied), hides other teams (404) and validates the period', async () => {
    const { w, compl } = await world();
    const viewer = await loginAs(t.app, w.users.viewer);
    const url = `/api/v1/teams/${w.teamA.id}/indicators/${compl.id}/patients?period=2024-02-01`;
    expect((await viewer.request({ method: 'GET', url })).statusCode).toBe(403);
    expect((await auditRows(w.users.viewer.id)).map((a) => a.outcome)).toEqual(['denied']);
    const outsider = await createUser(t.db, [
      { organisationId: w.organisation.id, teamId: w.teamB.id, role: 'team-lead' },
    ]);
    const other = await loginAs(t.app, outsider);
    expect((await other.request({ method: 'GET', url })).statusCode).toBe(404);
    expect(await auditRows(outsider.id)).toHaveLength(0);
    const member = await loginAs(t.app, w.users.member);
    for (const query of ['', 'period=2024-02-30', 'period=2024-02-01&from=2024-01-01']) {
      expect(
        (
          await member.request({
            method: 'GET',
            url: `/api/v1/teams/${w.teamA.id}/indicators/${compl.id}/patients?${query}`,
          })
        ).statusCode,
      ).toBe(400);
    }
    const foreign = await createIndicatorRow(t.db, (await createWorld(t.db)).organisation.id);
    expect(
      (
        await member.request({
          method: 'GET',
          url: `/api/v1/teams/${w.teamA.id}/indicators/${foreign.id}/patients?period=2024-02-01`,
        })
      ).statusCode,
    ).toBe(404);
    expect(await auditRows(w.users.member.id)).toHaveLength(0);
  });
});

describe('organisation overview', () => {
  it('pivots the teams’ dashboards to indicators × teams for admins only', async () => {
    const { w, compl, prom } = await world();
    await adopt(t.db, w.teamB.id, [compl.id]);
    const admin = await loginAs(t.app, w.users.admin);
    const res = await admin.request({
      method: 'GET',
      url: `/api/v1/organisations/${w.organisation.id}/overview`,
    });
    expect(res.statusCode).toBe(200);
    const overview = organisationOverviewSchema.parse(res.json());
    expect(overview.teams.map((t) => t.name)).toEqual(['Team A', 'Team B']);
    const complRow = overview.rows.find((r) => r.indicator.id === compl.id)!;
    expect(complRow.cells.map((c) => [c.teamId, c.latest?.value ?? null, c.n])).toEqual([
      [w.teamA.id, 40, 30],
      [w.teamB.id, null, null],
    ]);
    expect(overview.rows.find((r) => r.indicator.id === prom.id)!.cells).toEqual([
      expect.objectContaining({ teamId: w.teamA.id, completeness: 0.75, variation: 'common' }),
    ]);
    const lead = await loginAs(t.app, w.users.teamLead);
    expect(
      (await lead.request({ method: 'GET', url: `/api/v1/organisations/${w.organisation.id}/overview` }))
        .statusCode,
    ).toBe(403);
    const stranger = await loginAs(t.app, w.users.admin);
    expect(
      (
        await stranger.request({
          method: 'GET',
          url: `/api/v1/organisations/${(await createWorld(t.db)).organisation.id}/overview`,
        })
      ).statusCode,
    ).toBe(404);
  });
});

import { eq, inArray, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardSchema } from '@leerlus/contracts/dashboard';
import { schema } from '@leerlus/db';
import { loginAs } from '../testing/login';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DEMO_PASSWORD, DEMO_TEAMS, seedDemo } from './demo';
import { HIP_PROFILE } from './demo-profiles';
import { LIBRARY } from './outcome-set-library';
import { generateTeamData } from './synthetic';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db);
});
afterAll(async () => t.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('demo data', () => {
  it('is generated deterministically from its seed, with valid ids and no names', () => {
    const small = { ...HIP_PROFILE, patients: 50 };
    const a = generateTeamData(small);
    expect(generateTeamData(small)).toEqual(a);
    expect(generateTeamData({ ...small, seed: 7 }).observations.valueNumber).not.toEqual(a.observations.valueNumber);
    expect(a.patients.id.every((id) => UUID.test(id))).toBe(true);
    expect(new Set(a.patients.pseudonym).size).toBe(50);
    expect(Object.keys(a.patients).sort()).toEqual(['birthYear', 'id', 'pseudonym', 'sex']);
  });

  it('seeds the library, the catalogue, goal sets and three years of data, once', async () => {
    const [hip, breast, palliative] = [DEMO_TEAMS[0].id, DEMO_TEAMS[1].id, DEMO_TEAMS[2].id];
    const count = async (teamId: string) => t.db.$count(schema.observations, eq(schema.observations.teamId, teamId));
    const before = await Promise.all([count(hip), count(breast), count(palliative)]);
    expect(before[0]).toBeGreaterThan(10_000);
    expect(before[1]).toBeGreaterThan(10_000);
    expect(before[2]).toBe(0);
    expect(await t.db.$count(schema.aggregateObservations, eq(schema.aggregateObservations.teamId, palliative))).toBe(36 * 4 + 12);
    const templates = await t.db.select().from(schema.outcomeSets).where(inArray(schema.outcomeSets.id, LIBRARY.map((l) => l.id)));
    expect(templates.every((s) => s.isTemplate && s.organisationId === null)).toBe(true);
    expect(templates).toHaveLength(3);
    expect(await t.db.$count(schema.indicators, isNull(schema.indicators.organisationId))).toBeGreaterThanOrEqual(15);
    await seedDemo(t.db);
    expect(await Promise.all([count(hip), count(breast), count(palliative)])).toEqual(before);
  });

  it('shows signals after the simulated improvements on the demo dashboards', async () => {
    const advisor = await loginAs(t.app, { email: 'kwaliteit@demo.leerlus.nl', password: DEMO_PASSWORD });
    const dashboard = async (teamId: string) => dashboardSchema.parse((await advisor.request({ method: 'GET', url: `/api/v1/teams/${teamId}/dashboard` })).json());
    const hip = await dashboard(DEMO_TEAMS[0].id);
    expect(hip.coverage.isComplete).toBe(true);
    const byCode = new Map(hip.rows.map((r) => [r.indicator.code, r]));
    expect(byCode.get('compl-90d')).toMatchObject({ periods: 36, source: 'patient-level', spc: { chart: 'p', variation: 'improvement-low' } });
    expect(byCode.get('pain-3m')!.spc!.variation).toBe('improvement-low');
    const palliative = await dashboard(DEMO_TEAMS[2].id);
    expect(palliative.rows.every((r) => r.source === 'aggregate')).toBe(true);
    expect(palliative.rows.find((r) => r.indicator.code === 'acp-documented')!.spc!.variation).toBe('improvement-high');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentListSchema, assessmentResultsSchema, comparisonSchema, readinessSummarySchema } from '@leerlus/contracts/maturity';
import { loginAs } from '../testing/login';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DEMO_PASSWORD, DEMO_TEAMS, seedDemo } from './demo';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db);
  await seedDemo(t.db);
}, 600_000);
afterAll(async () => t.close());

describe('demo maturity data', () => {
  it('gives the hip team two measurements per instrument with a trend, and an anonymised comparison', async () => {
    const lead = await loginAs(t.app, { email: 'teamleider@demo.leerlus.nl', password: DEMO_PASSWORD });
    const base = `/api/v1/teams/${DEMO_TEAMS[0].id}/maturity`;
    const { assessments } = assessmentListSchema.parse((await lead.request({ method: 'GET', url: `${base}/assessments` })).json());
    const quickscans = assessments.filter((a) => a.instrumentKey === 'quickscan');
    expect(quickscans.map((a) => [a.kind, a.respondents])).toEqual([
      ['remeasurement', 3],
      ['baseline', 3],
    ]);
    expect(assessments.filter((a) => a.instrumentKey === 'maturity-meter')).toHaveLength(2);
    const results = assessmentResultsSchema.parse((await lead.request({ method: 'GET', url: `${base}/assessments/${quickscans[0]!.id}/results` })).json());
    expect(results.radar.series).toHaveLength(2);
    expect(results.overallTrend.direction).toBe('up');
    const meter = assessments.find((a) => a.instrumentKey === 'maturity-meter')!;
    const comparison = comparisonSchema.parse((await lead.request({ method: 'GET', url: `${base}/comparison?instrumentId=${meter.instrumentId}` })).json());
    expect(comparison.entries.map((e) => e.label).sort()).toEqual(['A', 'Borstkanker', 'Heup- en knieartrose']);
    const hipReadiness = readinessSummarySchema.parse((await lead.request({ method: 'GET', url: `/api/v1/teams/${DEMO_TEAMS[0].id}/maturity/readiness` })).json());
    expect(hipReadiness.readiness?.isReady).toBe(true);
  });
});

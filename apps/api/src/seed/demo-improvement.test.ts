import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goalListSchema, matrixSchema, occurrenceDetailSchema, occurrenceListSchema } from '@leerlus/contracts/improvement';
import { schema } from '@leerlus/db';
import { loginAs } from '../testing/login';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DEMO_PASSWORD, DEMO_TEAMS, seedDemo } from './demo';
import { seedDemoImprovement } from './demo-improvement';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db);
}, 180_000);
afterAll(async () => t.close());

describe('demo improvement system', () => {
  it('gives the hip & knee team goals over the domains, a matrix without gaps and recorded past meetings', async () => {
    const hip = DEMO_TEAMS[0].id;
    const [lead] = await t.db.select().from(schema.users).where(eq(schema.users.email, 'teamleider@demo.leerlus.nl'));
    const client = await loginAs(t.app, { ...lead!, password: DEMO_PASSWORD });
    const goals = goalListSchema.parse((await client.request({ method: 'GET', url: `/api/v1/teams/${hip}/goals` })).json());
    expect(goals.goals).toHaveLength(7);
    expect(goals.coverage.isComplete).toBe(true);
    expect(goals.goals.filter((g) => g.status === 'active').every((g) => g.owner !== null && g.meetingCount > 0)).toBe(true);
    const matrix = matrixSchema.parse((await client.request({ method: 'GET', url: `/api/v1/teams/${hip}/matrix` })).json());
    expect(matrix.meetings).toHaveLength(4);
    expect(matrix.warnings).toEqual([]);
    const occurrences = occurrenceListSchema.parse((await client.request({ method: 'GET', url: `/api/v1/teams/${hip}/occurrences` })).json()).occurrences;
    const held = occurrences.filter((o) => o.status === 'held');
    const planned = occurrences.filter((o) => o.status === 'planned');
    expect(held.length).toBeGreaterThanOrEqual(5);
    expect(planned.length).toBeGreaterThanOrEqual(3);
    const past = occurrenceDetailSchema.parse((await client.request({ method: 'GET', url: `/api/v1/teams/${hip}/occurrences/${held.at(-1)!.id}` })).json());
    expect(past.statusUpdates.length).toBeGreaterThan(0);
    expect(past.decisions).toHaveLength(1);
    expect(past.actions).toHaveLength(1);
    expect(past.attendance.some((a) => a.status === 'present')).toBe(true);
    const next = occurrenceDetailSchema.parse((await client.request({ method: 'GET', url: `/api/v1/teams/${hip}/occurrences/${planned[0]!.id}` })).json());
    const goalItems = next.agenda.filter((i) => i.kind === 'goal');
    expect(goalItems.length).toBeGreaterThanOrEqual(2);
    expect(goalItems.every((i) => i.kind === 'goal' && i.goal.lastStatus !== null)).toBe(true);
    expect(await seedDemoImprovement(t.db, DEMO_TEAMS[0].id, DEMO_TEAMS.map((x) => x.id))).toEqual({ created: false });
  });
});

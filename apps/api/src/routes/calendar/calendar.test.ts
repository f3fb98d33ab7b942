import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarFeedCreatedSchema, calendarSchema } from '@leerlus/contracts/cycles';
import { schema } from '@leerlus/db';
import { addDays } from '@leerlus/domain/improvement/calendar-dates';
import { createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditEventsOf } from '../organisations/testing';
import { createCycleRow, createGoalRow } from '../pdsa/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const today = new Date().toISOString().slice(0, 10);

async function seedTeam(world: Awaited<ReturnType<typeof createWorld>>) {
  const goal = await createGoalRow(t.db, world.teamA, {
    title: 'Doel met deadline',
    deadline: addDays(today, 40),
  });
  await createCycleRow(t.db, goal, { title: 'PDSA controle', checkDate: addDays(today, 10) });
  await t.db.insert(schema.actions).values({
    teamId: world.teamA.id,
    title: 'Protocol herzien',
    originKind: 'goal',
    dueDate: addDays(today, 5),
  });
  await t.db.insert(schema.meetings).values({
    organisationId: world.organisation.id,
    teamId: world.teamA.id,
    name: 'Verbeteroverleg',
    type: 'improvement',
    frequency: 'weekly',
    startDate: addDays(today, 1),
    startTime: '08:30',
    durationMinutes: 30,
  });
}

describe('improvement calendar', () => {
  it("shows the team's meetings, PDSA checks, actions due and goal deadlines; another team answers 404", async () => {
    const world = await createWorld(t.db);
    await seedTeam(world);
    const viewer = await loginAs(t.app, world.users.viewer);
    const res = await viewer.request({
      method: 'GET',
      url: `/api/v1/teams/${world.teamA.id}/calendar?from=${today}&to=${addDays(today, 60)}`,
    });
    expect(res.statusCode).toBe(200);
    const items = calendarSchema.parse(res.json()).items;
    expect(items.filter((i) => i.kind === 'meeting')).toHaveLength(9);
    expect(items.filter((i) => i.kind !== 'meeting').map((i) => [i.kind, i.title])).toEqual([
      ['action-due', 'Protocol herzien'],
      ['pdsa-check', 'PDSA controle'],
      ['goal-deadline', 'Doel met deadline'],
    ]);
    expect(
      (
        await viewer.request({
          method: 'GET',
          url: `/api/v1/teams/${world.teamB.id}/calendar?from=${today}&to=${today}`,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await viewer.request({
          method: 'GET',
          url: `/api/v1/teams/${world.teamA.id}/calendar?from=${today}&to=2020-01-01`,
        })
      ).statusCode,
    ).toBe(400);
  });

  it('a personal feed URL serves RFC 5545 without a session; regenerating or revoking stops the old URL; audited', async () => {
    const world = await createWorld(t.db);
    await seedTeam(world);
    const member = await loginAs(t.app, world.users.member);
    const feedUrl = `/api/v1/organisations/${world.organisation.id}/calendar-feed`;
    const created = await member.request({ method: 'POST', url: feedUrl });
    expect(created.statusCode).toBe(201);
    const { url } = calendarFeedCreatedSchema.parse(created.json());
    const path = url.slice(url.indexOf('/api/v1/'));
    const feed = await t.app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    const root = new ICAL.Component(ICAL.parse(feed.body) as unknown[]);
    const events = root.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const meeting = events.find((e) => e.summary.startsWith('Verbeteroverleg'))!;
    expect(meeting.isRecurring()).toBe(true);
    expect(meeting.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=WEEKLY');
    expect(events.map((e) => e.summary).sort()).toEqual([
      'Actie: Protocol herzien (Team A)',
      'Doel: Doel met deadline (Team A)',
      'PDSA: PDSA controle (Team A)',
      'Verbeteroverleg (Team A)',
    ]);
    expect((await member.request({ method: 'GET', url: feedUrl })).json()).toMatchObject({ active: true });

    const again = calendarFeedCreatedSchema.parse(
      (await member.request({ method: 'POST', url: feedUrl })).json(),
    );
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    const newPath = again.url.slice(again.url.indexOf('/api/v1/'));
    expect((await t.app.inject({ method: 'GET', url: newPath })).statusCode).toBe(200);
    expect((await member.request({ method: 'DELETE', url: feedUrl })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: newPath })).statusCode).toBe(404);
    expect((await member.request({ method: 'GET', url: feedUrl })).json()).toMatchObject({ active: false });
    expect(await auditEventsOf(t.db, world.organisation.id, 'calendar-feed.create')).toHaveLength(2);
    expect(await auditEventsOf(t.db, world.organisation.id, 'calendar-feed.revoke')).toHaveLength(1);
    const other = await createWorld(t.db);
    expect(
      (
        await member.request({
          method: 'POST',
          url: `/api/v1/organisations/${other.organisation.id}/calendar-feed`,
        })
      ).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/calendar-feed/short.ics' })).statusCode).toBe(
      400,
    );
  });
});

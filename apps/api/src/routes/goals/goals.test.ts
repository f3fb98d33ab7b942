import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goalListSchema, goalPageSchema, goalSchema, statusUpdateSchema } from '@leerlus/contracts/improvement';
import { auditRows } from '../../testing/audit';
import { createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { COMPLICATIONS, createIndicatorRow, createOutcomeSet, createProportionData } from '../indicators/testing';
import { createActionRow, createGoalRow } from './testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const url = (teamId: string, rest = '') => `/api/v1/teams/${teamId}/goals${rest}`;

describe('goals', () => {
  it('a team lead sets a SMART goal (direction from the indicator), lists it with domain coverage; audited', async () => {
    const world = await createWorld(t.db);
    const prom = await createIndicatorRow(t.db, world.organisation.id, { kind: 'prom', measure: 'mean', improvement: 'increase', definition: { observationCode: 'ohs', periodGranularity: 'month' } });
    const lead = await loginAs(t.app, world.users.teamLead);
    const res = await lead.request({
      method: 'POST',
      url: url(world.teamA.id),
      payload: { indicatorId: prom.id, title: 'Betere heupscore', ownerId: world.users.member.id, status: 'active', baselineValue: 36, targetValue: 40, deadline: '2026-12-31', milestones: [{ date: '2026-06-30', value: 38 }] },
    });
    expect(res.statusCode).toBe(201);
    const goal = goalSchema.parse(res.json());
    expect(goal).toMatchObject({ direction: 'increase', owner: { id: world.users.member.id }, indicator: { id: prom.id, kind: 'prom' }, kind: 'small', scope: 'team', meetingCount: 0 });
    const list = goalListSchema.parse((await lead.request({ method: 'GET', url: url(world.teamA.id) })).json());
    expect(list.goals.map((g) => g.id)).toEqual([goal.id]);
    expect(list.coverage.covered).toEqual(['prom']);
    expect(list.coverage.missing).toContain('cost');
    expect(await auditRows(t.db, { action: 'goal.create', resourceId: goal.id })).toEqual([expect.objectContaining({ actorId: world.users.teamLead.id, outcome: 'success' })]);
  });

  it('refuses a goal on a case-mix variable, a target that is no improvement, an owner from outside the team, an active goal without owner', async () => {
    const world = await createWorld(t.db);
    const asa = await createIndicatorRow(t.db, world.organisation.id, { definition: { observationCode: 'asa', periodGranularity: 'month' } });
    await createOutcomeSet(t.db, world.organisation.id, [{ indicatorId: asa.id }]); // its case-mix variable is "asa"
    const compl = await createIndicatorRow(t.db, world.organisation.id);
    const outsider = (await createWorld(t.db)).users.member;
    const lead = await loginAs(t.app, world.users.teamLead);
    const post = (payload: Record<string, unknown>) => lead.request({ method: 'POST', url: url(world.teamA.id), payload: { title: 'Doel', ...payload } });
    const caseMix = await post({ indicatorId: asa.id });
    expect(caseMix.statusCode).toBe(400);
    expect(caseMix.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.indicatorId', code: 'case-mix-indicator' }] });
    expect((await post({ indicatorId: compl.id, baselineValue: 10, targetValue: 12 })).json()).toMatchObject({ details: [{ code: 'target-not-improvement' }] });
    expect((await post({ indicatorId: compl.id, ownerId: outsider.id })).json()).toMatchObject({ details: [{ path: 'body.ownerId', code: 'NOT_A_MEMBER' }] });
    expect((await post({ indicatorId: compl.id, status: 'active' })).json()).toMatchObject({ details: [{ code: 'owner-required-when-active' }] });
    expect((await post({ indicatorId: null })).json()).toMatchObject({ details: [{ code: 'indicator-required' }] });
    expect((await post({ indicatorId: compl.id, unknown: 1 })).statusCode).toBe(400);
    const other = await createWorld(t.db);
    const foreign = await createIndicatorRow(t.db, other.organisation.id);
    expect((await post({ indicatorId: foreign.id })).json()).toMatchObject({ details: [{ path: 'body.indicatorId' }] });
  });

  it('viewer reads but cannot edit; another team answers 404; stopping needs a reason', async () => {
    const world = await createWorld(t.db);
    const goal = await createGoalRow(t.db, world.teamA, { ownerId: world.users.member.id });
    const viewer = await loginAs(t.app, world.users.viewer);
    expect((await viewer.request({ method: 'GET', url: url(world.teamA.id, `/${goal.id}`) })).statusCode).toBe(200);
    expect((await viewer.request({ method: 'PATCH', url: url(world.teamA.id, `/${goal.id}`), payload: { title: 'x' } })).statusCode).toBe(403);
    const lead = await loginAs(t.app, world.users.teamLead);
    expect((await lead.request({ method: 'GET', url: url(world.teamB.id, `/${goal.id}`) })).statusCode).toBe(404);
    const otherWorld = await createWorld(t.db);
    const stranger = await loginAs(t.app, otherWorld.users.teamLead);
    expect((await stranger.request({ method: 'GET', url: url(world.teamA.id, `/${goal.id}`) })).statusCode).toBe(404);
    expect((await lead.request({ method: 'PATCH', url: url(world.teamA.id, `/${goal.id}`), payload: { status: 'stopped' } })).statusCode).toBe(400);
    const stopped = await lead.request({ method: 'PATCH', url: url(world.teamA.id, `/${goal.id}`), payload: { status: 'stopped', statusReason: 'Indicator vervangen' } });
    expect(goalSchema.parse(stopped.json())).toMatchObject({ status: 'stopped', statusReason: 'Indicator vervangen' });
    expect(await auditRows(t.db, { action: 'goal.update', organisationId: world.organisation.id })).toEqual([
      expect.objectContaining({ outcome: 'denied', actorId: world.users.viewer.id }),
      expect.objectContaining({ outcome: 'success', details: expect.objectContaining({ status: 'stopped' }) }),
    ]);
  });

  it('the goal page has the SPC chart with the target line, status history newest first and linked actions', async () => {
    const world = await createWorld(t.db);
    const indicator = await createIndicatorRow(t.db, world.organisation.id, { definition: COMPLICATIONS });
    await createProportionData(t.db, { organisationId: world.organisation.id, teamId: world.teamA.id }, COMPLICATIONS.observationCode, Array.from({ length: 14 }, () => ({ num: 2, den: 20 })));
    const goal = await createGoalRow(t.db, world.teamA, { indicatorId: indicator.id, ownerId: world.users.member.id, targetValue: 5 });
    await createActionRow(t.db, world.teamA, { goalId: goal.id, title: 'Protocol herzien' });
    const member = await loginAs(t.app, world.users.member);
    for (const progress of ['at-risk', 'on-track'] as const) {
      const res = await member.request({ method: 'POST', url: url(world.teamA.id, `/${goal.id}/status-updates`), payload: { progress, explanation: `Stand ${progress}`, nextStep: 'Meten' } });
      expect(statusUpdateSchema.parse(res.json())).toMatchObject({ progress, author: { id: world.users.member.id } });
    }
    const page = goalPageSchema.parse((await member.request({ method: 'GET', url: url(world.teamA.id, `/${goal.id}`) })).json());
    expect(page.goal.targetValue).toBe(5);
    expect(page.series?.points).toHaveLength(14);
    // The target reached the SPC engine: 5 % lies within the limits (0–30 %) of a 10 % process of 20 a month.
    expect(page.series?.spc?.assurance).toBe('inconsistent');
    expect(page.statusUpdates.map((s) => s.progress)).toEqual(['on-track', 'at-risk']);
    expect(page.goal.lastStatus?.progress).toBe('on-track');
    expect(page.actions.map((a) => a.title)).toEqual(['Protocol herzien']);
    const viewer = await loginAs(t.app, world.users.viewer);
    expect((await viewer.request({ method: 'POST', url: url(world.teamA.id, `/${goal.id}/status-updates`), payload: { progress: 'on-track' } })).statusCode).toBe(403);
    expect((await member.request({ method: 'POST', url: url(world.teamA.id, `/${goal.id}/status-updates`), payload: { progress: 'great' } })).statusCode).toBe(400);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartAnnotationsSchema, pdsaListSchema, pdsaSchema } from '@leerlus/contracts/cycles';
import { createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditEventsOf } from '../organisations/testing';
import { createCycleRow, createGoalRow } from './testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const url = (teamId: string, rest = '') => `/api/v1/teams/${teamId}/pdsa${rest}`;

describe('PDSA cycles', () => {
  it('a member plans a cycle, records do/study/act, chains a ramp; each is an annotation of the goal chart; writes are audited', async () => {
    const world = await createWorld(t.db);
    const goal = await createGoalRow(t.db, world.teamA);
    const member = await loginAs(t.app, world.users.member);
    const created = await member.request({
      method: 'POST',
      url: url(world.teamA.id),
      payload: {
        goalId: goal.id,
        title: 'Teach-back bij ontslag',
        changeIdea: 'Teach-back',
        prediction: '20% minder heropnames',
        measures: 'Heropnames',
        planWho: 'Verpleging',
        startDate: '2026-02-02',
        checkDate: '2026-03-01',
        ownerId: world.users.member.id,
      },
    });
    expect(created.statusCode).toBe(201);
    const first = pdsaSchema.parse(created.json());
    expect(first).toMatchObject({
      title: 'Teach-back bij ontslag',
      status: 'planned',
      rampStep: 1,
      owner: { id: world.users.member.id },
      goal: { id: goal.id },
      rebase: { status: 'none' },
    });

    const patched = await member.request({
      method: 'PATCH',
      url: url(world.teamA.id, `/${first.id}`),
      payload: {
        status: 'completed',
        doWhatHappened: 'Gedaan',
        studyComparison: 'Zoals voorspeld',
        actOutcome: 'adapt',
        endDate: '2026-02-28',
      },
    });
    expect(patched.statusCode).toBe(200);
    expect(pdsaSchema.parse(patched.json())).toMatchObject({
      status: 'completed',
      actOutcome: 'adapt',
      endDate: '2026-02-28',
    });

    const second = pdsaSchema.parse(
      (
        await member.request({
          method: 'POST',
          url: url(world.teamA.id),
          payload: {
            goalId: goal.id,
            parentId: first.id,
            title: 'Teach-back, aangepast',
            startDate: '2026-03-02',
          },
        })
      ).json(),
    );
    expect(second.rampStep).toBe(2);

    const annotations = chartAnnotationsSchema.parse(
      (
        await member.request({
          method: 'GET',
          url: `/api/v1/teams/${world.teamA.id}/chart-annotations?goalId=${goal.id}`,
        })
      ).json(),
    );
    expect(annotations.annotations.map((a) => [a.kind, a.date, a.label, a.rampStep])).toEqual([
      ['pdsa', '2026-02-02', 'Teach-back bij ontslag', 1],
      ['pdsa', '2026-03-02', 'Teach-back, aangepast', 2],
    ]);
    const byIndicator = chartAnnotationsSchema.parse(
      (
        await member.request({
          method: 'GET',
          url: `/api/v1/teams/${world.teamA.id}/chart-annotations?indicatorId=${goal.indicatorId}`,
        })
      ).json(),
    );
    expect(byIndicator.annotations).toHaveLength(2);

    const list = pdsaListSchema.parse(
      (await member.request({ method: 'GET', url: url(world.teamA.id, `?goalId=${goal.id}`) })).json(),
    );
    expect(list.cycles).toHaveLength(2);
    expect(
      (await auditEventsOf(t.db, world.organisation.id, 'pdsa.create')).map((e) => e.resourceId),
    ).toEqual([first.id, second.id]);
    expect(await auditEventsOf(t.db, world.organisation.id, 'pdsa.update')).toHaveLength(1);
  });

  it('adopt → proposed phase → confirmed by a team lead with a reason → a phase start of the chart; audited', async () => {
    const world = await createWorld(t.db);
    const goal = await createGoalRow(t.db, world.teamA);
    const cycle = await createCycleRow(t.db, goal, {
      status: 'completed',
      actOutcome: 'abandon',
      endDate: '2026-03-31',
    });
    const member = await loginAs(t.app, world.users.member);
    const lead = await loginAs(t.app, world.users.teamLead);
    const propose = () =>
      member.request({ method: 'POST', url: url(world.teamA.id, `/${cycle.id}/rebase`), payload: {} });
    const notAdopted = await propose();
    expect(notAdopted.statusCode).toBe(409);
    expect(notAdopted.json()).toMatchObject({ code: 'CONFLICT' });
    await member.request({
      method: 'PATCH',
      url: url(world.teamA.id, `/${cycle.id}`),
      payload: { actOutcome: 'adopt' },
    });
    const proposed = await propose();
    expect(proposed.statusCode).toBe(200);
    expect(pdsaSchema.parse(proposed.json()).rebase).toMatchObject({
      status: 'proposed',
      from: '2026-04-01',
    });
    expect((await propose()).statusCode).toBe(409);

    // A proposal is not a phase yet.
    const before = chartAnnotationsSchema.parse(
      (
        await member.request({
          method: 'GET',
          url: `/api/v1/teams/${world.teamA.id}/chart-annotations?goalId=${goal.id}`,
        })
      ).json(),
    );
    expect(before.phaseStarts).toEqual([]);

    const decide = (client: typeof lead, payload: Record<string, unknown>) =>
      client.request({ method: 'POST', url: url(world.teamA.id, `/${cycle.id}/rebase/decision`), payload });
    expect((await decide(member, { decision: 'confirm', reason: 'Standaard' })).statusCode).toBe(403);
    expect((await decide(lead, { decision: 'confirm', reason: '' })).statusCode).toBe(400);
    const confirmed = await decide(lead, {
      decision: 'confirm',
      reason: 'De nieuwe werkwijze is standaard',
      from: '2026-04-06',
    });
    expect(confirmed.statusCode).toBe(200);
    expect(pdsaSchema.parse(confirmed.json()).rebase).toMatchObject({
      status: 'confirmed',
      from: '2026-04-06',
      reason: 'De nieuwe werkwijze is standaard',
      decidedBy: { id: world.users.teamLead.id },
    });
    expect((await decide(lead, { decision: 'reject', reason: 'toch niet' })).statusCode).toBe(409);

    const after = chartAnnotationsSchema.parse(
      (
        await member.request({
          method: 'GET',
          url: `/api/v1/teams/${world.teamA.id}/chart-annotations?goalId=${goal.id}`,
        })
      ).json(),
    );
    expect(after.phaseStarts).toEqual(['2026-04-06']);
    expect(after.annotations.map((a) => a.kind)).toEqual(['pdsa', 'rebase']);
    expect(await auditEventsOf(t.db, world.organisation.id, 'pdsa.rebase.propose')).toHaveLength(1);
    const decisions = await auditEventsOf(t.db, world.organisation.id, 'pdsa.rebase.decide');
    expect(decisions.map((e) => [e.outcome, e.actorId])).toEqual([
      ['denied', world.users.member.id],
      ['success', world.users.teamLead.id],
    ]);
  });

  it('validates input; a viewer cannot write; another team answers 404', async () => {
    const world = await createWorld(t.db);
    const goal = await createGoalRow(t.db, world.teamA);
    const goalB = await createGoalRow(t.db, world.teamB);
    const cycleB = await createCycleRow(t.db, goalB);
    const member = await loginAs(t.app, world.users.member);
    const viewer = await loginAs(t.app, world.users.viewer);
    const post = (client: typeof member, payload: Record<string, unknown>) =>
      client.request({ method: 'POST', url: url(world.teamA.id), payload });

    const bad = await post(member, {
      goalId: goal.id,
      title: '',
      startDate: '2026-13-01',
      endDate: '2026-01-01',
      extra: 1,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const backwards = await post(member, {
      goalId: goal.id,
      title: 'x',
      startDate: '2026-02-01',
      endDate: '2026-01-01',
    });
    expect(backwards.statusCode).toBe(400);
    const stranger = await post(member, {
      goalId: goal.id,
      title: 'x',
      startDate: '2026-02-01',
      ownerId: world.users.admin.id,
    });
    expect(stranger.statusCode).toBe(201); // organisation-wide admin counts as a member of every team
    const outsider = await post(member, {
      goalId: goal.id,
      title: 'x',
      startDate: '2026-02-01',
      ownerId: (await createWorld(t.db)).users.member.id,
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json()).toMatchObject({ details: [{ path: 'body.ownerId' }] });
    expect((await post(member, { goalId: goalB.id, title: 'x', startDate: '2026-02-01' })).statusCode).toBe(
      404,
    );
    expect(
      (await post(member, { goalId: goal.id, parentId: cycleB.id, title: 'x', startDate: '2026-02-01' }))
        .statusCode,
    ).toBe(400);

    expect((await post(viewer, { goalId: goal.id, title: 'x', startDate: '2026-02-01' })).statusCode).toBe(
      403,
    );
    expect((await viewer.request({ method: 'GET', url: url(world.teamA.id) })).statusCode).toBe(200);
    expect(
      (await member.request({ method: 'GET', url: url(world.teamA.id, `/${cycleB.id}`) })).statusCode,
    ).toBe(404);
    expect((await member.request({ method: 'GET', url: url(world.teamB.id) })).statusCode).toBe(404);
    expect(
      (
        await member.request({
          method: 'PATCH',
          url: url(world.teamA.id, `/${cycleB.id}`),
          payload: { title: 'y' },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await member.request({
          method: 'GET',
          url: `/api/v1/teams/${world.teamA.id}/chart-annotations?goalId=${goalB.id}`,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await member.request({ method: 'GET', url: `/api/v1/teams/${world.teamA.id}/chart-annotations` }))
        .statusCode,
    ).toBe(400);
  });

  it('refuses a ramp that loops', async () => {
    const world = await createWorld(t.db);
    const goal = await createGoalRow(t.db, world.teamA);
    const a = await createCycleRow(t.db, goal);
    const b = await createCycleRow(t.db, goal, { parentId: a.id });
    const lead = await loginAs(t.app, world.users.teamLead);
    const looped = await lead.request({
      method: 'PATCH',
      url: url(world.teamA.id, `/${a.id}`),
      payload: { parentId: b.id },
    });
    expect(looped.statusCode).toBe(400);
    expect(looped.json()).toMatchObject({
      details: [{ path: 'body.parentId', message: 'would make the ramp a loop' }],
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rolloutSchema } from '@leerlus/contracts/cycles';
import { createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { createGoalRow } from '../pdsa/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('roll-out guide', () => {
  it('derives progress from the records: goals with owners advance step 3 only when every goal has one', async () => {
    const world = await createWorld(t.db);
    const viewer = await loginAs(t.app, world.users.viewer);
    const get = async () =>
      rolloutSchema.parse(
        (await viewer.request({ method: 'GET', url: `/api/v1/teams/${world.teamA.id}/rollout` })).json(),
      );
    const fresh = await get();
    expect(fresh.done).toBe(0);
    expect(fresh.steps.map((s) => s.step)).toEqual([
      'current-situation',
      'target-situation',
      'purpose',
      'process',
      'people',
      'embedding',
    ]);
    await createGoalRow(t.db, world.teamA, { ownerId: world.users.member.id });
    const goal = await createGoalRow(t.db, world.teamA);
    expect((await get()).steps[2]!.checks).toEqual([
      { key: 'team-goals', done: true },
      { key: 'owners', done: false },
      { key: 'goals-in-meetings', done: false },
    ]);
    await createGoalRow(t.db, world.teamA, {
      scope: 'improvement-system',
      indicatorId: null,
      title: 'Vast verbeteroverleg',
    });
    const after = await get();
    expect(after.steps[1]!.done).toBe(true);
    expect(goal.id).toBeTruthy();
    expect(
      (await viewer.request({ method: 'GET', url: `/api/v1/teams/${world.teamB.id}/rollout` })).statusCode,
    ).toBe(404);
  });
});

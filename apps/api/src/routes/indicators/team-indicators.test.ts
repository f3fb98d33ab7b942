import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamIndicatorSchema, teamIndicatorsSchema } from '@leerlus/contracts/indicators';
import { createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditEventsOf } from '../organisations/testing';
import { createIndicatorRow } from './testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const url = (teamId: string, rest = '') => `/api/v1/teams/${teamId}/indicators${rest}`;

describe('team indicators (goal set)', () => {
  it('a team lead adopts (idempotently) and drops indicators; coverage follows; both are audited', async () => {
    const world = await createWorld(t.db);
    const prom = await createIndicatorRow(t.db, world.organisation.id, { kind: 'prom', measure: 'mean', definition: { observationCode: 'eq5d', periodGranularity: 'month' } });
    const cost = await createIndicatorRow(t.db, world.organisation.id, { kind: 'cost', measure: 'mean', definition: { observationCode: 'cost', periodGranularity: 'month' } });
    const lead = await loginAs(t.app, world.users.teamLead);
    const put = (id: string) => lead.request({ method: 'PUT', url: url(world.teamA.id, `/${id}`) });
    const first = await put(prom.id);
    expect(first.statusCode).toBe(200);
    expect(teamIndicatorSchema.parse(first.json()).indicator.id).toBe(prom.id);
    expect((await put(prom.id)).statusCode).toBe(200);
    await put(cost.id);
    const list = teamIndicatorsSchema.parse((await lead.request({ method: 'GET', url: url(world.teamA.id) })).json());
    expect(list.indicators.map((i) => i.indicator.id).sort()).toEqual([prom.id, cost.id].sort());
    expect(list.coverage).toEqual({ covered: ['prom', 'cost'], missing: ['drom', 'prem', 'process', 'staff'], isComplete: false });
    expect((await lead.request({ method: 'DELETE', url: url(world.teamA.id, `/${cost.id}`) })).statusCode).toBe(204);
    expect((await lead.request({ method: 'DELETE', url: url(world.teamA.id, `/${cost.id}`) })).statusCode).toBe(404);
    expect((await auditEventsOf(t.db, world.organisation.id, 'team.indicator.adopt')).map((e) => e.resourceId)).toEqual([prom.id, prom.id, cost.id]);
    expect(await auditEventsOf(t.db, world.organisation.id, 'team.indicator.drop')).toHaveLength(1);
  });

  it('members and viewers read but do not change the goal set; another team or organisation answers 404', async () => {
    const world = await createWorld(t.db);
    const other = await createWorld(t.db);
    const mine = await createIndicatorRow(t.db, world.organisation.id);
    const theirs = await createIndicatorRow(t.db, other.organisation.id);
    const member = await loginAs(t.app, world.users.member);
    expect((await member.request({ method: 'GET', url: url(world.teamA.id) })).statusCode).toBe(200);
    expect((await member.request({ method: 'PUT', url: url(world.teamA.id, `/${mine.id}`) })).statusCode).toBe(403);
    expect((await member.request({ method: 'GET', url: url(world.teamB.id) })).statusCode).toBe(404);
    const lead = await loginAs(t.app, world.users.teamLead);
    expect((await lead.request({ method: 'PUT', url: url(world.teamB.id, `/${mine.id}`) })).statusCode).toBe(404);
    expect((await lead.request({ method: 'PUT', url: url(world.teamA.id, `/${theirs.id}`) })).statusCode).toBe(404);
    expect((await lead.request({ method: 'PUT', url: url(other.teamA.id, `/${theirs.id}`) })).statusCode).toBe(404);
    expect(await auditEventsOf(t.db, world.organisation.id, 'team.indicator.adopt')).toEqual([expect.objectContaining({ outcome: 'denied', actorId: world.users.member.id })]);
  });
});

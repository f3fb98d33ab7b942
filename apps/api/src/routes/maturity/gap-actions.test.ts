import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentResultsSchema, assessmentSchema, gapActionSchema } from '@leerlus/contracts/maturity';
import { schema } from '@leerlus/db';
import { createUser, createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditEventsOf } from '../organisations/testing';
import { builtInInstrumentId } from './testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('gap → action', () => {
  it('turns an item below target into an action on the team’s board, linked back to the item, once', async () => {
    const world = await createWorld(t.db);
    const instrumentId = await builtInInstrumentId(t.db, 'quickscan');
    const advisor = await loginAs(t.app, world.users.qualityAdvisor);
    const base = `/api/v1/teams/${world.teamA.id}/maturity/assessments`;
    const a = assessmentSchema.parse((await advisor.request({ method: 'POST', url: base, payload: { instrumentId, mode: 'session' } })).json());
    await advisor.request({ method: 'PUT', url: `${base}/${a.id}/answers`, payload: { answers: [{ itemId: 'leadership', value: 0 }, { itemId: 'meetings', value: 2 }] } });

    const url = (itemId: string) => `${base}/${a.id}/gaps/${itemId}/action`;
    const res = await advisor.request({ method: 'POST', url: url('leadership'), payload: { ownerId: world.users.teamLead.id, dueDate: '2026-03-01', locale: 'en' } });
    expect(res.statusCode).toBe(201);
    const made = gapActionSchema.parse(res.json());
    expect(made.title).toBe('Is the leadership of the multidisciplinary team secured?');
    const [action] = await t.db.select().from(schema.actions).where(eq(schema.actions.id, made.actionId));
    expect(action).toMatchObject({
      teamId: world.teamA.id,
      originKind: 'maturity-gap',
      originId: a.id,
      ownerId: world.users.teamLead.id,
      dueDate: '2026-03-01',
      status: 'open',
      links: [{ kind: 'url', url: `/teams/${world.teamA.id}/maturity/assessments/${a.id}/results#item-leadership`, label: 'leadership' }],
    });
    const results = assessmentResultsSchema.parse((await advisor.request({ method: 'GET', url: `${base}/${a.id}/results` })).json());
    expect(results.gaps.find((g) => g.itemId === 'leadership')!.actionId).toBe(made.actionId);

    const again = await advisor.request({ method: 'POST', url: url('leadership'), payload: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ details: { actionId: made.actionId } });
    expect((await advisor.request({ method: 'POST', url: url('meetings'), payload: {} })).statusCode).toBe(409);
    expect((await advisor.request({ method: 'POST', url: url('nonsense'), payload: {} })).statusCode).toBe(404);
    const outsider = await createUser(t.db, [{ organisationId: world.organisation.id, teamId: world.teamB.id, role: 'member' }]);
    const badOwner = await advisor.request({ method: 'POST', url: url('team-complete'), payload: { ownerId: outsider.id } });
    // team-complete is unanswered: not a gap (unanswered items are counted, not scored)
    expect(badOwner.statusCode).toBe(409);
    await advisor.request({ method: 'PUT', url: `${base}/${a.id}/answers`, payload: { answers: [{ itemId: 'team-complete', value: 1 }] } });
    const owner = await advisor.request({ method: 'POST', url: url('team-complete'), payload: { ownerId: outsider.id } });
    expect(owner.statusCode).toBe(400);
    expect(owner.json()).toMatchObject({ details: [{ path: 'body.ownerId' }] });
    const member = await loginAs(t.app, world.users.member);
    expect((await member.request({ method: 'POST', url: url('team-complete'), payload: {} })).statusCode).toBe(403);
    expect((await auditEventsOf(t.db, world.organisation.id, 'maturity.gap.action')).map((e) => [e.outcome, e.details])).toEqual([
      ['success', { itemId: 'leadership', actionId: made.actionId }],
      ['denied', expect.anything()],
    ]);
  });
});

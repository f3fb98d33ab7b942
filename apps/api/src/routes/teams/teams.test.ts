import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamDetailSchema, teamSummarySchema } from '@leerlus/contracts';
import { createOrganisation, createTeam, createUser, createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('GET /api/v1/teams', () => {
  it('lists the teams a team member can see, with member count and role', async () => {
    const world = await createWorld(t.db);
    const lead = await loginAs(t.app, world.users.teamLead);
    const res = await lead.request({ method: 'GET', url: '/api/v1/teams' });
    expect(res.statusCode).toBe(200);
    const teams = teamSummarySchema.array().parse(res.json());
    expect(teams).toHaveLength(1);
    // Team A: five team members plus the organisation-wide admin.
    expect(teams[0]).toMatchObject({
      id: world.teamA.id,
      organisationName: world.organisation.name,
      memberCount: 6,
      myRole: 'team-lead',
    });
  });

  it('shows an organisation-wide role every team of the organisation, and nothing of other organisations', async () => {
    const world = await createWorld(t.db);
    await createWorld(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    const teams = teamSummarySchema
      .array()
      .parse((await admin.request({ method: 'GET', url: '/api/v1/teams' })).json());
    expect(teams.map((x) => x.name)).toEqual(['Team A', 'Team B']);
    expect(teams.map((x) => x.myRole)).toEqual(['admin', 'admin']);
    expect(teams[1]!.memberCount).toBe(1);
  });

  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/teams' });
    expect(res.statusCode).toBe(401);
  });
});

describe('GET /api/v1/teams/:teamId', () => {
  it('lists members with their effective role, marking organisation-wide ones', async () => {
    const world = await createWorld(t.db);
    const advisor = await createUser(t.db, [
      { organisationId: world.organisation.id, teamId: null, role: 'quality-advisor' },
      { organisationId: world.organisation.id, teamId: world.teamA.id, role: 'viewer' },
    ]);
    const member = await loginAs(t.app, world.users.member);
    const res = await member.request({ method: 'GET', url: `/api/v1/teams/${world.teamA.id}` });
    expect(res.statusCode).toBe(200);
    const detail = teamDetailSchema.parse(res.json());
    expect(detail.myRole).toBe('member');
    expect(detail.memberCount).toBe(7);
    const byId = new Map(detail.members.map((m) => [m.userId, m]));
    expect(byId.get(world.users.admin.id)).toMatchObject({ role: 'admin', viaOrganisation: true });
    expect(byId.get(world.users.teamLead.id)).toMatchObject({ role: 'team-lead', viaOrganisation: false });
    expect(byId.get(advisor.id)).toMatchObject({ role: 'quality-advisor', viaOrganisation: true });
  });

  it('shows pending invitations only to those who may invite', async () => {
    const world = await createWorld(t.db);
    const lead = await loginAs(t.app, world.users.teamLead);
    const invited = await lead.request({
      method: 'POST',
      url: `/api/v1/teams/${world.teamA.id}/invitations`,
      payload: { email: 'New.Person@Example.org', role: 'member' },
    });
    expect(invited.statusCode).toBe(201);
    const forLead = teamDetailSchema.parse(
      (await lead.request({ method: 'GET', url: `/api/v1/teams/${world.teamA.id}` })).json(),
    );
    expect(forLead.invitations).toEqual([
      expect.objectContaining({ email: 'new.person@example.org', role: 'member' }),
    ]);
    const viewer = await loginAs(t.app, world.users.viewer);
    const forViewer = teamDetailSchema.parse(
      (await viewer.request({ method: 'GET', url: `/api/v1/teams/${world.teamA.id}` })).json(),
    );
    expect(forViewer.invitations).toEqual([]);
  });

  it("answers 404 for another team, another organisation's team and an unknown id", async () => {
    const world = await createWorld(t.db);
    const otherOrg = await createOrganisation(t.db);
    const foreignTeam = await createTeam(t.db, otherOrg.id);
    const lead = await loginAs(t.app, world.users.teamLead);
    for (const id of [world.teamB.id, foreignTeam.id, '00000000-0000-4000-8000-00000000dead']) {
      const res = await lead.request({ method: 'GET', url: `/api/v1/teams/${id}` });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ code: 'NOT_FOUND', message: 'Team not found' });
    }
    const admin = await loginAs(t.app, world.users.admin);
    expect((await admin.request({ method: 'GET', url: `/api/v1/teams/${foreignTeam.id}` })).statusCode).toBe(
      404,
    );
  });

  it('rejects a malformed team id with VALIDATION_FAILED and its path', async () => {
    const world = await createWorld(t.db);
    const lead = await loginAs(t.app, world.users.teamLead);
    const res = await lead.request({ method: 'GET', url: '/api/v1/teams/not-a-uuid' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ path: 'params.teamId' })],
    });
  });
});

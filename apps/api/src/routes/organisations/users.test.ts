import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUserSchema } from '@leerlus/contracts';
import { schema } from '@leerlus/db';
import { createOrganisation, createTeam, createUser, createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditEventsOf } from './testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const usersUrl = (organisationId: string, query = '') =>
  `/api/v1/organisations/${organisationId}/users${query}`;

describe('GET /organisations/:organisationId/users', () => {
  it("lists the organisation's users with their roles in this organisation only", async () => {
    const world = await createWorld(t.db);
    const elsewhere = await createOrganisation(t.db);
    const elsewhereTeam = await createTeam(t.db, elsewhere.id);
    const coach = await createUser(
      t.db,
      [
        { organisationId: world.organisation.id, teamId: world.teamB.id, role: 'quality-advisor' },
        { organisationId: elsewhere.id, teamId: elsewhereTeam.id, role: 'team-lead' },
      ],
      { name: 'Coach Netwerk' },
    );
    await createUser(t.db, [{ organisationId: elsewhere.id, teamId: null, role: 'admin' }]);
    const admin = await loginAs(t.app, world.users.admin);
    const res = await admin.request({ method: 'GET', url: usersUrl(world.organisation.id) });
    expect(res.statusCode).toBe(200);
    const users = adminUserSchema.array().parse(res.json());
    expect(users).toHaveLength(7);
    expect(users.find((u) => u.id === coach.id)!.memberships).toEqual([
      expect.objectContaining({ teamId: world.teamB.id, teamName: 'Team B', role: 'quality-advisor' }),
    ]);
    expect(users.find((u) => u.id === world.users.admin.id)!.memberships).toEqual([
      expect.objectContaining({ teamId: null, teamName: null, role: 'admin' }),
    ]);
  });

  it('searches name and e-mail; LIKE wildcards match themselves', async () => {
    const world = await createWorld(t.db);
    const org = world.organisation.id;
    await createUser(t.db, [{ organisationId: org, teamId: world.teamA.id, role: 'viewer' }], {
      name: 'Zoë 100% Zoekbaar',
    });
    const admin = await loginAs(t.app, world.users.admin);
    const search = async (q: string) =>
      adminUserSchema
        .array()
        .parse(
          (await admin.request({ method: 'GET', url: usersUrl(org, `?q=${encodeURIComponent(q)}`) })).json(),
        )
        .map((u) => u.name);
    expect(await search('zoekbaar')).toEqual(['Zoë 100% Zoekbaar']);
    expect(await search('100%')).toEqual(['Zoë 100% Zoekbaar']);
    expect(await search('%')).toEqual(['Zoë 100% Zoekbaar']);
    expect(await search(world.users.viewer.email.slice(0, 20))).toHaveLength(1);
    const bad = await admin.request({ method: 'GET', url: usersUrl(org, '?q=a&sort=name') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ path: 'querystring.sort' })],
    });
  });

  it("answers 404 for another organisation's id and 403 for a non-admin member (audited as denied)", async () => {
    const world = await createWorld(t.db);
    const other = await createWorld(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    const foreign = await admin.request({ method: 'GET', url: usersUrl(other.organisation.id) });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual({ code: 'NOT_FOUND', message: 'Organisation not found' });
    const lead = await loginAs(t.app, world.users.teamLead);
    expect((await lead.request({ method: 'GET', url: usersUrl(world.organisation.id) })).statusCode).toBe(
      403,
    );
    const denied = (await auditEventsOf(t.db, world.organisation.id)).filter((e) => e.outcome === 'denied');
    expect(denied).toEqual([
      expect.objectContaining({ action: 'access.denied', actorId: world.users.teamLead.id }),
    ]);
  });
});

describe('PATCH /organisations/:organisationId/users/:userId', () => {
  it('disabling ends the sessions of the account at once, and is audited', async () => {
    const world = await createWorld(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    const member = await loginAs(t.app, world.users.member);
    expect((await member.request({ method: 'GET', url: '/api/v1/teams' })).statusCode).toBe(200);
    const res = await admin.request({
      method: 'PATCH',
      url: `${usersUrl(world.organisation.id)}/${world.users.member.id}`,
      payload: { disabled: true },
    });
    expect(res.statusCode).toBe(200);
    expect(adminUserSchema.parse(res.json()).disabled).toBe(true);
    expect(
      await t.db.select().from(schema.sessions).where(eq(schema.sessions.userId, world.users.member.id)),
    ).toEqual([]);
    expect((await member.request({ method: 'GET', url: '/api/v1/teams' })).statusCode).toBe(401);
    const events = await auditEventsOf(t.db, world.organisation.id, 'user.update');
    expect(events).toEqual([
      expect.objectContaining({
        actorId: world.users.admin.id,
        resourceId: world.users.member.id,
        outcome: 'success',
      }),
    ]);
  });

  it('lifts a lockout', async () => {
    const world = await createWorld(t.db);
    await t.db
      .update(schema.users)
      .set({ failedLoginCount: 5, lockedUntil: new Date(Date.now() + 3_600_000) })
      .where(eq(schema.users.id, world.users.viewer.id));
    const admin = await loginAs(t.app, world.users.admin);
    const res = await admin.request({
      method: 'PATCH',
      url: `${usersUrl(world.organisation.id)}/${world.users.viewer.id}`,
      payload: { unlock: true },
    });
    expect(adminUserSchema.parse(res.json()).lockedUntil).toBeNull();
    await loginAs(t.app, world.users.viewer);
  });

  it('refuses to disable oneself (409), users of other organisations (404) and bad input (400)', async () => {
    const world = await createWorld(t.db);
    const other = await createWorld(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    const url = (userId: string) => `${usersUrl(world.organisation.id)}/${userId}`;
    expect(
      (await admin.request({ method: 'PATCH', url: url(world.users.admin.id), payload: { disabled: true } }))
        .statusCode,
    ).toBe(409);
    expect(
      (await admin.request({ method: 'PATCH', url: url(other.users.member.id), payload: { disabled: true } }))
        .statusCode,
    ).toBe(404);
    const wrongType = await admin.request({
      method: 'PATCH',
      url: url(world.users.member.id),
      payload: { disabled: 'yes' },
    });
    expect(wrongType.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ path: 'body.disabled' })],
    });
    const extra = await admin.request({
      method: 'PATCH',
      url: url(world.users.member.id),
      payload: { disabled: true, email: 'x@y.nl' },
    });
    expect(extra.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ path: 'body.email' })],
    });
    const [member] = await t.db.select().from(schema.users).where(eq(schema.users.id, world.users.member.id));
    expect(member!.disabled).toBe(false);
    const [otherMember] = await t.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.id, other.users.member.id));
    expect(otherMember!.disabled).toBe(false);
  });
});

import { and, eq, isNull } from 'drizzle-orm';
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

const membershipsUrl = (organisationId: string) => `/api/v1/organisations/${organisationId}/memberships`;
const membershipsOf = (userId: string) =>
  t.db.select().from(schema.memberships).where(eq(schema.memberships.userId, userId));

describe('PUT /organisations/:organisationId/memberships', () => {
  it('adds a team role, then changes it (upsert), auditing each', async () => {
    const world = await createWorld(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    const url = membershipsUrl(world.organisation.id);
    const userId = world.users.member.id;
    const added = await admin.request({
      method: 'PUT',
      url,
      payload: { userId, teamId: world.teamB.id, role: 'viewer' },
    });
    expect(added.statusCode).toBe(200);
    expect(adminUserSchema.parse(added.json()).memberships.map((m) => [m.teamName, m.role])).toEqual([
      ['Team A', 'member'],
      ['Team B', 'viewer'],
    ]);
    const changed = await admin.request({
      method: 'PUT',
      url,
      payload: { userId, teamId: world.teamB.id, role: 'team-lead' },
    });
    expect(adminUserSchema.parse(changed.json()).memberships.map((m) => m.role)).toEqual([
      'member',
      'team-lead',
    ]);
    expect(await membershipsOf(userId)).toHaveLength(2);
    const orgWide = await admin.request({
      method: 'PUT',
      url,
      payload: { userId, teamId: null, role: 'analyst' },
    });
    expect(adminUserSchema.parse(orgWide.json()).memberships[0]).toMatchObject({
      teamId: null,
      role: 'analyst',
    });
    const events = await auditEventsOf(t.db, world.organisation.id, 'membership.set');
    expect(events.map((e) => e.details)).toEqual([
      { userId, role: 'viewer', previousRole: null },
      { userId, role: 'team-lead', previousRole: 'viewer' },
      { userId, role: 'analyst', previousRole: null },
    ]);
  });

  it("answers 404 for another organisation's team or user, and for someone not yet in the organisation", async () => {
    const world = await createWorld(t.db);
    const other = await createWorld(t.db);
    const outsider = await createUser(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    const url = membershipsUrl(world.organisation.id);
    const put = (payload: object) => admin.request({ method: 'PUT', url, payload });
    expect(
      (await put({ userId: world.users.member.id, teamId: other.teamA.id, role: 'viewer' })).statusCode,
    ).toBe(404);
    expect(
      (await put({ userId: other.users.member.id, teamId: world.teamA.id, role: 'viewer' })).statusCode,
    ).toBe(404);
    expect((await put({ userId: outsider.id, teamId: world.teamA.id, role: 'viewer' })).statusCode).toBe(404);
    expect(
      (
        await admin.request({
          method: 'PUT',
          url: membershipsUrl(other.organisation.id),
          payload: { userId: other.users.member.id, teamId: null, role: 'admin' },
        })
      ).statusCode,
    ).toBe(404);
    expect(await membershipsOf(outsider.id)).toEqual([]);
    expect(await membershipsOf(other.users.member.id)).toHaveLength(1);
  });

  it('admin is an organisation-wide role: a team admin is rejected with its field path', async () => {
    const world = await createWorld(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    const res = await admin.request({
      method: 'PUT',
      url: membershipsUrl(world.organisation.id),
      payload: { userId: world.users.member.id, teamId: world.teamA.id, role: 'admin' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ path: 'body.teamId' })],
    });
  });

  it('refuses to demote the last administrator (409)', async () => {
    const world = await createWorld(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    const res = await admin.request({
      method: 'PUT',
      url: membershipsUrl(world.organisation.id),
      payload: { userId: world.users.admin.id, teamId: null, role: 'viewer' },
    });
    expect(res.statusCode).toBe(409);
    expect(await membershipsOf(world.users.admin.id)).toEqual([expect.objectContaining({ role: 'admin' })]);
  });
});

describe('DELETE /organisations/:organisationId/memberships/:membershipId', () => {
  it('removes a role and audits it', async () => {
    const world = await createWorld(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    const [membership] = await membershipsOf(world.users.viewer.id);
    const res = await admin.request({
      method: 'DELETE',
      url: `${membershipsUrl(world.organisation.id)}/${membership!.id}`,
    });
    expect(res.statusCode).toBe(204);
    expect(await membershipsOf(world.users.viewer.id)).toEqual([]);
    const events = await auditEventsOf(t.db, world.organisation.id, 'membership.delete');
    expect(events).toEqual([
      expect.objectContaining({ resourceId: membership!.id, teamId: world.teamA.id, outcome: 'success' }),
    ]);
  });

  it('refuses to remove the last administrator (409) but allows it when another remains', async () => {
    const world = await createWorld(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    const org = world.organisation.id;
    const adminMembership = async (userId: string) =>
      (
        await t.db
          .select()
          .from(schema.memberships)
          .where(and(eq(schema.memberships.userId, userId), isNull(schema.memberships.teamId)))
      )[0]!;
    const own = await adminMembership(world.users.admin.id);
    const refused = await admin.request({ method: 'DELETE', url: `${membershipsUrl(org)}/${own.id}` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'CONFLICT' });
    // A disabled second administrator does not count.
    const disabledAdmin = await createUser(t.db, [{ organisationId: org, teamId: null, role: 'admin' }]);
    await t.db.update(schema.users).set({ disabled: true }).where(eq(schema.users.id, disabledAdmin.id));
    expect(
      (await admin.request({ method: 'DELETE', url: `${membershipsUrl(org)}/${own.id}` })).statusCode,
    ).toBe(409);
    await createUser(t.db, [{ organisationId: org, teamId: null, role: 'admin' }]);
    expect(
      (await admin.request({ method: 'DELETE', url: `${membershipsUrl(org)}/${own.id}` })).statusCode,
    ).toBe(204);
  });

  it("answers 404 for another organisation's membership", async () => {
    const world = await createWorld(t.db);
    const elsewhere = await createOrganisation(t.db);
    const team = await createTeam(t.db, elsewhere.id);
    const stranger = await createUser(t.db, [
      { organisationId: elsewhere.id, teamId: team.id, role: 'member' },
    ]);
    const [membership] = await membershipsOf(stranger.id);
    const admin = await loginAs(t.app, world.users.admin);
    const res = await admin.request({
      method: 'DELETE',
      url: `${membershipsUrl(world.organisation.id)}/${membership!.id}`,
    });
    expect(res.statusCode).toBe(404);
    expect(await membershipsOf(stranger.id)).toHaveLength(1);
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationCreatedSchema } from '@leerlus/contracts';
import { schema } from '@leerlus/db';
import { hashToken } from '../../auth/tokens';
import { createOrganisation, createTeam, createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditEventsOf } from '../organisations/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const invitationsOf = (teamId: string) =>
  t.db.select().from(schema.invitations).where(eq(schema.invitations.teamId, teamId));
const DAY_MS = 24 * 60 * 60 * 1000;

describe('POST /api/v1/teams/:teamId/invitations', () => {
  it('creates a link whose token is stored only as its SHA-256, valid for 7 days, and audits it', async () => {
    const world = await createWorld(t.db);
    const lead = await loginAs(t.app, world.users.teamLead);
    const res = await lead.request({
      method: 'POST',
      url: `/api/v1/teams/${world.teamA.id}/invitations`,
      payload: { email: 'a@example.org', role: 'member' },
    });
    expect(res.statusCode).toBe(201);
    const created = invitationCreatedSchema.parse(res.json());
    const token = /^\/invite\/([A-Za-z0-9_-]{43})$/.exec(created.url)?.[1];
    expect(token).toBeDefined();
    const [row] = await invitationsOf(world.teamA.id);
    expect(row).toMatchObject({
      id: created.id,
      tokenHash: hashToken(token!),
      invitedBy: world.users.teamLead.id,
      role: 'member',
    });
    expect(JSON.stringify(row)).not.toContain(token!);
    expect(Math.abs(row!.expiresAt.getTime() - Date.now() - 7 * DAY_MS)).toBeLessThan(60_000);
    const events = await auditEventsOf(t.db, world.organisation.id, 'team.invitation.create');
    expect(events).toEqual([
      expect.objectContaining({
        actorId: world.users.teamLead.id,
        teamId: world.teamA.id,
        resourceId: created.id,
        outcome: 'success',
      }),
    ]);
  });

  it('re-inviting the same address withdraws the earlier link', async () => {
    const world = await createWorld(t.db);
    const lead = await loginAs(t.app, world.users.teamLead);
    const invite = () =>
      lead.request({
        method: 'POST',
        url: `/api/v1/teams/${world.teamA.id}/invitations`,
        payload: { email: 'twice@example.org', role: 'viewer' },
      });
    const first = invitationCreatedSchema.parse((await invite()).json());
    const second = invitationCreatedSchema.parse((await invite()).json());
    const rows = await invitationsOf(world.teamA.id);
    expect(rows.find((r) => r.id === first.id)?.revokedAt).not.toBeNull();
    expect(rows.find((r) => r.id === second.id)?.revokedAt).toBeNull();
  });

  it('refuses a role with rights the inviter does not hold (403, audited as denied)', async () => {
    const world = await createWorld(t.db);
    const lead = await loginAs(t.app, world.users.teamLead);
    const res = await lead.request({
      method: 'POST',
      url: `/api/v1/teams/${world.teamA.id}/invitations`,
      payload: { email: 'x@example.org', role: 'analyst' },
    });
    expect(res.statusCode).toBe(403);
    expect(await invitationsOf(world.teamA.id)).toEqual([]);
    const denied = await auditEventsOf(t.db, world.organisation.id, 'team.invitation.create');
    expect(denied).toEqual([
      expect.objectContaining({
        actorId: world.users.teamLead.id,
        teamId: world.teamA.id,
        outcome: 'denied',
      }),
    ]);
  });

  it('refuses members and viewers (403) and hides other teams (404)', async () => {
    const world = await createWorld(t.db);
    const foreign = await createTeam(t.db, (await createOrganisation(t.db)).id);
    const payload = { email: 'y@example.org', role: 'viewer' };
    const member = await loginAs(t.app, world.users.member);
    expect(
      (await member.request({ method: 'POST', url: `/api/v1/teams/${world.teamA.id}/invitations`, payload }))
        .statusCode,
    ).toBe(403);
    const lead = await loginAs(t.app, world.users.teamLead);
    expect(
      (await lead.request({ method: 'POST', url: `/api/v1/teams/${world.teamB.id}/invitations`, payload }))
        .statusCode,
    ).toBe(404);
    const admin = await loginAs(t.app, world.users.admin);
    expect(
      (await admin.request({ method: 'POST', url: `/api/v1/teams/${foreign.id}/invitations`, payload }))
        .statusCode,
    ).toBe(404);
  });

  it('answers 409 for someone who is already in the team', async () => {
    const world = await createWorld(t.db);
    const lead = await loginAs(t.app, world.users.teamLead);
    const payload = { email: world.users.viewer.email.toUpperCase(), role: 'member' };
    const res = await lead.request({
      method: 'POST',
      url: `/api/v1/teams/${world.teamA.id}/invitations`,
      payload,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CONFLICT' });
  });

  it.each([
    ['an unknown field', { email: 'z@example.org', role: 'member', admin: true }, 'body.admin'],
    ['a wrong type', { email: 'z@example.org', role: 7 }, 'body.role'],
    ['the admin role', { email: 'z@example.org', role: 'admin' }, 'body.role'],
    ['a malformed e-mail', { email: 'not-an-address', role: 'member' }, 'body.email'],
  ])('rejects %s with VALIDATION_FAILED and changes nothing', async (_name, payload, path) => {
    const world = await createWorld(t.db);
    const lead = await loginAs(t.app, world.users.teamLead);
    const res = await lead.request({
      method: 'POST',
      url: `/api/v1/teams/${world.teamA.id}/invitations`,
      payload,
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ code: string; details: { path: string; message: string }[] }>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details[0]!.path).toBe(path);
    expect(await invitationsOf(world.teamA.id)).toEqual([]);
    expect(await auditEventsOf(t.db, world.organisation.id)).toEqual([]);
  });
});

describe('DELETE /api/v1/teams/:teamId/invitations/:invitationId', () => {
  it('revokes a pending invitation and audits it; another team cannot reach it', async () => {
    const world = await createWorld(t.db);
    const advisor = await loginAs(t.app, world.users.qualityAdvisor);
    const created = invitationCreatedSchema.parse(
      (
        await advisor.request({
          method: 'POST',
          url: `/api/v1/teams/${world.teamA.id}/invitations`,
          payload: { email: 'r@example.org', role: 'viewer' },
        })
      ).json(),
    );
    const admin = await loginAs(t.app, world.users.admin);
    const wrongTeam = await admin.request({
      method: 'DELETE',
      url: `/api/v1/teams/${world.teamB.id}/invitations/${created.id}`,
    });
    expect(wrongTeam.statusCode).toBe(404);
    const res = await advisor.request({
      method: 'DELETE',
      url: `/api/v1/teams/${world.teamA.id}/invitations/${created.id}`,
    });
    expect(res.statusCode).toBe(204);
    const [row] = await invitationsOf(world.teamA.id);
    expect(row!.revokedAt).not.toBeNull();
    const events = await auditEventsOf(t.db, world.organisation.id, 'team.invitation.revoke');
    expect(events).toEqual([
      expect.objectContaining({
        actorId: world.users.qualityAdvisor.id,
        resourceId: created.id,
        outcome: 'success',
      }),
    ]);
  });
});

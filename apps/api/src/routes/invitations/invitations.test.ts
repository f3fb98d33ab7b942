import { and, eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  invitationCreatedSchema,
  invitationInfoSchema,
  sessionInfoSchema,
  teamSummarySchema,
} from '@leerlus/contracts';
import { schema } from '@leerlus/db';
import type { Role } from '@leerlus/domain';
import { newTotpSecret } from '../../auth/mfa';
import { encryptSecret } from '../../auth/tokens';
import { createUser, createWorld, TEST_PASSWORD } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { clientFor, createTestApp, sessionCookieOf, type TestApp } from '../../testing/test-app';
import { auditEventsOf } from '../organisations/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const NEW_PASSWORD = 'a brand new long password';

/** A world and a pending invitation into its team A, created by the team lead. */
async function invited(
  email = `invitee-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`,
  role: Role = 'member',
) {
  const world = await createWorld(t.db);
  const lead = await loginAs(t.app, world.users.teamLead);
  const res = await lead.request({
    method: 'POST',
    url: `/api/v1/teams/${world.teamA.id}/invitations`,
    payload: { email, role },
  });
  const created = invitationCreatedSchema.parse(res.json());
  return { world, lead, created, token: created.url.replace('/invite/', ''), email };
}

const info = (token: string) => t.app.inject({ method: 'GET', url: `/api/v1/invitations/${token}` });
const accept = (
  token: string,
  payload: Record<string, unknown> = { name: 'Nieuwe Collega', password: NEW_PASSWORD },
) => t.app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, payload });

describe('invitation links', () => {
  it('create → info → accept: a new account that is logged in, sees the team and can log in later', async () => {
    const { world, token, email } = await invited();
    const shown = await info(token);
    expect(shown.statusCode).toBe(200);
    expect(invitationInfoSchema.parse(shown.json())).toMatchObject({
      email,
      teamName: 'Team A',
      organisationName: world.organisation.name,
      role: 'member',
      hasAccount: false,
    });
    const res = await accept(token);
    expect(res.statusCode).toBe(200);
    const session = sessionInfoSchema.parse(res.json());
    expect(session.user).toMatchObject({ email, name: 'Nieuwe Collega' });
    expect(session.teams).toEqual([expect.objectContaining({ id: world.teamA.id, role: 'member' })]);
    // The answer started a session: the cookie works at once.
    const client = clientFor(t.app, sessionCookieOf(res), session.csrfToken);
    const teams = teamSummarySchema
      .array()
      .parse((await client.request({ method: 'GET', url: '/api/v1/teams' })).json());
    expect(teams.map((x) => x.id)).toEqual([world.teamA.id]);
    // And the chosen password works for a normal login.
    const again = await loginAs(t.app, { email, password: NEW_PASSWORD });
    expect((await again.request({ method: 'GET', url: `/api/v1/teams/${world.teamA.id}` })).statusCode).toBe(
      200,
    );
    const events = await auditEventsOf(t.db, world.organisation.id, 'team.invitation.accept');
    expect(events).toEqual([
      expect.objectContaining({
        actorId: session.user.id,
        actorEmail: email,
        teamId: world.teamA.id,
        outcome: 'success',
      }),
    ]);
  });

  it('accepting with an existing account checks its password instead of creating one', async () => {
    const existing = await createUser(t.db, [], { name: 'Bestaande Gebruiker' });
    const { world, token } = await invited(existing.email, 'viewer');
    expect(invitationInfoSchema.parse((await info(token)).json()).hasAccount).toBe(true);
    const wrong = await accept(token, { name: 'Ignored', password: 'not the right password' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    const [afterWrong] = await t.db.select().from(schema.users).where(eq(schema.users.id, existing.id));
    expect(afterWrong!.failedLoginCount).toBe(1);
    const res = await accept(token, { name: 'Ignored', password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    const session = sessionInfoSchema.parse(res.json());
    expect(session.user).toMatchObject({ id: existing.id, name: 'Bestaande Gebruiker' });
    const users = await t.db.select().from(schema.users).where(eq(schema.users.email, existing.email));
    expect(users).toHaveLength(1);
    const held = await t.db
      .select()
      .from(schema.memberships)
      .where(eq(schema.memberships.userId, existing.id));
    expect(held).toEqual([
      expect.objectContaining({
        organisationId: world.organisation.id,
        teamId: world.teamA.id,
        role: 'viewer',
      }),
    ]);
    const outcomes = (await auditEventsOf(t.db, world.organisation.id, 'team.invitation.accept')).map(
      (e) => e.outcome,
    );
    expect(outcomes).toEqual(['failure', 'success']);
  });

  it('an existing account with MFA must also give its second factor', async () => {
    const existing = await createUser(t.db);
    const secret = newTotpSecret();
    await t.db
      .update(schema.users)
      .set({ mfaEnabled: true, mfaSecret: encryptSecret(secret, t.config.secretKey) })
      .where(eq(schema.users.id, existing.id));
    const { token } = await invited(existing.email);
    const withoutCode = await accept(token, { name: 'X', password: TEST_PASSWORD });
    expect(withoutCode.statusCode).toBe(401);
    expect(withoutCode.json()).toMatchObject({ code: 'INVALID_MFA_CODE', details: { mfaRequired: true } });
    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
    const res = await accept(token, { name: 'X', password: TEST_PASSWORD, code });
    expect(res.statusCode).toBe(200);
  });

  it('a used link answers 410 GONE and does not add anyone twice', async () => {
    const { world, token } = await invited();
    expect((await accept(token)).statusCode).toBe(200);
    for (const res of [await info(token), await accept(token)]) {
      expect(res.statusCode).toBe(410);
      expect(res.json()).toMatchObject({ code: 'GONE' });
    }
    const members = await t.db
      .select()
      .from(schema.memberships)
      .where(eq(schema.memberships.teamId, world.teamA.id));
    expect(members).toHaveLength(6);
  });

  it('an expired link answers 410 GONE', async () => {
    const { created, token } = await invited();
    await t.db
      .update(schema.invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.invitations.id, created.id));
    expect((await info(token)).statusCode).toBe(410);
    expect((await accept(token)).statusCode).toBe(410);
  });

  it('a revoked link answers 410 GONE', async () => {
    const { world, lead, created, token } = await invited();
    const revoked = await lead.request({
      method: 'DELETE',
      url: `/api/v1/teams/${world.teamA.id}/invitations/${created.id}`,
    });
    expect(revoked.statusCode).toBe(204);
    expect((await info(token)).statusCode).toBe(410);
    expect((await accept(token)).statusCode).toBe(410);
    const [user] = await t.db
      .select()
      .from(schema.users)
      .where(and(eq(schema.users.email, created.email)));
    expect(user).toBeUndefined();
  });

  it('an unknown token answers 404; a malformed one 400', async () => {
    expect((await info('x'.repeat(43))).statusCode).toBe(404);
    expect((await accept('x'.repeat(43))).statusCode).toBe(404);
    expect((await info('short')).statusCode).toBe(400);
  });

  it('rejects a short password and unknown fields with VALIDATION_FAILED, creating nothing', async () => {
    const { token, email } = await invited();
    const short = await accept(token, { name: 'A', password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ path: 'body.password' })],
    });
    const extra = await accept(token, { name: 'A', password: NEW_PASSWORD, role: 'admin' });
    expect(extra.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ path: 'body.role' })],
    });
    expect(await t.db.select().from(schema.users).where(eq(schema.users.email, email))).toEqual([]);
    expect((await info(token)).statusCode).toBe(200);
  });
});

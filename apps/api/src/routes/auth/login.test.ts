import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginResponseSchema } from '@leerlus/contracts';
import { schema } from '@leerlus/db';
import { auditRows } from '../../testing/audit';
import { createOrganisation, createTeam, createUser, createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  // A high rate limit here (rate-limit.test.ts covers it); a short lockout threshold.
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000', LOGIN_MAX_ATTEMPTS: '3', LOGIN_LOCKOUT_MINUTES: '15' });
});
afterAll(async () => t.close());

const login = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, headers });

const userRow = async (id: string) => (await t.db.select().from(schema.users).where(eq(schema.users.id, id)))[0]!;

describe('POST /api/v1/auth/login', () => {
  it('starts a session in an httpOnly SameSite=Strict cookie and answers with the session info', async () => {
    const org = await createOrganisation(t.db);
    const team = await createTeam(t.db, org.id, 'Heup- en knieartrose');
    const user = await createUser(t.db, [{ organisationId: org.id, teamId: team.id, role: 'team-lead' }], { name: 'Tessa' });
    const res = await login({ email: user.email, password: user.password });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'leerlus_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.value.length).toBeGreaterThanOrEqual(40);
    const body = loginResponseSchema.parse(res.json());
    expect(body).toEqual({
      status: 'ok',
      session: {
        user: { id: user.id, email: user.email, name: 'Tessa', locale: 'nl' },
        csrfToken: expect.any(String) as string,
        organisations: [{ id: org.id, name: org.name, role: null, mfaRequired: false }],
        teams: [{ id: team.id, name: 'Heup- en knieartrose', organisationId: org.id, role: 'team-lead' }],
        mfa: { enabled: false, enrolmentRequired: false },
      },
    });
    const [event] = await auditRows(t.db, { actorId: user.id, action: 'auth.login' });
    expect(event).toMatchObject({ outcome: 'success', actorEmail: user.email, resourceType: 'user', resourceId: user.id, ip: '127.0.0.1' });
  });

  it('matches the e-mail address case-insensitively', async () => {
    const user = await createUser(t.db);
    const res = await login({ email: user.email.toUpperCase(), password: user.password });
    expect(res.statusCode).toBe(200);
  });

  it('answers a wrong password, an unknown e-mail and a disabled account identically, and audits each', async () => {
    const user = await createUser(t.db);
    const disabled = await createUser(t.db);
    await t.db.update(schema.users).set({ disabled: true }).where(eq(schema.users.id, disabled.id));
    const unknownEmail = `nobody-${user.id}@test.leerlus.nl`;
    const wrong = await login({ email: user.email, password: 'not the password' });
    const unknown = await login({ email: unknownEmail, password: 'whatever-password' });
    const off = await login({ email: disabled.email, password: disabled.password });
    for (const res of [wrong, unknown, off]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ code: 'INVALID_CREDENTIALS', message: 'The e-mail address or password is incorrect' });
      expect(res.cookies.find((c) => c.name === 'leerlus_session')).toBeUndefined();
    }
    const [a] = await auditRows(t.db, { actorEmail: user.email, action: 'auth.login' });
    const [b] = await auditRows(t.db, { actorEmail: unknownEmail, action: 'auth.login' });
    const [c] = await auditRows(t.db, { actorEmail: disabled.email, action: 'auth.login' });
    expect(a).toMatchObject({ outcome: 'failure', actorId: user.id, details: { reason: 'invalid-password' } });
    expect(b).toMatchObject({ outcome: 'failure', actorId: null, details: { reason: 'unknown-account' } });
    expect(c).toMatchObject({ outcome: 'failure', actorId: disabled.id, details: { reason: 'disabled' } });
    expect(JSON.stringify([a, b, c])).not.toContain('not the password');
    expect((await userRow(user.id)).failedLoginCount).toBe(1);
  });

  it('locks the account after LOGIN_MAX_ATTEMPTS consecutive failures, even for the right password, until the window passes', async () => {
    const user = await createUser(t.db);
    expect((await login({ email: user.email, password: 'wrong-1' })).statusCode).toBe(401);
    expect((await login({ email: user.email, password: 'wrong-2' })).statusCode).toBe(401);
    const third = await login({ email: user.email, password: 'wrong-3' });
    expect(third.statusCode).toBe(423);
    expect(third.json()).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    expect(Number(third.headers['retry-after'])).toBe(15 * 60);
    const locked = await login({ email: user.email, password: user.password });
    expect(locked.statusCode).toBe(423);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(locked.cookies.find((c) => c.name === 'leerlus_session')).toBeUndefined();

    const events = await auditRows(t.db, { actorId: user.id, action: 'auth.login' });
    expect(events.map((e) => [e.outcome, e.details?.reason])).toEqual([
      ['failure', 'invalid-password'],
      ['failure', 'invalid-password'],
      ['denied', 'invalid-password'],
      ['denied', 'locked'],
    ]);
    expect(events[2]!.details).toMatchObject({ locked: true });

    // The lockout window passes (moved into the past rather than waiting 15 minutes).
    await t.db.update(schema.users).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(schema.users.id, user.id));
    expect((await login({ email: user.email, password: user.password })).statusCode).toBe(200);
    expect(await userRow(user.id)).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
  });

  it('starts a fresh count once a lock has expired, and a success resets the count', async () => {
    const user = await createUser(t.db);
    await t.db.update(schema.users).set({ failedLoginCount: 3, lockedUntil: new Date(Date.now() - 1000) }).where(eq(schema.users.id, user.id));
    expect((await login({ email: user.email, password: 'wrong' })).statusCode).toBe(401);
    expect(await userRow(user.id)).toMatchObject({ failedLoginCount: 1, lockedUntil: null });
    expect((await login({ email: user.email, password: 'wrong' })).statusCode).toBe(401);
    expect((await login({ email: user.email, password: user.password })).statusCode).toBe(200);
    expect((await login({ email: user.email, password: 'wrong' })).statusCode).toBe(401);
    expect((await login({ email: user.email, password: 'wrong' })).statusCode).toBe(401);
    expect((await userRow(user.id)).failedLoginCount).toBe(2);
  });

  it('ends the session the browser already had when someone logs in', async () => {
    const world = await createWorld(t.db);
    const first = await loginAs(t.app, world.users.member);
    const res = await login({ email: world.users.viewer.email, password: world.users.viewer.password }, { cookie: first.cookie });
    expect(res.statusCode).toBe(200);
    expect((await first.request({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);
  });

  it('rejects unknown fields and wrong types with VALIDATION_FAILED and a field path', async () => {
    const user = await createUser(t.db);
    const extra = await login({ email: user.email, password: user.password, remember: true });
    expect(extra.statusCode).toBe(400);
    expect(extra.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.remember' }] });
    const types = await login({ email: 42, password: ['x'] });
    expect(types.statusCode).toBe(400);
    const paths = types.json<{ details: { path: string }[] }>().details.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.password']));
    const missing = await login({ email: user.email });
    expect(missing.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.password' }] });
    expect(await auditRows(t.db, { actorEmail: user.email, action: 'auth.login' })).toEqual([]);
  });
});

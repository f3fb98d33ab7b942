import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginResponseSchema, mfaSetupResponseSchema } from '@leerlus/contracts';
import { schema } from '@leerlus/db';
import { decryptSecret } from '../../auth/tokens';
import { auditRows } from '../../testing/audit';
import { createOrganisation, createTeam, createUser } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { enrolMfa, totpCode, wrongTotpCode } from '../../testing/mfa';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
});
afterAll(async () => t.close());

const userRow = async (id: string) => (await t.db.select().from(schema.users).where(eq(schema.users.id, id)))[0]!;
const login = (user: { email: string; password: string }, code?: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: user.password, ...(code ? { code } : {}) } });
const actions = async (userId: string, action: string) => (await auditRows(t.db, { actorId: userId, action })).map((e) => e.outcome);

describe('MFA enrolment', () => {
  it('sets up a TOTP secret (stored encrypted) with an otpauth URI and QR code, and enables it with a valid code', async () => {
    const user = await createUser(t.db);
    const client = await loginAs(t.app, user);
    const setup = await client.request({ method: 'POST', url: '/api/v1/account/mfa/setup' });
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUri, qrSvg } = mfaSetupResponseSchema.parse(setup.json());
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Leerlus:/);
    expect(otpauthUri).toContain('issuer=Leerlus');
    expect(otpauthUri).toContain('digits=6');
    expect(otpauthUri).toContain('period=30');
    expect(qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const stored = (await userRow(user.id)).mfaSecret!;
    expect(stored).not.toContain(secret);
    expect(decryptSecret(stored, t.config.secretKey)).toBe(secret);
    expect((await userRow(user.id)).mfaEnabled).toBe(false);

    const wrong = await client.request({ method: 'POST', url: '/api/v1/account/mfa/enable', payload: { code: wrongTotpCode(secret) } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.code' }] });
    expect((await userRow(user.id)).mfaEnabled).toBe(false);

    const enable = await client.request({ method: 'POST', url: '/api/v1/account/mfa/enable', payload: { code: totpCode(secret) } });
    expect(enable.statusCode).toBe(200);
    const { recoveryCodes } = enable.json<{ recoveryCodes: string[] }>();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const storedCodes = await t.db.select().from(schema.recoveryCodes).where(eq(schema.recoveryCodes.userId, user.id));
    expect(storedCodes).toHaveLength(10);
    expect(JSON.stringify(storedCodes)).not.toContain(recoveryCodes[0]);
    expect((await userRow(user.id)).mfaEnabled).toBe(true);
    expect(await actions(user.id, 'account.mfa.setup')).toEqual(['success']);
    expect(await actions(user.id, 'account.mfa.enable')).toEqual(['failure', 'success']);
  });

  it('ends the user’s other (password-only) sessions when MFA is enabled, and refuses a second set-up', async () => {
    const user = await createUser(t.db);
    const [here, elsewhere] = [await loginAs(t.app, user), await loginAs(t.app, user)];
    await enrolMfa(here);
    expect((await elsewhere.request({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);
    const session = await here.request({ method: 'GET', url: '/api/v1/auth/session' });
    expect(session.json()).toMatchObject({ mfa: { enabled: true, enrolmentRequired: false } });
    const again = await here.request({ method: 'POST', url: '/api/v1/account/mfa/setup' });
    expect(again.statusCode).toBe(409);
  });

  it('refuses enabling before set-up', async () => {
    const client = await loginAs(t.app, await createUser(t.db));
    const res = await client.request({ method: 'POST', url: '/api/v1/account/mfa/enable', payload: { code: '123456' } });
    expect(res.statusCode).toBe(409);
  });
});

describe('login with MFA', () => {
  it('asks for a code after a correct password without starting a session, then accepts a TOTP code', async () => {
    const user = await createUser(t.db);
    const { secret } = await enrolMfa(await loginAs(t.app, user));
    const first = await login(user);
    expect(first.statusCode).toBe(200);
    expect(loginResponseSchema.parse(first.json())).toEqual({ status: 'mfa-required' });
    expect(first.cookies.find((c) => c.name === 'leerlus_session')).toBeUndefined();

    const wrong = await login(user, wrongTotpCode(secret));
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'INVALID_MFA_CODE' });
    expect((await userRow(user.id)).failedLoginCount).toBe(1);

    const wrongPassword = await login({ email: user.email, password: 'not it at all' }, totpCode(secret));
    expect(wrongPassword.json()).toMatchObject({ code: 'INVALID_CREDENTIALS' });

    // The next step's code: the current one was spent on enrolment (a code works only once).
    const client = await loginAs(t.app, user, { code: totpCode(secret, 1) });
    expect(client.session.mfa).toEqual({ enabled: true, enrolmentRequired: false });
    expect((await userRow(user.id)).failedLoginCount).toBe(0);
    const events = await auditRows(t.db, { actorId: user.id, action: 'auth.login' });
    expect(events.map((e) => [e.outcome, e.details?.reason ?? e.details?.mfa])).toEqual([
      ['success', null], // the login that enrolled (before MFA)
      ['failure', 'invalid-mfa-code'],
      ['failure', 'invalid-password'],
      ['success', 'totp'],
    ]);
    expect(await actions(user.id, 'auth.login.mfa-challenge')).toEqual(['success']);
  });

  it('accepts a TOTP code only once, also the one used for enrolment (RFC 6238 §5.2)', async () => {
    const user = await createUser(t.db);
    const { secret } = await enrolMfa(await loginAs(t.app, user));
    expect((await login(user, totpCode(secret))).json()).toMatchObject({ code: 'INVALID_MFA_CODE' });
    await loginAs(t.app, user, { code: totpCode(secret, 1) });
    const replay = await login(user, totpCode(secret, 1));
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ code: 'INVALID_MFA_CODE' });
  });

  it('accepts each recovery code exactly once, in any case and without dashes', async () => {
    const user = await createUser(t.db);
    const { recoveryCodes } = await enrolMfa(await loginAs(t.app, user));
    const [first, second] = [recoveryCodes[0]!, recoveryCodes[1]!];
    await loginAs(t.app, user, { code: first });
    const reused = await login(user, first);
    expect(reused.statusCode).toBe(401);
    expect(reused.json()).toMatchObject({ code: 'INVALID_MFA_CODE' });
    await loginAs(t.app, user, { code: second.toUpperCase().replaceAll('-', '') });
    const used = await t.db.select().from(schema.recoveryCodes).where(eq(schema.recoveryCodes.userId, user.id));
    expect(used.filter((c) => c.usedAt !== null)).toHaveLength(2);
    const events = await auditRows(t.db, { actorId: user.id, action: 'auth.login' });
    expect(events.filter((e) => e.details?.mfa === 'recovery-code')).toHaveLength(2);
  });

  it('wrong codes count towards the lockout', async () => {
    const user = await createUser(t.db);
    const { secret } = await enrolMfa(await loginAs(t.app, user));
    for (let i = 1; i < t.config.login.maxAttempts; i++) expect((await login(user, wrongTotpCode(secret))).statusCode).toBe(401);
    expect((await login(user, wrongTotpCode(secret))).statusCode).toBe(423);
    expect((await login(user, totpCode(secret))).statusCode).toBe(423);
  });
});

describe('disabling MFA', () => {
  it('needs a valid code, then turns MFA off and drops the recovery codes', async () => {
    const user = await createUser(t.db);
    const client = await loginAs(t.app, user);
    const { secret } = await enrolMfa(client);
    const wrong = await client.request({ method: 'POST', url: '/api/v1/account/mfa/disable', payload: { code: wrongTotpCode(secret) } });
    expect(wrong.statusCode).toBe(400);
    expect((await userRow(user.id)).mfaEnabled).toBe(true);
    const res = await client.request({ method: 'POST', url: '/api/v1/account/mfa/disable', payload: { code: totpCode(secret, 1) } });
    expect(res.statusCode).toBe(200);
    expect(await userRow(user.id)).toMatchObject({ mfaEnabled: false, mfaSecret: null });
    expect(await t.db.select().from(schema.recoveryCodes).where(eq(schema.recoveryCodes.userId, user.id))).toEqual([]);
    expect(loginResponseSchema.parse((await login(user)).json()).status).toBe('ok');
    expect(await actions(user.id, 'account.mfa.disable')).toEqual(['failure', 'success']);
  });
});

describe('organisation requires MFA', () => {
  it('allows only session, logout and MFA enrolment until the user enrols, and then refuses disabling', async () => {
    const org = await createOrganisation(t.db, { mfaRequired: true });
    const team = await createTeam(t.db, org.id);
    const user = await createUser(t.db, [{ organisationId: org.id, teamId: team.id, role: 'member' }]);
    const client = await loginAs(t.app, user);
    expect(client.session.mfa).toEqual({ enabled: false, enrolmentRequired: true });
    expect(client.session.organisations[0]).toMatchObject({ id: org.id, mfaRequired: true });

    for (const [method, url, payload] of [
      ['PATCH', '/api/v1/account', { name: 'Later' }],
      ['POST', '/api/v1/account/password', { currentPassword: user.password, newPassword: 'another long password' }],
      ['POST', '/api/v1/account/mfa/disable', { code: '123456' }],
    ] as const) {
      const res = await client.request({ method, url, payload });
      expect(res.statusCode, url).toBe(403);
      expect(res.json()).toMatchObject({ code: 'MFA_ENROLMENT_REQUIRED' });
    }
    expect((await client.request({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(200);

    const { secret } = await enrolMfa(client);
    const update = await client.request({ method: 'PATCH', url: '/api/v1/account', payload: { name: 'Enrolled' } });
    expect(update.statusCode).toBe(200);
    const disable = await client.request({ method: 'POST', url: '/api/v1/account/mfa/disable', payload: { code: totpCode(secret) } });
    expect(disable.statusCode).toBe(403);
    expect(disable.json()).toEqual({ code: 'FORBIDDEN', message: 'Your organisation requires two-factor authentication, so it cannot be turned off' });
    expect((await userRow(user.id)).mfaEnabled).toBe(true);
    expect(await actions(user.id, 'account.mfa.disable')).toEqual(['denied']);
  });
});

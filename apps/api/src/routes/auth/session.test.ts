import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionInfoSchema } from '@leerlus/contracts';
import { schema } from '@leerlus/db';
import { hashToken } from '../../auth/tokens';
import { auditRows } from '../../testing/audit';
import { createOrganisation, createTeam, createUser, createWorld } from '../../testing/factories';
import { loginAs, type LoggedInClient } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const sessionIdOf = (client: LoggedInClient) => hashToken(client.cookie.split('=')[1]!);
const getSession = (client: LoggedInClient) => client.request({ method: 'GET', url: '/api/v1/auth/session' });
const sessionRow = async (client: LoggedInClient) =>
  (await t.db.select().from(schema.sessions).where(eq(schema.sessions.id, sessionIdOf(client))))[0];

describe('GET /api/v1/auth/session', () => {
  it('answers 401 UNAUTHENTICATED without a session or with a made-up cookie', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session' });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const forged = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: 'leerlus_session=forged' } });
    expect(forged.statusCode).toBe(401);
  });

  it('lists team memberships and every team of an organisation with an organisation-wide role, with the effective role', async () => {
    const home = await createOrganisation(t.db, { name: 'A Ziekenhuis' });
    const [hip, breast] = [await createTeam(t.db, home.id, 'Heup'), await createTeam(t.db, home.id, 'Borst')];
    const partner = await createOrganisation(t.db, { name: 'B Kliniek', mfaRequired: false });
    const partnerTeam = await createTeam(t.db, partner.id, 'Palliatief');
    await createTeam(t.db, partner.id, 'Not mine');
    const user = await createUser(t.db, [
      { organisationId: home.id, teamId: null, role: 'viewer' },
      { organisationId: home.id, teamId: hip.id, role: 'team-lead' },
      { organisationId: partner.id, teamId: partnerTeam.id, role: 'analyst' },
    ]);
    const client = await loginAs(t.app, user);
    const res = await getSession(client);
    expect(res.statusCode).toBe(200);
    const info = sessionInfoSchema.parse(res.json());
    expect(info.csrfToken).toBe(client.csrfToken);
    expect(info.organisations).toEqual([
      { id: home.id, name: 'A Ziekenhuis', role: 'viewer', mfaRequired: false },
      { id: partner.id, name: 'B Kliniek', role: null, mfaRequired: false },
    ]);
    expect(info.teams.map((x) => [x.name, x.role])).toEqual([
      ['Borst', 'viewer'],
      ['Heup', 'team-lead'],
      ['Palliatief', 'analyst'],
    ]);
    expect(info.teams.find((x) => x.id === breast.id)?.organisationId).toBe(home.id);
  });

  it('a user without memberships sees no organisations or teams', async () => {
    const client = await loginAs(t.app, await createUser(t.db));
    expect(sessionInfoSchema.parse((await getSession(client)).json())).toMatchObject({ organisations: [], teams: [] });
  });
});

describe('session timeouts', () => {
  it('ends a session idle for longer than SESSION_IDLE_MINUTES', async () => {
    const client = await loginAs(t.app, await createUser(t.db));
    const idleMs = t.config.session.idleMs;
    await t.db.update(schema.sessions).set({ lastSeenAt: new Date(Date.now() - idleMs + 60_000) }).where(eq(schema.sessions.id, sessionIdOf(client)));
    expect((await getSession(client)).statusCode).toBe(200); // still inside the idle window; the request refreshes it
    await t.db.update(schema.sessions).set({ lastSeenAt: new Date(Date.now() - idleMs - 1000) }).where(eq(schema.sessions.id, sessionIdOf(client)));
    expect((await getSession(client)).statusCode).toBe(401);
    expect(await sessionRow(client)).toBeUndefined();
  });

  it('ends a session past its absolute expiry even when it is active', async () => {
    const client = await loginAs(t.app, await createUser(t.db));
    const row = await sessionRow(client);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeGreaterThan(t.config.session.absoluteMs - 60_000);
    await t.db.update(schema.sessions).set({ expiresAt: new Date(Date.now() - 1000), lastSeenAt: new Date() }).where(eq(schema.sessions.id, sessionIdOf(client)));
    expect((await getSession(client)).statusCode).toBe(401);
    expect(await sessionRow(client)).toBeUndefined();
  });

  it('ends the sessions of a disabled account', async () => {
    const user = await createUser(t.db);
    const client = await loginAs(t.app, user);
    await t.db.update(schema.users).set({ disabled: true }).where(eq(schema.users.id, user.id));
    expect((await getSession(client)).statusCode).toBe(401);
  });
});

describe('POST /api/v1/auth/logout', () => {
  it('ends the session, clears the cookie, and is audited', async () => {
    const user = await createUser(t.db);
    const client = await loginAs(t.app, user);
    const res = await client.request({ method: 'POST', url: '/api/v1/auth/logout' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    const cleared = res.cookies.find((c) => c.name === 'leerlus_session');
    expect(cleared?.value).toBe('');
    expect((await getSession(client)).statusCode).toBe(401);
    expect(await sessionRow(client)).toBeUndefined();
    const [event] = await auditRows(t.db, { actorId: user.id, action: 'auth.logout' });
    expect(event).toMatchObject({ outcome: 'success', actorEmail: user.email, resourceId: user.id });
  });

  it('leaves the user’s other sessions alone', async () => {
    const user = await createUser(t.db);
    const [laptop, tablet] = [await loginAs(t.app, user), await loginAs(t.app, user)];
    await laptop.request({ method: 'POST', url: '/api/v1/auth/logout' });
    expect((await getSession(tablet)).statusCode).toBe(200);
  });
});

describe('CSRF protection', () => {
  it('refuses a cookie-authenticated mutation without or with a wrong x-csrf-token, changing nothing', async () => {
    const world = await createWorld(t.db);
    const client = await loginAs(t.app, world.users.member);
    const missing = await t.app.inject({ method: 'PATCH', url: '/api/v1/account', headers: { cookie: client.cookie }, payload: { name: 'Mallory' } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toMatchObject({ code: 'CSRF_INVALID' });
    const wrong = await client.request({ method: 'PATCH', url: '/api/v1/account', headers: { 'x-csrf-token': 'x'.repeat(43) }, payload: { name: 'Mallory' } });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ code: 'CSRF_INVALID' });
    const other = await loginAs(t.app, world.users.viewer); // another session's valid token is no good either
    const foreign = await client.request({ method: 'PATCH', url: '/api/v1/account', headers: { 'x-csrf-token': other.csrfToken }, payload: { name: 'Mallory' } });
    expect(foreign.statusCode).toBe(403);
    const logout = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: client.cookie } });
    expect(logout.statusCode).toBe(403);

    const [user] = await t.db.select().from(schema.users).where(eq(schema.users.id, world.users.member.id));
    expect(user!.name).toBe('Test User');
    expect((await getSession(client)).statusCode).toBe(200);
    expect(await auditRows(t.db, { actorId: world.users.member.id, action: 'account.update' })).toEqual([]);
  });
});

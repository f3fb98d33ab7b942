import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@leerlus/db';
import { auditRows } from '../../testing/audit';
import { createUser } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const userRow = async (id: string) => (await t.db.select().from(schema.users).where(eq(schema.users.id, id)))[0]!;
const NEW_PASSWORD = 'a brand new passphrase';

describe('PATCH /api/v1/account', () => {
  it('changes name and language and audits which fields changed', async () => {
    const user = await createUser(t.db);
    const client = await loginAs(t.app, user);
    const res = await client.request({ method: 'PATCH', url: '/api/v1/account', payload: { name: '  Noor de Vries ', locale: 'en' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: user.id, email: user.email, name: 'Noor de Vries', locale: 'en' });
    expect(await userRow(user.id)).toMatchObject({ name: 'Noor de Vries', locale: 'en' });
    const [event] = await auditRows(t.db, { actorId: user.id, action: 'account.update' });
    expect(event).toMatchObject({ outcome: 'success', resourceType: 'user', resourceId: user.id, details: { fields: 'name,locale' } });
  });

  it('rejects fields it does not accept (no mass assignment) and wrong types, changing nothing', async () => {
    const user = await createUser(t.db);
    const client = await loginAs(t.app, user);
    const sneaky = await client.request({ method: 'PATCH', url: '/api/v1/account', payload: { name: 'X', email: 'evil@x.nl', mfaEnabled: false } });
    expect(sneaky.statusCode).toBe(400);
    const paths = sneaky.json<{ details: { path: string }[] }>().details.map((d) => d.path);
    expect(paths.sort()).toEqual(['body.email', 'body.mfaEnabled']);
    const types = await client.request({ method: 'PATCH', url: '/api/v1/account', payload: { name: 5, locale: 'de' } });
    expect(types.statusCode).toBe(400);
    expect(types.json<{ details: { path: string }[] }>().details.map((d) => d.path).sort()).toEqual(['body.locale', 'body.name']);
    const empty = await client.request({ method: 'PATCH', url: '/api/v1/account', payload: { name: '   ' } });
    expect(empty.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.name' }] });
    expect(await userRow(user.id)).toMatchObject({ name: 'Test User', email: user.email, locale: 'nl' });
    expect(await auditRows(t.db, { actorId: user.id, action: 'account.update' })).toEqual([]);
  });
});

describe('POST /api/v1/account/password', () => {
  it('changes the password and ends the user’s other sessions but not this one', async () => {
    const user = await createUser(t.db);
    const [here, elsewhere] = [await loginAs(t.app, user), await loginAs(t.app, user)];
    const res = await here.request({ method: 'POST', url: '/api/v1/account/password', payload: { currentPassword: user.password, newPassword: NEW_PASSWORD } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect((await here.request({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(200);
    expect((await elsewhere.request({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);
    await expect(loginAs(t.app, user)).rejects.toThrow(/401/);
    await loginAs(t.app, { email: user.email, password: NEW_PASSWORD });
    const events = await auditRows(t.db, { actorId: user.id, action: 'account.password' });
    expect(events.map((e) => e.outcome)).toEqual(['success']);
    expect(JSON.stringify(events)).not.toContain(NEW_PASSWORD);
  });

  it('refuses a wrong current password with a field error, audits it, and keeps the old password', async () => {
    const user = await createUser(t.db);
    const client = await loginAs(t.app, user);
    const res = await client.request({ method: 'POST', url: '/api/v1/account/password', payload: { currentPassword: 'guess', newPassword: NEW_PASSWORD } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.currentPassword' }] });
    const [event] = await auditRows(t.db, { actorId: user.id, action: 'account.password' });
    expect(event).toMatchObject({ outcome: 'failure', details: { reason: 'invalid-current-password' } });
    await loginAs(t.app, user);
  });

  it('refuses a new password that is too short or equal to the current one', async () => {
    const user = await createUser(t.db);
    const client = await loginAs(t.app, user);
    const before = (await userRow(user.id)).passwordHash;
    const short = await client.request({ method: 'POST', url: '/api/v1/account/password', payload: { currentPassword: user.password, newPassword: 'short' } });
    expect(short.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.newPassword' }] });
    const same = await client.request({ method: 'POST', url: '/api/v1/account/password', payload: { currentPassword: user.password, newPassword: user.password } });
    expect(same.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.newPassword' }] });
    expect((await userRow(user.id)).passwordHash).toBe(before);
    await loginAs(t.app, user);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../testing/audit';
import { createUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3', LOGIN_MAX_ATTEMPTS: '100' });
});
afterAll(async () => t.close());

const login = (email: string, password: string, ip: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });

describe('login rate limiting', () => {
  it('answers 429 RATE_LIMITED with Retry-After once an address exceeds the per-minute limit', async () => {
    const ip = '192.0.2.10';
    const users = await Promise.all([createUser(t.db), createUser(t.db), createUser(t.db), createUser(t.db)]);
    for (const u of users.slice(0, 3)) expect((await login(u.email, 'wrong password', ip)).statusCode).toBe(401);
    const limited = await login(users[3].email, users[3].password, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: expect.any(Number) as number } });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.cookies).toEqual([]);
    const [event] = await auditRows(t.db, { actorEmail: users[3].email, action: 'auth.login' });
    expect(event).toMatchObject({ outcome: 'denied', ip, details: { reason: 'rate-limited' } });
    // Another address is not affected.
    expect((await login(users[3].email, users[3].password, '192.0.2.11')).statusCode).toBe(200);
  });

  it('limits attempts per e-mail address across addresses (distributed guessing)', async () => {
    const user = await createUser(t.db);
    for (let i = 0; i < 3; i++) expect((await login(user.email, `guess-${i}`, `198.51.100.${i + 1}`)).statusCode).toBe(401);
    const limited = await login(user.email, user.password, '198.51.100.99');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });
});

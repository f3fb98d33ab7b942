import { randomInt } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { loginResponseSchema, type SessionInfo } from '@leerlus/contracts';
import { clientFor, sessionCookieOf, type Client } from './test-app';

/** A logged-in test client plus the session info the login answered with. */
export interface LoggedInClient extends Client {
  session: SessionInfo;
}

/**
 * Logs the user in through the real endpoint (POST /api/v1/auth/login) and returns a client that
 * sends the session cookie and CSRF token on every request. Pass `code` for accounts with MFA
 * enabled (a TOTP code or a recovery code). Throws when the login does not start a session.
 * Each call comes from its own random private address (unless `ip` is given), so that a test file
 * logging in many times does not trip the per-IP login rate limit.
 *
 * @example
 *   const world = await createWorld(t.db);
 *   const lead = await loginAs(t.app, world.users.teamLead);
 *   const res = await lead.request({ method: 'GET', url: `/api/v1/teams/${world.teamA.id}` });
 */
export async function loginAs(
  app: FastifyInstance,
  user: { email: string; password: string },
  options: { code?: string; ip?: string } = {},
): Promise<LoggedInClient> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: options.ip ?? randomClientIp(),
    payload: { email: user.email, password: user.password, ...(options.code ? { code: options.code } : {}) },
  });
  if (response.statusCode !== 200) throw new Error(`login of ${user.email} failed: ${response.statusCode} ${response.body}`);
  const body = loginResponseSchema.parse(response.json());
  if (body.status !== 'ok') throw new Error(`login of ${user.email} needs an MFA code (pass options.code)`);
  return { ...clientFor(app, sessionCookieOf(response), body.session.csrfToken), session: body.session };
}

/** A random address in 10.0.0.0/8 (what the per-IP login rate limit keys on). */
const randomClientIp = (): string => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

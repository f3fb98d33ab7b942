import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loginRequestSchema, loginResponseSchema, okSchema, sessionInfoSchema } from '@leerlus/contracts';
import { requireAuth } from '../../access/authorize';
import { audit } from '../../audit/record';
import { attemptLogin } from '../../auth/login';
import { SlidingWindowLimiter } from '../../auth/rate-limit';
import { loadSessionInfo } from '../../auth/session-info';
import { endSession, startSession } from '../../auth/sessions';

const RATE_WINDOW_MS = 60_000;

/**
 * POST /api/v1/auth/login (public). Answers `mfa-required` when the password was right but the
 * account needs a second factor (no session yet), otherwise starts a session (cookie) and returns
 * the session info. A session the browser already had is ended first (no session fixation).
 */
export const loginRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;
  // One limiter per app instance, keyed by client address and by e-mail.
  const limiter = new SlidingWindowLimiter(config.login.ratePerMinute, RATE_WINDOW_MS);

  app.post(
    '/api/v1/auth/login',
    { schema: { tags: ['auth'], summary: 'Log in with e-mail, password and (if enabled) a TOTP or recovery code', body: loginRequestSchema, response: { 200: loginResponseSchema } } },
    async (request, reply) => {
      const result = await attemptLogin(request, limiter, request.body);
      if (result.status === 'mfa-required') return result;
      if (request.auth) await endSession(db, reply, request.auth.sessionId);
      const session = await startSession(db, config, reply, result.userId, request.ip);
      return { status: 'ok' as const, session: await loadSessionInfo(db, { userId: result.userId, csrfToken: session.csrfToken }) };
    },
  );
};

/** GET /api/v1/auth/session and POST /api/v1/auth/logout (authenticated; reachable during pending MFA enrolment). */
export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.get(
    '/api/v1/auth/session',
    { config: { allowPendingMfa: true }, schema: { tags: ['auth'], summary: 'The current session: user, CSRF token, organisations, teams, MFA state', response: { 200: sessionInfoSchema } } },
    async (request) => loadSessionInfo(db, requireAuth(request.auth)),
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { allowPendingMfa: true }, schema: { tags: ['auth'], summary: 'End the current session', response: { 200: okSchema } } },
    async (request, reply) => {
      const auth = requireAuth(request.auth);
      await audit(request, db, { action: 'auth.logout', resourceType: 'user', resourceId: auth.userId, outcome: 'success' });
      await endSession(db, reply, auth.sessionId);
      return { ok: true as const };
    },
  );
};

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, unauthenticated } from './errors';
import { resolveSession } from '../auth/sessions';
import { safeEqual } from '../auth/tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Resolves the session cookie once per API request into request.auth (null when anonymous). */
export function registerSessionLoader(app: FastifyInstance): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    request.auth = await resolveSession(app.deps.db, app.deps.config, request);
  });
}

/**
 * Hook for the authenticated scope: a session is required; cookie-authenticated mutations must echo
 * the session's CSRF token in `x-csrf-token` (the cookie alone is not proof of intent); while MFA
 * enrolment is pending only routes marked `allowPendingMfa` are reachable.
 */
export async function requireSession(request: FastifyRequest): Promise<void> {
  const auth = request.auth;
  if (!auth) throw unauthenticated();
  if (!SAFE_METHODS.has(request.method)) {
    const header = request.headers['x-csrf-token'];
    if (typeof header !== 'string' || !safeEqual(header, auth.csrfToken)) {
      throw new AppError('CSRF_INVALID', 'Missing or invalid CSRF token; reload the page and try again');
    }
  }
  if (auth.mfaEnrolmentRequired && !request.routeOptions.config.allowPendingMfa) {
    throw new AppError('MFA_ENROLMENT_REQUIRED', 'Your organisation requires two-factor authentication: set it up first');
  }
}

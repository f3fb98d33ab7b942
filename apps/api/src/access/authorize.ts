import { decide, type Action, type Resource } from '@leerlus/domain';
import { forbidden, notFound, unauthenticated } from '../http/errors';
import type { AuthContext } from '../http/types';

/**
 * The one authorisation choke point. Policies live in @leerlus/domain (access/policies.ts).
 * A resource the actor has no role in answers 404 (its existence is not revealed); a visible
 * resource the role may not act on answers 403.
 */
export function authorize(auth: AuthContext | null, action: Action, resource: Resource): AuthContext {
  if (!auth) throw unauthenticated();
  const decision = decide(auth, action, resource);
  switch (decision) {
    case 'allow':
      return auth;
    case 'hidden':
      throw notFound(resource.kind === 'team' ? 'Team' : 'Organisation');
    case 'forbid':
      throw forbidden();
  }
}

/** For routes inside the authenticated scope, where a missing session was already rejected. */
export function requireAuth(auth: AuthContext | null): AuthContext {
  if (!auth) throw unauthenticated();
  return auth;
}

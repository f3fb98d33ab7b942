import type { Action } from '@leerlus/domain';
import { decideCatalogue } from '@leerlus/domain/indicators/index';
import { forbidden, notFound, unauthenticated } from '../../http/errors';
import type { AuthContext } from '../../http/types';

/**
 * The entry point of the organisation's catalogue routes (indicators, outcome sets): a role in any
 * team of the organisation counts (@leerlus/domain decideCatalogue). No role there → 404, a role
 * without the right → 403.
 */
export function catalogueScope(auth: AuthContext | null, organisationId: string, action: Action): AuthContext {
  if (!auth) throw unauthenticated();
  switch (decideCatalogue(auth, action, organisationId)) {
    case 'allow':
      return auth;
    case 'hidden':
      throw notFound('Organisation');
    case 'forbid':
      throw forbidden();
  }
}

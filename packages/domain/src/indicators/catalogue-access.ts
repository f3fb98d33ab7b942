import { can, type Action, type Decision } from '../access/policies';
import type { Actor } from '../access/roles';

/**
 * Access to an organisation's shared catalogue (indicators, outcome sets). Every team of the
 * organisation works from the one catalogue, so a role held in any of its teams counts, not only an
 * organisation-wide role: a quality advisor or analyst of one team defines indicators that other
 * teams may adopt (each change is versioned and audited). Someone without any role in the
 * organisation does not learn that it exists (hidden → 404); a member whose roles do not allow the
 * action is forbidden (403).
 */
export function decideCatalogue(actor: Actor, action: Action, organisationId: string): Decision {
  const held = actor.memberships.filter((m) => m.organisationId === organisationId);
  if (held.length === 0) return 'hidden';
  const allowed = held.some((m) =>
    can(actor, action, m.teamId === null ? { kind: 'organisation', organisationId } : { kind: 'team', organisationId, teamId: m.teamId }),
  );
  return allowed ? 'allow' : 'forbid';
}

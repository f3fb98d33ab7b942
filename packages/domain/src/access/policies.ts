import type { Actor, Membership, Role } from './roles';

/**
 * Every action the API authorises. One list, one policy table: adding a feature means adding its
 * actions here and the roles that may perform them.
 */
export const ACTIONS = [
  'team:read',
  'team:invite',
  'team:manage',
  'patient-data:read',
  'patient-data:write',
  'organisation:admin',
  'audit:read',
  'indicator:read',
  'indicator:manage',
  'goal-set:manage',
  'improvement:read',
  'improvement:contribute',
  'improvement:manage',
  'organisation:overview',
  'maturity:read',
  'maturity:answer',
  'maturity:manage',
  'maturity:instrument:manage',
] as const;
export type Action = (typeof ACTIONS)[number];

export type Resource =
  { kind: 'organisation'; organisationId: string } | { kind: 'team'; organisationId: string; teamId: string };

/**
 * Which roles may perform each action. Read access to a team is the gate for "does this exist for
 * you": the API answers 404 when the actor cannot read the resource, 403 when it can read but not act.
 */
const POLICY: Record<Action, readonly Role[]> = {
  'team:read': ['admin', 'quality-advisor', 'team-lead', 'member', 'viewer', 'analyst'],
  'team:invite': ['admin', 'quality-advisor', 'team-lead'],
  'team:manage': ['admin', 'quality-advisor', 'team-lead'],
  'patient-data:read': ['admin', 'quality-advisor', 'team-lead', 'member', 'analyst'],
  'patient-data:write': ['admin', 'quality-advisor', 'analyst'],
  'organisation:admin': ['admin'],
  'audit:read': ['admin'],
  // The organisation's indicator catalogue and outcome sets (see indicators/catalogue-access.ts), and
  // team dashboards: aggregates, not patient-level data, so every role reads them.
  'indicator:read': ['admin', 'quality-advisor', 'team-lead', 'member', 'viewer', 'analyst'],
  'indicator:manage': ['admin', 'quality-advisor', 'analyst'],
  // Which indicators a team tracks (its goal set).
  'goal-set:manage': ['admin', 'quality-advisor', 'team-lead'],
  // The improvement system (issue 6): everyone reads; members post status updates, decisions and
  // actions and record meetings; team leads and advisors set goals, meetings and the matrix.
  'improvement:read': ['admin', 'quality-advisor', 'team-lead', 'member', 'viewer', 'analyst'],
  'improvement:contribute': ['admin', 'quality-advisor', 'team-lead', 'member', 'analyst'],
  'improvement:manage': ['admin', 'quality-advisor', 'team-lead'],
  // Indicators × teams of the whole organisation: organisation-wide managers.
  'organisation:overview': ['admin', 'quality-advisor'],
  // Maturity and readiness (issue 7): everybody in the team reads results; team members answer;
  // leads and advisors start, submit and lock measurements and decide on sharing; advisors and admins
  // add the organisation's own instruments.
  'maturity:read': ['admin', 'quality-advisor', 'team-lead', 'member', 'viewer', 'analyst'],
  'maturity:answer': ['admin', 'quality-advisor', 'team-lead', 'member'],
  'maturity:manage': ['admin', 'quality-advisor', 'team-lead'],
  'maturity:instrument:manage': ['admin', 'quality-advisor'],
};

/** The memberships of the actor that apply to the resource (organisation-wide ones apply to every team). */
export function applicableMemberships(actor: Actor, resource: Resource): Membership[] {
  return actor.memberships.filter((m) => {
    if (m.organisationId !== resource.organisationId) return false;
    switch (resource.kind) {
      case 'organisation':
        return m.teamId === null;
      case 'team':
        return m.teamId === null || m.teamId === resource.teamId;
    }
  });
}

/** True when any applicable membership carries a role the policy allows for the action. */
export function can(actor: Actor, action: Action, resource: Resource): boolean {
  const allowed = POLICY[action];
  return applicableMemberships(actor, resource).some((m) => allowed.includes(m.role));
}

/**
 * May the actor give someone `role` on the resource (by invitation or membership)? Only when the actor
 * may perform every action that role allows there: nobody hands out rights they do not hold (a team
 * lead cannot create a quality advisor or an analyst, who may write patient-level data).
 */
export function canGrant(actor: Actor, role: Role, resource: Resource): boolean {
  return ACTIONS.every((action) => !POLICY[action].includes(role) || can(actor, action, resource));
}

/** The outcome the API turns into a response: allowed, hidden (404) or forbidden (403). */
export type Decision = 'allow' | 'hidden' | 'forbid';

/**
 * Decide an action. A resource the actor has no role in at all is `hidden` (answered as 404, so that
 * another team's or organisation's resources do not reveal their existence).
 */
export function decide(actor: Actor, action: Action, resource: Resource): Decision {
  if (can(actor, action, resource)) return 'allow';
  const visibility: Resource =
    resource.kind === 'organisation'
      ? resource
      : { kind: 'team', organisationId: resource.organisationId, teamId: resource.teamId };
  const canSee =
    resource.kind === 'organisation'
      ? actor.memberships.some((m) => m.organisationId === resource.organisationId)
      : can(actor, 'team:read', visibility);
  return canSee ? 'forbid' : 'hidden';
}

/** Effective role in a team: the strongest of its team role and any organisation-wide role. */
export function effectiveTeamRole(actor: Actor, organisationId: string, teamId: string): Role | null {
  const order: readonly Role[] = ['admin', 'quality-advisor', 'team-lead', 'analyst', 'member', 'viewer'];
  const held = applicableMemberships(actor, { kind: 'team', organisationId, teamId }).map((m) => m.role);
  return order.find((r) => held.includes(r)) ?? null;
}

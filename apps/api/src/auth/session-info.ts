import { asc, eq, inArray, or } from 'drizzle-orm';
import type { SessionInfo } from '@leerlus/contracts';
import { schema, type Executor } from '@leerlus/db';
import { effectiveTeamRole, type Actor, type Membership } from '@leerlus/domain';
import { unauthenticated } from '../http/errors';

const { users, memberships, organisations, teams } = schema;

/** Who the session belongs to; an AuthContext or the result of startSession plus the user id both fit. */
export interface SessionRef {
  userId: string;
  csrfToken: string;
}

/**
 * Everything the web app needs about the current session: the user, the CSRF token, the
 * organisations with the user's organisation-wide role, every team the user can see with the
 * effective role there (team role or organisation-wide role, whichever is stronger), and the MFA
 * state. Used by GET /auth/session, after login and after accepting an invitation.
 */
export async function loadSessionInfo(db: Executor, session: SessionRef): Promise<SessionInfo> {
  const [user] = await db.select().from(users).where(eq(users.id, session.userId));
  if (!user) throw unauthenticated();
  const held = await db
    .select({
      organisationId: memberships.organisationId,
      teamId: memberships.teamId,
      role: memberships.role,
      organisationName: organisations.name,
      mfaRequired: organisations.mfaRequired,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, user.id))
    .orderBy(asc(organisations.name));
  const actor: Actor = { userId: user.id, memberships: held.map(({ organisationId, teamId, role }) => ({ organisationId, teamId, role })) };
  return {
    user: { id: user.id, email: user.email, name: user.name, locale: user.locale },
    csrfToken: session.csrfToken,
    organisations: organisationsOf(held),
    teams: await visibleTeams(db, actor),
    mfa: { enabled: user.mfaEnabled, enrolmentRequired: !user.mfaEnabled && held.some((m) => m.mfaRequired) },
  };
}

type HeldRole = Membership & { organisationName: string; mfaRequired: boolean };

/** One entry per organisation the user has any role in; `role` is the organisation-wide role, if any. */
function organisationsOf(held: readonly HeldRole[]): SessionInfo['organisations'] {
  const byId = new Map<string, SessionInfo['organisations'][number]>();
  for (const m of held) {
    const entry = byId.get(m.organisationId) ?? { id: m.organisationId, name: m.organisationName, role: null, mfaRequired: m.mfaRequired };
    if (m.teamId === null) entry.role = m.role;
    byId.set(m.organisationId, entry);
  }
  return [...byId.values()];
}

/** Teams with a team membership, plus every team of an organisation where the user holds an organisation-wide role. */
async function visibleTeams(db: Executor, actor: Actor): Promise<SessionInfo['teams']> {
  const teamIds = actor.memberships.flatMap((m) => (m.teamId === null ? [] : [m.teamId]));
  const orgWide = actor.memberships.filter((m) => m.teamId === null).map((m) => m.organisationId);
  if (teamIds.length === 0 && orgWide.length === 0) return [];
  const conditions = [
    ...(teamIds.length > 0 ? [inArray(teams.id, teamIds)] : []),
    ...(orgWide.length > 0 ? [inArray(teams.organisationId, orgWide)] : []),
  ];
  const rows = await db
    .select({ id: teams.id, name: teams.name, organisationId: teams.organisationId })
    .from(teams)
    .where(or(...conditions))
    .orderBy(asc(teams.name), asc(teams.id));
  return rows.flatMap((team) => {
    const role = effectiveTeamRole(actor, team.organisationId, team.id);
    return role === null ? [] : [{ ...team, role }];
  });
}

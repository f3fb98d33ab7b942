import { and, asc, eq, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { TeamDetail, TeamSummary } from '@leerlus/contracts';
import { effectiveTeamRole, type Actor, type Membership } from '@leerlus/domain';
import { schema, type Executor } from '@leerlus/db';

const { teams, organisations, memberships, users, invitations } = schema;

/**
 * Distinct users holding a role in the team: its own members plus the organisation-wide ones
 * (who act in every team of the organisation). Correlated with the outer `teams` row.
 */
const memberCount = sql<number>`(
  select count(distinct m.user_id) from ${memberships} m
  where m.organisation_id = ${teams.organisationId} and (m.team_id = ${teams.id} or m.team_id is null)
)`.mapWith(Number);

const summaryColumns = {
  id: teams.id,
  organisationId: teams.organisationId,
  organisationName: organisations.name,
  name: teams.name,
  description: teams.description,
  memberCount,
};

type SummaryRow = Omit<TeamSummary, 'myRole'>;

/** Adds the actor's effective role; rows the actor has no role in are dropped. */
function withMyRole(actor: Actor, rows: SummaryRow[]): TeamSummary[] {
  return rows.flatMap((row) => {
    const myRole = effectiveTeamRole(actor, row.organisationId, row.id);
    return myRole ? [{ ...row, myRole }] : [];
  });
}

/** The teams the actor can see: every team of an organisation with an organisation-wide role, plus its own teams. */
export async function listVisibleTeams(db: Executor, actor: Actor): Promise<TeamSummary[]> {
  const organisationIds = actor.memberships.filter((m) => m.teamId === null).map((m) => m.organisationId);
  const teamIds = actor.memberships.flatMap((m) => (m.teamId === null ? [] : [m.teamId]));
  const scopes: SQL[] = [];
  if (organisationIds.length > 0) scopes.push(inArray(teams.organisationId, organisationIds));
  if (teamIds.length > 0) scopes.push(inArray(teams.id, teamIds));
  if (scopes.length === 0) return [];
  const rows = await db
    .select(summaryColumns)
    .from(teams)
    .innerJoin(organisations, eq(organisations.id, teams.organisationId))
    .where(or(...scopes))
    .orderBy(asc(organisations.name), asc(teams.name));
  return withMyRole(actor, rows);
}

/** One team as a summary for the actor (who must hold a role in it). */
export async function teamSummary(db: Executor, actor: Actor, teamId: string): Promise<TeamSummary> {
  const rows = await db
    .select(summaryColumns)
    .from(teams)
    .innerJoin(organisations, eq(organisations.id, teams.organisationId))
    .where(eq(teams.id, teamId));
  const [summary] = withMyRole(actor, rows);
  if (!summary) throw new Error(`team ${teamId} is not visible to the actor`);
  return summary;
}

type TeamMember = TeamDetail['members'][number];

/**
 * The people holding a role in the team with their effective role (the strongest of their team role
 * and any organisation-wide role); `viaOrganisation` when that role comes from the organisation-wide one.
 */
export async function teamMembers(
  db: Executor,
  team: { id: string; organisationId: string },
): Promise<TeamMember[]> {
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      teamId: memberships.teamId,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, team.organisationId),
        or(eq(memberships.teamId, team.id), isNull(memberships.teamId)),
      ),
    )
    .orderBy(asc(sql`lower(${users.name})`), asc(users.id));
  const byUser = new Map<string, { name: string; email: string; held: Membership[] }>();
  for (const row of rows) {
    const entry = byUser.get(row.userId) ?? { name: row.name, email: row.email, held: [] };
    entry.held.push({ organisationId: team.organisationId, teamId: row.teamId, role: row.role });
    byUser.set(row.userId, entry);
  }
  return [...byUser].map(([userId, { name, email, held }]) => {
    const role = effectiveTeamRole({ userId, memberships: held }, team.organisationId, team.id)!;
    const viaOrganisation = !held.some((m) => m.teamId === team.id && m.role === role);
    return { userId, name, email, role, viaOrganisation };
  });
}

/** Invitations of the team that can still be accepted (not accepted, not revoked, not expired). */
export async function pendingInvitations(db: Executor, teamId: string): Promise<TeamDetail['invitations']> {
  const rows = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.teamId, teamId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .orderBy(asc(invitations.createdAt));
  return rows.map((r) => ({ ...r, expiresAt: r.expiresAt.toISOString() }));
}

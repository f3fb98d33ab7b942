import { eq } from 'drizzle-orm';
import type { Action } from '@leerlus/domain';
import { schema, type Database } from '@leerlus/db';
import { notFound } from '../http/errors';
import type { AuthContext } from '../http/types';
import { authorize } from './authorize';

export type Team = typeof schema.teams.$inferSelect;

/**
 * The team-scoped entry point for data access: loads the team and authorises the action on it.
 * Repositories for team data take the returned team (and so its organisation) as their scope;
 * nothing team-owned is read without passing through here.
 */
export async function teamScope(db: Database, auth: AuthContext | null, teamId: string, action: Action): Promise<Team> {
  const [team] = await db.select().from(schema.teams).where(eq(schema.teams.id, teamId));
  if (!team) throw notFound('Team');
  authorize(auth, action, { kind: 'team', organisationId: team.organisationId, teamId: team.id });
  return team;
}

/**
 * Privileged database access outside any team scope. Every call site names why it needs it
 * (e.g. "login: look up the account by e-mail before anyone is authenticated"), so such
 * access stays rare, visible and reviewable.
 */
export function systemAccess(db: Database, reason: string): Database {
  if (reason.trim().length < 10) throw new Error('systemAccess needs a reason');
  return db;
}

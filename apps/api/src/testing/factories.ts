import { randomUUID } from 'node:crypto';
import { schema, type Database } from '@leerlus/db';
import type { Role } from '@leerlus/domain';
import { hashPassword } from '../auth/password';

/**
 * Test data factories. Every test creates its own organisation, teams and users, so tests run in
 * parallel on one database without truncating anything.
 */
export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;
const passwordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

export async function createOrganisation(db: Database, values: { name?: string; mfaRequired?: boolean } = {}) {
  const [org] = await db
    .insert(schema.organisations)
    .values({ name: values.name ?? `Org ${randomUUID().slice(0, 8)}`, mfaRequired: values.mfaRequired ?? false })
    .returning();
  return org!;
}

export async function createTeam(db: Database, organisationId: string, name = `Team ${randomUUID().slice(0, 8)}`) {
  const [team] = await db.insert(schema.teams).values({ organisationId, name }).returning();
  return team!;
}

export interface MembershipSpec {
  organisationId: string;
  teamId: string | null;
  role: Role;
}

export async function createUser(db: Database, memberships: MembershipSpec[] = [], values: { email?: string; name?: string } = {}) {
  const [user] = await db
    .insert(schema.users)
    .values({
      email: values.email ?? `user-${randomUUID()}@test.leerlus.nl`,
      name: values.name ?? 'Test User',
      passwordHash: await passwordHash(),
    })
    .returning();
  if (memberships.length > 0) await db.insert(schema.memberships).values(memberships.map((m) => ({ ...m, userId: user!.id })));
  return { ...user!, password: TEST_PASSWORD };
}

/** An organisation with two teams and one user per role (team roles in team A, admin organisation-wide). */
export async function createWorld(db: Database) {
  const organisation = await createOrganisation(db);
  const teamA = await createTeam(db, organisation.id, 'Team A');
  const teamB = await createTeam(db, organisation.id, 'Team B');
  const member = (role: Role, teamId: string | null = teamA.id) => createUser(db, [{ organisationId: organisation.id, teamId, role }]);
  return {
    organisation,
    teamA,
    teamB,
    users: {
      admin: await member('admin', null),
      qualityAdvisor: await member('quality-advisor'),
      teamLead: await member('team-lead'),
      member: await member('member'),
      viewer: await member('viewer'),
      analyst: await member('analyst'),
    },
  };
}

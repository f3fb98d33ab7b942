import { eq } from 'drizzle-orm';
import { schema, type Database } from '@leerlus/db';
import type { Role } from '@leerlus/domain';
import { hashPassword } from '../auth/password';
import { seedDemoData } from './demo-data';
import { seedDemoImprovement } from './demo-improvement';
import { seedDemoMaturity } from './demo-maturity';

/** The demo password, printed on the console and in the README. Demo data only. */
export const DEMO_PASSWORD = 'Leerlus-demo-2026';

// Fixed ids make seeding idempotent and let docs and tests refer to the demo teams.
const ORG = '00000000-0000-4000-8000-000000000001';
const NETWORK = '00000000-0000-4000-8000-000000000002';
export const DEMO_TEAMS = [
  { id: '00000000-0000-4000-8000-000000000101', name: 'Heup- en knieartrose', description: 'Zorgpad totale heup- en knieprothese: orthopedie, fysiotherapie, anesthesie en verpleging.' },
  { id: '00000000-0000-4000-8000-000000000102', name: 'Borstkanker', description: 'Multidisciplinair team mammacarcinoom: chirurgie, oncologie, radiotherapie en verpleegkundig specialisten.' },
  { id: '00000000-0000-4000-8000-000000000103', name: 'Palliatieve zorg', description: 'Palliatieve zorg in de laatste levensfase, samen met huisartsen en thuiszorg in de regio.' },
] as const;

const [HIP, BREAST] = [DEMO_TEAMS[0].id, DEMO_TEAMS[1].id];

export const DEMO_USERS: readonly { email: string; name: string; role: Role; teams: readonly string[] | null }[] = [
  { email: 'admin@demo.leerlus.nl', name: 'Anna Beheer', role: 'admin', teams: null },
  { email: 'kwaliteit@demo.leerlus.nl', name: 'Karim Kwaliteit', role: 'quality-advisor', teams: null },
  { email: 'teamleider@demo.leerlus.nl', name: 'Tessa Teamleider', role: 'team-lead', teams: [HIP] },
  { email: 'lid@demo.leerlus.nl', name: 'Lars Lid', role: 'member', teams: [HIP, BREAST] },
  { email: 'lezer@demo.leerlus.nl', name: 'Lotte Lezer', role: 'viewer', teams: null },
  { email: 'analist@demo.leerlus.nl', name: 'Ali Analist', role: 'analyst', teams: null },
];

/**
 * Seeds "Demo Ziekenhuis": 3 care teams, one user per role, a regional network, and its indicators
 * with three years of synthetic data (seed/demo-data.ts). Idempotent: rows that exist are left alone
 * (so a changed demo password is not reset).
 */
export async function seedDemo(db: Database): Promise<{ created: boolean; users: typeof DEMO_USERS }> {
  const existing = await db.select({ id: schema.organisations.id }).from(schema.organisations).where(eq(schema.organisations.id, ORG));
  if (existing.length > 0) {
    await seedDemoData(db, ORG, DEMO_TEAMS.map((t) => t.id));
    await seedDemoImprovement(db, ORG, DEMO_TEAMS.map((t) => t.id));
    await seedDemoMaturity(db, ORG, DEMO_TEAMS.map((t) => t.id));
    return { created: false, users: DEMO_USERS };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await tx.insert(schema.organisations).values({ id: ORG, name: 'Demo Ziekenhuis' }).onConflictDoNothing();
    await tx.insert(schema.networks).values({ id: NETWORK, name: 'Regio Demo', kind: 'region' }).onConflictDoNothing();
    await tx.insert(schema.networkMemberships).values({ networkId: NETWORK, organisationId: ORG }).onConflictDoNothing();
    await tx.insert(schema.teams).values(DEMO_TEAMS.map((t) => ({ ...t, organisationId: ORG }))).onConflictDoNothing();
    for (const u of DEMO_USERS) {
      const [user] = await tx
        .insert(schema.users)
        .values({ email: u.email, name: u.name, passwordHash })
        .onConflictDoNothing()
        .returning({ id: schema.users.id });
      if (!user) continue;
      const scopes = u.teams ?? [null];
      await tx
        .insert(schema.memberships)
        .values(scopes.map((teamId) => ({ userId: user.id, organisationId: ORG, teamId, role: u.role })))
        .onConflictDoNothing();
    }
  });
  await seedDemoData(db, ORG, DEMO_TEAMS.map((t) => t.id));
  await seedDemoImprovement(db, ORG, DEMO_TEAMS.map((t) => t.id));
  await seedDemoMaturity(db, ORG, DEMO_TEAMS.map((t) => t.id));
  return { created: true, users: DEMO_USERS };
}

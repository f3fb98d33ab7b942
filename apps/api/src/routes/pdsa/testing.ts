import { schema, type Database } from '@leerlus/db';
import { createIndicatorRow } from '../indicators/testing';

/** Test factories for the improvement records of this feature (goals come from feat/improve's API in main). */
export async function createGoalRow(
  db: Database,
  team: { id: string; organisationId: string },
  values: Partial<typeof schema.goals.$inferInsert> = {},
) {
  const indicatorId = values.indicatorId ?? (await createIndicatorRow(db, team.organisationId)).id;
  const [goal] = await db
    .insert(schema.goals)
    .values({
      organisationId: team.organisationId,
      teamId: team.id,
      indicatorId,
      title: 'Minder complicaties',
      direction: 'decrease',
      status: 'active',
      ...values,
    })
    .returning();
  return goal!;
}

export async function createCycleRow(
  db: Database,
  goal: { id: string; teamId: string },
  values: Partial<typeof schema.pdsaCycles.$inferInsert> = {},
) {
  const [row] = await db
    .insert(schema.pdsaCycles)
    .values({
      teamId: goal.teamId,
      goalId: goal.id,
      title: 'Checklist bij ontslag',
      startDate: '2026-02-02',
      ...values,
    })
    .returning();
  return row!;
}

import { and, eq, isNull } from 'drizzle-orm';
import { schema, type Database } from '@leerlus/db';

/** Test helper: the id of a built-in instrument by key (the app seeds them on ready). */
export async function builtInInstrumentId(db: Database, key: string): Promise<string> {
  const [row] = await db
    .select({ id: schema.maturityInstruments.id })
    .from(schema.maturityInstruments)
    .where(and(eq(schema.maturityInstruments.key, key), isNull(schema.maturityInstruments.organisationId), isNull(schema.maturityInstruments.networkId)));
  if (!row) throw new Error(`built-in instrument ${key} missing`);
  return row.id;
}

/** Test helper: a measurement of the team straight in the database (version 1 of the instrument). */
export async function createAssessmentRow(
  db: Database,
  team: { id: string; organisationId: string },
  instrumentId: string,
  values: Partial<typeof schema.maturityAssessments.$inferInsert> = {},
) {
  const [row] = await db
    .insert(schema.maturityAssessments)
    .values({ organisationId: team.organisationId, teamId: team.id, instrumentId, instrumentVersion: 1, kind: 'baseline', mode: 'individual', measuredOn: '2026-01-15', ...values })
    .returning();
  return row!;
}

/** Test helper: a session answer straight in the database. */
export async function answerAsSession(c: { t: { db: Database } }, assessmentId: string, itemId: string, value: number) {
  await c.t.db.insert(schema.maturityAnswers).values({ assessmentId, itemId, version: 1, value, respondentId: null });
}

import { asc, eq } from 'drizzle-orm';
import { schema, type Executor } from '@leerlus/db';
import type { CaseMixType } from '@leerlus/domain/indicators/case-mix';

const { outcomeSetCaseMix, outcomeSetIndicators, teamIndicators } = schema;

/**
 * The case-mix variables of the outcome sets that contain an indicator the team tracks, once per
 * code: the dashboard's filter fields besides age and sex.
 */
export async function teamCaseMixFields(
  db: Executor,
  teamId: string,
): Promise<{ code: string; label: string; type: CaseMixType }[]> {
  const rows = await db
    .selectDistinctOn([outcomeSetCaseMix.code], {
      code: outcomeSetCaseMix.code,
      label: outcomeSetCaseMix.label,
      type: outcomeSetCaseMix.type,
    })
    .from(outcomeSetCaseMix)
    .innerJoin(outcomeSetIndicators, eq(outcomeSetIndicators.outcomeSetId, outcomeSetCaseMix.outcomeSetId))
    .innerJoin(teamIndicators, eq(teamIndicators.indicatorId, outcomeSetIndicators.indicatorId))
    .where(eq(teamIndicators.teamId, teamId))
    .orderBy(asc(outcomeSetCaseMix.code), asc(outcomeSetCaseMix.position));
  return rows;
}

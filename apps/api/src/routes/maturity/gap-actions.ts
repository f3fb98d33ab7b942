import { and, eq, isNull, or } from 'drizzle-orm';
import { schema, type Executor } from '@leerlus/db';
import { AppError, conflict } from '../../http/errors';
import type { Team } from '../../access/team-scope';
import type { AssessmentRow } from './assessment-queries';

const { maturityGapActions: links } = schema;

/** The actions made from the assessment's gaps, by item. */
export async function gapActionIds(db: Executor, assessmentId: string): Promise<Map<string, string>> {
  const rows = await db.select({ itemId: links.itemId, actionId: links.actionId }).from(links).where(eq(links.assessmentId, assessmentId));
  return new Map(rows.map((r) => [r.itemId, r.actionId]));
}

async function assertTeamMember(db: Executor, team: Team, userId: string): Promise<void> {
  const rows = await db
    .select({ id: schema.memberships.id })
    .from(schema.memberships)
    .where(and(eq(schema.memberships.userId, userId), eq(schema.memberships.organisationId, team.organisationId), or(eq(schema.memberships.teamId, team.id), isNull(schema.memberships.teamId))));
  if (rows.length === 0) throw new AppError('VALIDATION_FAILED', 'The request is not valid', [{ path: 'body.ownerId', message: 'The owner must be a member of the team' }]);
}

export interface GapActionInput {
  itemId: string;
  title: string;
  description: string;
  ownerId: string | null;
  dueDate: string | null;
  /** Where the action links back to (the results page, at the item). */
  resultsPath: string;
}

/**
 * Turns a gap into an action on the team's improvement board (origin maturity-gap, origin id = the
 * assessment, a link back to the item), once per assessment and item.
 */
export async function createGapAction(tx: Executor, team: Team, assessment: AssessmentRow, userId: string, input: GapActionInput): Promise<string> {
  const [existing] = await tx.select().from(links).where(and(eq(links.assessmentId, assessment.id), eq(links.itemId, input.itemId)));
  if (existing) throw conflict('This gap already has an action', { actionId: existing.actionId });
  if (input.ownerId) await assertTeamMember(tx, team, input.ownerId);
  const [action] = await tx
    .insert(schema.actions)
    .values({
      teamId: team.id,
      title: input.title,
      description: input.description,
      ownerId: input.ownerId,
      dueDate: input.dueDate,
      originKind: 'maturity-gap',
      originId: assessment.id,
      links: [{ kind: 'url', url: input.resultsPath, label: input.itemId }],
      createdBy: userId,
    })
    .returning({ id: schema.actions.id });
  await tx.insert(links).values({ assessmentId: assessment.id, itemId: input.itemId, actionId: action!.id });
  return action!.id;
}

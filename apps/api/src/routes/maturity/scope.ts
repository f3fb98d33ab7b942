import type { Action } from '@leerlus/domain';
import { can } from '@leerlus/domain';
import type { Database } from '@leerlus/db';
import { teamScope, type Team } from '../../access/team-scope';
import { conflict } from '../../http/errors';
import type { AuthContext } from '../../http/types';
import { assessmentOf, type AssessmentRow } from './assessment-queries';

/** The team (authorised for the action) and one of its assessments; another team's assessment is 404. */
export async function assessmentScope(db: Database, auth: AuthContext | null, teamId: string, assessmentId: string, action: Action): Promise<{ team: Team; assessment: AssessmentRow; auth: AuthContext }> {
  const team = await teamScope(db, auth, teamId, action);
  const assessment = await assessmentOf(db, team.id, assessmentId);
  return { team, assessment, auth: auth! };
}

/** May the actor perform the action on the team? (for flags in responses) */
export const may = (auth: AuthContext, team: Team, action: Action) => can(auth, action, { kind: 'team', organisationId: team.organisationId, teamId: team.id });

/** A locked assessment is final: no answers, corrections or changes. */
export function assertNotLocked(assessment: AssessmentRow): void {
  if (assessment.status === 'locked') throw conflict('This measurement is locked');
}

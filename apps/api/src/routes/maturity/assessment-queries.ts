import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Assessment } from '@leerlus/contracts/maturity';
import { schema, type Executor } from '@leerlus/db';
import { currentAnswers, scoreMeasurement, type AnswerVersion, type InstrumentDefinition, type MeasurementScore } from '@leerlus/domain/maturity/index';
import { notFound } from '../../http/errors';

const { maturityAssessments: assessments, maturityInstrumentVersions: versions, maturityInstruments: instruments, maturityAnswers: answers, maturityRespondents: respondents, users } = schema;

export type AssessmentRow = typeof assessments.$inferSelect & { instrumentKey: string; definition: InstrumentDefinition };

const assessmentColumns = { a: assessments, instrumentKey: instruments.key, definition: versions.definition };

function baseQuery(db: Executor) {
  return db
    .select(assessmentColumns)
    .from(assessments)
    .innerJoin(instruments, eq(instruments.id, assessments.instrumentId))
    .innerJoin(versions, and(eq(versions.instrumentId, assessments.instrumentId), eq(versions.version, assessments.instrumentVersion)));
}

const flatten = (r: { a: typeof assessments.$inferSelect; instrumentKey: string; definition: InstrumentDefinition }): AssessmentRow => ({ ...r.a, instrumentKey: r.instrumentKey, definition: r.definition });

/** An assessment of the team (with its instrument version's definition); 404 for anything else. */
export async function assessmentOf(db: Executor, teamId: string, assessmentId: string): Promise<AssessmentRow> {
  const [row] = await baseQuery(db).where(and(eq(assessments.id, assessmentId), eq(assessments.teamId, teamId)));
  if (!row) throw notFound('Assessment');
  return flatten(row);
}

/** The team's assessments, newest measurement first; optionally of one instrument or only finished ones. */
export async function teamAssessments(db: Executor, teamId: string, options: { instrumentId?: string; finishedOnly?: boolean } = {}): Promise<AssessmentRow[]> {
  const rows = await baseQuery(db)
    .where(
      and(
        eq(assessments.teamId, teamId),
        options.instrumentId ? eq(assessments.instrumentId, options.instrumentId) : undefined,
        options.finishedOnly ? inArray(assessments.status, ['submitted', 'locked']) : undefined,
      ),
    )
    .orderBy(desc(assessments.measuredOn), desc(assessments.createdAt));
  return rows.map(flatten);
}

export type StoredAnswer = typeof answers.$inferSelect & { answeredByName: string | null };

/** Every answer version of the assessments (history included), oldest first. */
export async function answerVersions(db: Executor, assessmentIds: readonly string[]): Promise<StoredAnswer[]> {
  if (assessmentIds.length === 0) return [];
  const rows = await db
    .select({ answer: answers, answeredByName: users.name })
    .from(answers)
    .leftJoin(users, eq(users.id, answers.answeredBy))
    .where(inArray(answers.assessmentId, [...assessmentIds]))
    .orderBy(asc(answers.answeredAt), asc(answers.version));
  return rows.map((r) => ({ ...r.answer, answeredByName: r.answeredByName }));
}

/** The domain's view of a stored answer: the session's answers have the respondent "session". */
export const toAnswerVersion = (a: StoredAnswer): AnswerVersion & { stored: StoredAnswer } => ({
  respondentId: a.respondentId ?? 'session',
  itemId: a.itemId,
  version: a.version,
  value: a.isNotApplicable ? 'na' : a.value!,
  stored: a,
});

/** Scores an assessment from its current answers (items the version does not know are ignored). */
export function scoreOf(definition: InstrumentDefinition, stored: readonly StoredAnswer[]): { score: MeasurementScore; current: ReturnType<typeof toAnswerVersion>[] } {
  const current = currentAnswers(stored.map(toAnswerVersion));
  return { score: scoreMeasurement(definition, current), current };
}

/** Individual respondents who submitted, per assessment. */
export async function submittedRespondents(db: Executor, assessmentIds: readonly string[]): Promise<{ assessmentId: string; userId: string }[]> {
  if (assessmentIds.length === 0) return [];
  return db.select({ assessmentId: respondents.assessmentId, userId: respondents.userId }).from(respondents).where(inArray(respondents.assessmentId, [...assessmentIds]));
}

/** Presents assessments with their respondent counts and overall score (one query for all answers). */
export async function presentAssessments(db: Executor, rows: readonly AssessmentRow[]): Promise<Assessment[]> {
  const ids = rows.map((r) => r.id);
  const [stored, submitted] = await Promise.all([answerVersions(db, ids), submittedRespondents(db, ids)]);
  return rows.map((row) => {
    const own = stored.filter((s) => s.assessmentId === row.id);
    const { score } = scoreOf(row.definition, own);
    return {
      id: row.id,
      teamId: row.teamId,
      instrumentId: row.instrumentId,
      instrumentKey: row.instrumentKey,
      instrumentVersion: row.instrumentVersion,
      instrumentTitle: row.definition.title,
      kind: row.kind,
      mode: row.mode,
      status: row.status,
      title: row.title,
      measuredOn: row.measuredOn,
      nextDueOn: row.nextDueOn,
      createdAt: row.createdAt.toISOString(),
      submittedAt: row.submittedAt?.toISOString() ?? null,
      lockedAt: row.lockedAt?.toISOString() ?? null,
      respondents: new Set(own.filter((s) => s.respondentId !== null).map((s) => s.respondentId)).size,
      submittedRespondents: submitted.filter((s) => s.assessmentId === row.id).length,
      overallPercent: score.overall.percent,
    };
  });
}

/** Does the team already have a measurement with this instrument? (first one = baseline) */
export async function hasEarlierAssessment(db: Executor, teamId: string, instrumentId: string): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(assessments)
    .where(and(eq(assessments.teamId, teamId), eq(assessments.instrumentId, instrumentId)));
  return (row?.n ?? 0) > 0;
}

/** Has the user submitted their individual answers to the assessment? */
export async function isSubmittedBy(db: Executor, assessmentId: string, userId: string): Promise<boolean> {
  const rows = await db
    .select({ userId: respondents.userId })
    .from(respondents)
    .where(and(eq(respondents.assessmentId, assessmentId), eq(respondents.userId, userId)));
  return rows.length > 0;
}

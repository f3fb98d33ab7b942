import { and, eq } from 'drizzle-orm';
import type { Answer, SaveAnswersRequest } from '@leerlus/contracts/maturity';
import { schema, type Executor } from '@leerlus/db';
import { answerIssue, currentAnswers, nextAnswerVersion } from '@leerlus/domain/maturity/index';
import { AppError } from '../../http/errors';
import { answerVersions, toAnswerVersion, type AssessmentRow, type StoredAnswer } from './assessment-queries';

type AnswerInput = Required<SaveAnswersRequest['answers'][number]>;

const ISSUE_MESSAGES = {
  'unknown-item': 'This item is not part of the instrument',
  'not-on-scale': 'This value is not on the answer scale',
  'not-applicable-not-allowed': 'This instrument has no "not applicable" answer',
} as const;

/** The respondent whose answers are read and written: the caller (individual) or the team (session, null). */
export const respondentOf = (assessment: AssessmentRow, userId: string): string | null => (assessment.mode === 'session' ? null : userId);

export function presentAnswer(a: StoredAnswer): Answer {
  return {
    itemId: a.itemId,
    value: a.isNotApplicable ? 'na' : a.value!,
    evidence: a.evidence,
    comment: a.comment,
    version: a.version,
    answeredAt: a.answeredAt.toISOString(),
    answeredBy: a.answeredByName,
  };
}

/** The respondent's current answers (highest version per item). */
export async function currentAnswersOf(db: Executor, assessmentId: string, respondentId: string | null): Promise<StoredAnswer[]> {
  const stored = (await answerVersions(db, [assessmentId])).filter((a) => a.respondentId === respondentId);
  return currentAnswers(stored.map(toAnswerVersion)).map((a) => a.stored);
}

/**
 * Appends the answers as new versions (never overwriting): an answer equal to the respondent's current
 * one (value, evidence and comment) is skipped. Every answer is checked against the assessment's
 * instrument version first; any problem rejects the whole request with the path of each.
 */
export async function saveAnswers(tx: Executor, assessment: AssessmentRow, respondentId: string | null, userId: string, inputs: readonly AnswerInput[]): Promise<number> {
  const problems: { path: string; message: string }[] = inputs.flatMap((a, i) => {
    const issue = answerIssue(assessment.definition, a.itemId, a.value);
    return issue ? [{ path: `body.answers.${i}.${issue === 'unknown-item' ? 'itemId' : 'value'}`, message: ISSUE_MESSAGES[issue] }] : [];
  });
  const seen = new Set<string>();
  inputs.forEach((a, i) => {
    if (seen.has(a.itemId)) problems.push({ path: `body.answers.${i}.itemId`, message: 'This item is answered twice in the request' });
    seen.add(a.itemId);
  });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', 'The request is not valid', problems);

  // Serialise writers of this assessment so that versions are assigned without gaps or clashes.
  await tx.select({ id: schema.maturityAssessments.id }).from(schema.maturityAssessments).where(eq(schema.maturityAssessments.id, assessment.id)).for('update');
  const stored = await tx
    .select()
    .from(schema.maturityAnswers)
    .where(and(eq(schema.maturityAnswers.assessmentId, assessment.id)));
  const mine = stored.filter((s) => s.respondentId === respondentId);
  const history = mine.map((s) => ({ ...toAnswerVersion({ ...s, answeredByName: null }) }));
  const current = new Map(currentAnswers(history).map((a) => [a.itemId, a.stored]));
  const rows = inputs.flatMap((a) => {
    const now = current.get(a.itemId);
    const value = a.value === 'na' ? null : a.value;
    if (now && now.value === value && now.evidence === a.evidence && now.comment === a.comment) return [];
    return [
      {
        assessmentId: assessment.id,
        respondentId,
        itemId: a.itemId,
        version: nextAnswerVersion(history, respondentId ?? 'session', a.itemId),
        value,
        isNotApplicable: value === null,
        evidence: a.evidence,
        comment: a.comment,
        answeredBy: userId,
      },
    ];
  });
  if (rows.length > 0) await tx.insert(schema.maturityAnswers).values(rows);
  return rows.length;
}

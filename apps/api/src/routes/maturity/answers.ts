import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { answerHistorySchema, assessmentDetailSchema, assessmentParamsSchema, saveAnswersRequestSchema } from '@leerlus/contracts/maturity';
import { schema } from '@leerlus/db';
import { audit } from '../../audit/record';
import { conflict, forbidden } from '../../http/errors';
import { currentAnswersOf, presentAnswer, respondentOf, saveAnswers } from './answer-commands';
import { answerVersions, isSubmittedBy, presentAssessments } from './assessment-queries';
import { assertNotLocked, assessmentScope, may } from './scope';

const ANSWER = { action: 'maturity.answer.save', resourceType: 'maturity-assessment' } as const;
const RESPONDENT_SUBMIT = { action: 'maturity.respondent.submit', resourceType: 'maturity-assessment' } as const;

/** Answering: save (draft) answers as new versions, submit one's individual answers, read the history. */
export const answerRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.put(
    '/api/v1/teams/:teamId/maturity/assessments/:assessmentId/answers',
    {
      config: { audit: ANSWER },
      schema: {
        tags: ['maturity'],
        summary: 'Save answers (individual: the caller’s; session: the team’s). Each change is a new version; nothing is overwritten',
        params: assessmentParamsSchema,
        body: saveAnswersRequestSchema,
        response: { 200: assessmentDetailSchema },
      },
    },
    async (request) => {
      const { team, assessment, auth } = await assessmentScope(db, request.auth, request.params.teamId, request.params.assessmentId, 'maturity:answer');
      assertNotLocked(assessment);
      const canManage = may(auth, team, 'maturity:manage');
      // After submission only leads and advisors correct answers (as new versions) until the measurement is locked.
      if (assessment.status === 'submitted' && !canManage) throw forbidden('This measurement has been submitted; ask the team lead to correct an answer');
      const respondentId = respondentOf(assessment, auth.userId);
      const answers = request.body.answers.map((a) => ({ ...a, evidence: a.evidence ?? '', comment: a.comment ?? '' }));
      await db.transaction(async (tx) => {
        const saved = await saveAnswers(tx, assessment, respondentId, auth.userId, answers);
        await audit(request, tx, { ...ANSWER, resourceId: assessment.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { mode: assessment.mode, saved, correction: assessment.status !== 'draft' } });
      });
      const current = await currentAnswersOf(db, assessment.id, respondentId);
      return {
        assessment: (await presentAssessments(db, [assessment]))[0]!,
        definition: assessment.definition,
        answers: current.map(presentAnswer),
        isSubmittedByMe: await isSubmittedBy(db, assessment.id, auth.userId),
        canAnswer: true,
        canManage,
      };
    },
  );

  app.post(
    '/api/v1/teams/:teamId/maturity/assessments/:assessmentId/respondents/me/submit',
    { config: { audit: RESPONDENT_SUBMIT }, schema: { tags: ['maturity'], summary: 'Submit one’s individual answers', params: assessmentParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const { team, assessment, auth } = await assessmentScope(db, request.auth, request.params.teamId, request.params.assessmentId, 'maturity:answer');
      if (assessment.mode !== 'individual') throw conflict('A session is submitted as a whole');
      assertNotLocked(assessment);
      await db.transaction(async (tx) => {
        await tx.insert(schema.maturityRespondents).values({ assessmentId: assessment.id, userId: auth.userId }).onConflictDoNothing();
        await audit(request, tx, { ...RESPONDENT_SUBMIT, resourceId: assessment.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success' });
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/teams/:teamId/maturity/assessments/:assessmentId/answers/history',
    { schema: { tags: ['maturity'], summary: 'Every answer version: who answered what and when', params: assessmentParamsSchema, response: { 200: answerHistorySchema } } },
    async (request) => {
      const { assessment } = await assessmentScope(db, request.auth, request.params.teamId, request.params.assessmentId, 'maturity:read');
      const versions = await answerVersions(db, [assessment.id]);
      return { versions: versions.map((v) => ({ ...presentAnswer(v), respondent: v.respondentId === null ? null : v.answeredByName })) };
    },
  );
};

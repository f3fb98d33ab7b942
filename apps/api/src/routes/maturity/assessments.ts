import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { teamParamsSchema } from '@leerlus/contracts';
import {
  assessmentDetailSchema,
  assessmentListQuerySchema,
  assessmentListSchema,
  assessmentParamsSchema,
  assessmentSchema,
  createAssessmentRequestSchema,
  updateAssessmentRequestSchema,
} from '@leerlus/contracts/maturity';
import { schema } from '@leerlus/db';
import { nextMeasurementDate } from '@leerlus/domain/maturity/index';
import { teamScope } from '../../access/team-scope';
import { audit } from '../../audit/record';
import { conflict } from '../../http/errors';
import { currentAnswersOf, presentAnswer, respondentOf } from './answer-commands';
import { assessmentOf, hasEarlierAssessment, isSubmittedBy, presentAssessments, teamAssessments } from './assessment-queries';
import { instrumentOf } from './instrument-queries';
import { assertNotLocked, assessmentScope, may } from './scope';

const CREATE = { action: 'maturity.assessment.create', resourceType: 'maturity-assessment' } as const;
const UPDATE = { action: 'maturity.assessment.update', resourceType: 'maturity-assessment' } as const;
const DELETE = { action: 'maturity.assessment.delete', resourceType: 'maturity-assessment' } as const;
const SUBMIT = { action: 'maturity.assessment.submit', resourceType: 'maturity-assessment' } as const;
const LOCK = { action: 'maturity.assessment.lock', resourceType: 'maturity-assessment' } as const;

const today = () => new Date().toISOString().slice(0, 10);

/** Assessments of a team: list, start (baseline / re-measurement), read, change, delete a draft, submit, lock. */
export const assessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const presentOne = async (id: string, teamId: string) => (await presentAssessments(db, [await assessmentOf(db, teamId, id)]))[0]!;

  app.get(
    '/api/v1/teams/:teamId/maturity/assessments',
    { schema: { tags: ['maturity'], summary: "The team's measurements, newest first", params: teamParamsSchema, querystring: assessmentListQuerySchema, response: { 200: assessmentListSchema } } },
    async (request) => {
      const team = await teamScope(db, request.auth, request.params.teamId, 'maturity:read');
      return { assessments: await presentAssessments(db, await teamAssessments(db, team.id, { instrumentId: request.query.instrumentId })) };
    },
  );

  app.post(
    '/api/v1/teams/:teamId/maturity/assessments',
    {
      config: { audit: CREATE },
      schema: { tags: ['maturity'], summary: 'Start a measurement (baseline or re-measurement), answered individually or in a session', params: teamParamsSchema, body: createAssessmentRequestSchema, response: { 201: assessmentSchema } },
    },
    async (request, reply) => {
      const team = await teamScope(db, request.auth, request.params.teamId, 'maturity:manage');
      const body = request.body;
      const id = await db.transaction(async (tx) => {
        const instrument = await instrumentOf(tx, team.organisationId, body.instrumentId);
        const measuredOn = body.measuredOn ?? today();
        const kind = body.kind ?? ((await hasEarlierAssessment(tx, team.id, instrument.id)) ? 'remeasurement' : 'baseline');
        const nextDueOn = body.nextDueOn === undefined ? nextMeasurementDate(measuredOn, instrument.definition.recurrenceMonths) : body.nextDueOn;
        const [row] = await tx
          .insert(schema.maturityAssessments)
          .values({ organisationId: team.organisationId, teamId: team.id, instrumentId: instrument.id, instrumentVersion: instrument.version, kind, mode: body.mode, title: body.title, measuredOn, nextDueOn, createdBy: request.auth!.userId })
          .returning({ id: schema.maturityAssessments.id });
        await audit(request, tx, { ...CREATE, resourceId: row!.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { instrument: instrument.key, version: instrument.version, kind, mode: body.mode } });
        return row!.id;
      });
      return reply.status(201).send(await presentOne(id, team.id));
    },
  );

  app.get(
    '/api/v1/teams/:teamId/maturity/assessments/:assessmentId',
    { schema: { tags: ['maturity'], summary: 'A measurement with its instrument and the caller’s current answers (session: the team’s)', params: assessmentParamsSchema, response: { 200: assessmentDetailSchema } } },
    async (request) => {
      const { team, assessment, auth } = await assessmentScope(db, request.auth, request.params.teamId, request.params.assessmentId, 'maturity:read');
      const answers = await currentAnswersOf(db, assessment.id, respondentOf(assessment, auth.userId));
      const canManage = may(auth, team, 'maturity:manage');
      const canAnswer = assessment.status === 'draft' ? may(auth, team, 'maturity:answer') : assessment.status === 'submitted' && canManage;
      return {
        assessment: (await presentAssessments(db, [assessment]))[0]!,
        definition: assessment.definition,
        answers: answers.map(presentAnswer),
        isSubmittedByMe: await isSubmittedBy(db, assessment.id, auth.userId),
        canAnswer,
        canManage,
      };
    },
  );

  app.patch(
    '/api/v1/teams/:teamId/maturity/assessments/:assessmentId',
    { config: { audit: UPDATE }, schema: { tags: ['maturity'], summary: 'Change the title, date or next re-measurement date', params: assessmentParamsSchema, body: updateAssessmentRequestSchema, response: { 200: assessmentSchema } } },
    async (request) => {
      const { team, assessment } = await assessmentScope(db, request.auth, request.params.teamId, request.params.assessmentId, 'maturity:manage');
      assertNotLocked(assessment);
      await db.transaction(async (tx) => {
        await tx.update(schema.maturityAssessments).set(request.body).where(eq(schema.maturityAssessments.id, assessment.id));
        await audit(request, tx, { ...UPDATE, resourceId: assessment.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { fields: Object.keys(request.body).join(',') } });
      });
      return presentOne(assessment.id, team.id);
    },
  );

  app.delete(
    '/api/v1/teams/:teamId/maturity/assessments/:assessmentId',
    { config: { audit: DELETE }, schema: { tags: ['maturity'], summary: 'Delete a draft measurement (submitted ones are history and stay)', params: assessmentParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const { team, assessment } = await assessmentScope(db, request.auth, request.params.teamId, request.params.assessmentId, 'maturity:manage');
      if (assessment.status !== 'draft') throw conflict('Only a draft measurement can be deleted');
      await db.transaction(async (tx) => {
        await tx.delete(schema.maturityAssessments).where(eq(schema.maturityAssessments.id, assessment.id));
        await audit(request, tx, { ...DELETE, resourceId: assessment.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { instrument: assessment.instrumentKey } });
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/teams/:teamId/maturity/assessments/:assessmentId/submit',
    { config: { audit: SUBMIT }, schema: { tags: ['maturity'], summary: 'Close the measurement: it counts in results and trends; corrections stay possible until it is locked', params: assessmentParamsSchema, response: { 200: assessmentSchema } } },
    async (request) => {
      const { team, assessment, auth } = await assessmentScope(db, request.auth, request.params.teamId, request.params.assessmentId, 'maturity:manage');
      if (assessment.status !== 'draft') throw conflict('This measurement has already been submitted');
      await db.transaction(async (tx) => {
        await tx.update(schema.maturityAssessments).set({ status: 'submitted', submittedAt: new Date(), submittedBy: auth.userId }).where(eq(schema.maturityAssessments.id, assessment.id));
        await audit(request, tx, { ...SUBMIT, resourceId: assessment.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success' });
      });
      return presentOne(assessment.id, team.id);
    },
  );

  app.post(
    '/api/v1/teams/:teamId/maturity/assessments/:assessmentId/lock',
    { config: { audit: LOCK }, schema: { tags: ['maturity'], summary: 'Lock a submitted measurement: final, no more corrections', params: assessmentParamsSchema, response: { 200: assessmentSchema } } },
    async (request) => {
      const { team, assessment, auth } = await assessmentScope(db, request.auth, request.params.teamId, request.params.assessmentId, 'maturity:manage');
      if (assessment.status !== 'submitted') throw conflict(assessment.status === 'locked' ? 'This measurement is locked' : 'Submit the measurement before locking it');
      await db.transaction(async (tx) => {
        await tx.update(schema.maturityAssessments).set({ status: 'locked', lockedAt: new Date(), lockedBy: auth.userId }).where(eq(schema.maturityAssessments.id, assessment.id));
        await audit(request, tx, { ...LOCK, resourceId: assessment.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success' });
      });
      return presentOne(assessment.id, team.id);
    },
  );
};

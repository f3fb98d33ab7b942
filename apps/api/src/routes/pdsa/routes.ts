import { eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { teamParamsSchema } from '@leerlus/contracts';
import {
  chartAnnotationsQuerySchema,
  chartAnnotationsSchema,
  createPdsaRequestSchema,
  decideRebaseRequestSchema,
  pdsaListSchema,
  pdsaParamsSchema,
  pdsaQuerySchema,
  pdsaSchema,
  proposeRebaseRequestSchema,
  updatePdsaRequestSchema,
} from '@leerlus/contracts/cycles';
import { schema } from '@leerlus/db';
import { canDecideRebase, canProposeRebase, defaultRebaseFrom, wouldLoop } from '@leerlus/domain/cycles/pdsa';
import { teamScope } from '../../access/team-scope';
import { auditDenied } from '../../audit/denied';
import { audit } from '../../audit/record';
import { conflict, notFound } from '../../http/errors';
import { chartAnnotations, cycleOfTeam, listCycles, presentCycle } from './queries';
import { assertTeamPeople, definedOnly, goalOfTeam, invalidField } from './records';

const { pdsaCycles } = schema;
const CREATE = { action: 'pdsa.create', resourceType: 'pdsa-cycle' } as const;
const UPDATE = { action: 'pdsa.update', resourceType: 'pdsa-cycle' } as const;
const PROPOSE = { action: 'pdsa.rebase.propose', resourceType: 'pdsa-cycle' } as const;
const DECIDE = { action: 'pdsa.rebase.decide', resourceType: 'pdsa-cycle' } as const;

/**
 * PDSA cycles on a team's goals (issue 6): plan, do, study, act; chained into ramps (parent cycle);
 * each cycle an annotation on the goal's chart; "adopt" may propose a new phase, which a team lead or
 * advisor confirms or rejects with a reason (audited). Members write cycles; viewers read.
 */
export const pdsaRoutes: FastifyPluginAsyncZod = async (app) => {
  auditDenied(app);

  app.get(
    '/api/v1/teams/:teamId/pdsa',
    {
      schema: {
        tags: ['pdsa'],
        summary: "The team's PDSA cycles",
        params: teamParamsSchema,
        querystring: pdsaQuerySchema,
        response: { 200: pdsaListSchema },
      },
    },
    async (request) => {
      const team = await teamScope(app.deps.db, request.auth, request.params.teamId, 'improvement:read');
      return { cycles: await listCycles(app.deps.db, team, request.query) };
    },
  );

  app.get(
    '/api/v1/teams/:teamId/pdsa/:cycleId',
    {
      schema: {
        tags: ['pdsa'],
        summary: 'One PDSA cycle',
        params: pdsaParamsSchema,
        response: { 200: pdsaSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:read');
      return presentCycle(db, team, await cycleOfTeam(db, team, request.params.cycleId));
    },
  );

  app.post(
    '/api/v1/teams/:teamId/pdsa',
    {
      config: { audit: CREATE },
      schema: {
        tags: ['pdsa'],
        summary: 'Plan a PDSA cycle on a goal',
        params: teamParamsSchema,
        body: createPdsaRequestSchema,
        response: { 201: pdsaSchema },
      },
    },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:contribute');
      const body = request.body;
      const created = await db.transaction(async (tx) => {
        await goalOfTeam(tx, team, body.goalId);
        await assertTeamPeople(tx, team, { ownerId: body.ownerId });
        if (body.parentId) {
          const parent = await cycleOfTeam(tx, team, body.parentId).catch(() => {
            throw invalidField('parentId', 'must be a cycle of the team');
          });
          if (parent.goalId !== body.goalId)
            throw invalidField('parentId', 'must be a cycle on the same goal');
        }
        const [row] = await tx
          .insert(pdsaCycles)
          .values({
            ...definedOnly(body),
            goalId: body.goalId,
            title: body.title,
            startDate: body.startDate,
            teamId: team.id,
            createdBy: request.auth?.userId ?? null,
          })
          .returning();
        await audit(request, tx, {
          ...CREATE,
          resourceId: row!.id,
          organisationId: team.organisationId,
          teamId: team.id,
          outcome: 'success',
          details: { goalId: body.goalId },
        });
        return presentCycle(tx, team, row!);
      });
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/v1/teams/:teamId/pdsa/:cycleId',
    {
      config: { audit: UPDATE },
      schema: {
        tags: ['pdsa'],
        summary: 'Record plan, do, study or act of a cycle',
        params: pdsaParamsSchema,
        body: updatePdsaRequestSchema,
        response: { 200: pdsaSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:contribute');
      return db.transaction(async (tx) => {
        const row = await cycleOfTeam(tx, team, request.params.cycleId);
        const body = request.body;
        await assertTeamPeople(tx, team, { ownerId: body.ownerId });
        const startDate = body.startDate ?? row.startDate;
        const endDate = body.endDate === undefined ? row.endDate : body.endDate;
        if (endDate && endDate < startDate) throw invalidField('endDate', 'must not be before startDate');
        if (body.parentId) {
          const siblings = await tx
            .select({ id: pdsaCycles.id, parentId: pdsaCycles.parentId, goalId: pdsaCycles.goalId })
            .from(pdsaCycles)
            .where(eq(pdsaCycles.goalId, row.goalId));
          if (!siblings.some((c) => c.id === body.parentId))
            throw invalidField('parentId', 'must be a cycle on the same goal');
          if (wouldLoop(siblings, row.id, body.parentId))
            throw invalidField('parentId', 'would make the ramp a loop');
        }
        // A changed Act step withdraws an open rebase proposal that no longer follows from "adopt".
        const withdraw =
          body.actOutcome !== undefined && body.actOutcome !== 'adopt' && row.rebaseStatus === 'proposed';
        const [updated] = await tx
          .update(pdsaCycles)
          .set({
            ...definedOnly(body),
            ...(withdraw ? { rebaseStatus: 'none' as const, rebaseFrom: null } : {}),
            updatedAt: sql`now()`,
          })
          .where(eq(pdsaCycles.id, row.id))
          .returning();
        await audit(request, tx, {
          ...UPDATE,
          resourceId: row.id,
          organisationId: team.organisationId,
          teamId: team.id,
          outcome: 'success',
          details: { fields: Object.keys(definedOnly(body)).join(',') },
        });
        return presentCycle(tx, team, updated!);
      });
    },
  );

  app.post(
    '/api/v1/teams/:teamId/pdsa/:cycleId/rebase',
    {
      config: { audit: PROPOSE },
      schema: {
        tags: ['pdsa'],
        summary: 'Propose a new phase of the goal chart after "adopt"',
        params: pdsaParamsSchema,
        body: proposeRebaseRequestSchema,
        response: { 200: pdsaSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:contribute');
      return db.transaction(async (tx) => {
        const row = await cycleOfTeam(tx, team, request.params.cycleId);
        const check = canProposeRebase(row);
        if (!check.ok)
          throw conflict(
            check.code === 'NOT_ADOPTED'
              ? 'Only a cycle whose Act step adopted the change can propose a new phase'
              : 'A new phase is already proposed or confirmed',
            { reason: check.code },
          );
        const from = request.body.from ?? defaultRebaseFrom(row);
        const [updated] = await tx
          .update(pdsaCycles)
          .set({
            rebaseStatus: 'proposed',
            rebaseFrom: from,
            rebaseReason: '',
            rebaseDecidedBy: null,
            rebaseDecidedAt: null,
            updatedAt: sql`now()`,
          })
          .where(eq(pdsaCycles.id, row.id))
          .returning();
        await audit(request, tx, {
          ...PROPOSE,
          resourceId: row.id,
          organisationId: team.organisationId,
          teamId: team.id,
          outcome: 'success',
          details: { from },
        });
        return presentCycle(tx, team, updated!);
      });
    },
  );

  app.post(
    '/api/v1/teams/:teamId/pdsa/:cycleId/rebase/decision',
    {
      config: { audit: DECIDE },
      schema: {
        tags: ['pdsa'],
        summary: 'Confirm or reject the proposed phase, with a reason',
        params: pdsaParamsSchema,
        body: decideRebaseRequestSchema,
        response: { 200: pdsaSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:manage');
      return db.transaction(async (tx) => {
        const row = await cycleOfTeam(tx, team, request.params.cycleId);
        const { decision, reason, from } = request.body;
        const check = canDecideRebase(row, reason);
        if (!check.ok) throw conflict('No new phase is proposed for this cycle', { reason: check.code });
        const [updated] = await tx
          .update(pdsaCycles)
          .set({
            rebaseStatus: decision === 'confirm' ? 'confirmed' : 'rejected',
            rebaseFrom: from ?? row.rebaseFrom,
            rebaseReason: reason,
            rebaseDecidedBy: request.auth?.userId ?? null,
            rebaseDecidedAt: sql`now()`,
            updatedAt: sql`now()`,
          })
          .where(eq(pdsaCycles.id, row.id))
          .returning();
        await audit(request, tx, {
          ...DECIDE,
          resourceId: row.id,
          organisationId: team.organisationId,
          teamId: team.id,
          outcome: 'success',
          details: { decision, from: updated!.rebaseFrom, reason },
        });
        return presentCycle(tx, team, updated!);
      });
    },
  );

  app.get(
    '/api/v1/teams/:teamId/chart-annotations',
    {
      schema: {
        tags: ['pdsa'],
        summary:
          "Chart annotations of a goal's (or an indicator's goals') PDSA cycles and the confirmed phase starts",
        params: teamParamsSchema,
        querystring: chartAnnotationsQuerySchema,
        response: { 200: chartAnnotationsSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:read');
      const { goalId, indicatorId } = request.query;
      if (goalId) {
        await goalOfTeam(db, team, goalId);
        return chartAnnotations(db, team, { goalId });
      }
      if (!indicatorId) throw notFound('Goal');
      return chartAnnotations(db, team, { indicatorId });
    },
  );
};

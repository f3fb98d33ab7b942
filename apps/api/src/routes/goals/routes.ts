import { and, asc, desc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { teamParamsSchema } from '@leerlus/contracts';
import {
  createGoalRequestSchema,
  createStatusUpdateRequestSchema,
  goalListSchema,
  goalPageSchema,
  goalParamsSchema,
  goalSchema,
  statusUpdateSchema,
  updateGoalRequestSchema,
} from '@leerlus/contracts/improvement';
import { schema } from '@leerlus/db';
import { goalSetCoverage } from '@leerlus/domain/improvement/goals';
import { teamScope } from '../../access/team-scope';
import { auditDenied } from '../../audit/denied';
import { audit } from '../../audit/record';
import { findActions, findDecisions, presentActions, presentDecisions } from '../actions/queries';
import { goalSeries } from './charts';
import { createGoal, updateGoal } from './commands';
import { goalList, presentStatusUpdates } from './queries';
import { assertTeamRefs, goalOf } from './shared';

const CREATE = { action: 'goal.create', resourceType: 'goal' } as const;
const UPDATE = { action: 'goal.update', resourceType: 'goal' } as const;
const DELETE = { action: 'goal.delete', resourceType: 'goal' } as const;
const STATUS = { action: 'goal.status-update.create', resourceType: 'status-update' } as const;

/**
 * Goals of a team (issue 6): the goal set with domain coverage, the goal page (chart with target line,
 * status history, actions, decisions, meetings, PDSA cycles), CRUD and the owner's status updates.
 * improvement:read for reading, improvement:manage for goals, improvement:contribute for status updates.
 */
export const goalRoutes: FastifyPluginAsyncZod = async (app) => {
  auditDenied(app);
  const tags = ['goals'];

  app.get(
    '/api/v1/teams/:teamId/goals',
    { schema: { tags, summary: "The team's goals and the domains they cover", params: teamParamsSchema, response: { 200: goalListSchema } } },
    async (request) => {
      const team = await teamScope(app.deps.db, request.auth, request.params.teamId, 'improvement:read');
      const goals = await goalList(app.deps.db, team.id);
      const coverage = goalSetCoverage(goals.map((g) => ({ status: g.status, scope: g.scope, indicatorKind: g.indicator?.kind ?? null })));
      return { goals, coverage };
    },
  );

  app.post(
    '/api/v1/teams/:teamId/goals',
    { config: { audit: CREATE }, schema: { tags, summary: 'Set a goal', params: teamParamsSchema, body: createGoalRequestSchema, response: { 201: goalSchema } } },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:manage');
      const goal = await db.transaction(async (tx) => {
        const row = await createGoal(tx, team, request.body, request.auth?.userId ?? null);
        await audit(request, tx, { ...CREATE, resourceId: row.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { status: row.status } });
        return (await goalList(tx, team.id, row.id))[0]!;
      });
      return reply.status(201).send(goal);
    },
  );

  app.get(
    '/api/v1/teams/:teamId/goals/:goalId',
    { schema: { tags, summary: 'The goal page: goal, chart with target, status history, actions, decisions', params: goalParamsSchema, response: { 200: goalPageSchema } } },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:read');
      const row = await goalOf(db, team.id, request.params.goalId);
      const [goal] = await goalList(db, team.id, row.id);
      const updates = await db.select().from(schema.statusUpdates).where(eq(schema.statusUpdates.goalId, row.id)).orderBy(desc(schema.statusUpdates.createdAt));
      const meetings = await db
        .select({ id: schema.meetings.id, name: schema.meetings.name, cadence: schema.meetingGoals.cadence, nth: schema.meetingGoals.nth })
        .from(schema.meetingGoals)
        .innerJoin(schema.meetings, eq(schema.meetings.id, schema.meetingGoals.meetingId))
        .where(eq(schema.meetingGoals.goalId, row.id))
        .orderBy(asc(schema.meetings.name));
      const pdsa = await db
        .select()
        .from(schema.pdsaCycles)
        .where(and(eq(schema.pdsaCycles.goalId, row.id), eq(schema.pdsaCycles.teamId, team.id)))
        .orderBy(asc(schema.pdsaCycles.startDate));
      return {
        goal: goal!,
        series: row.indicatorId ? await goalSeries(db, team, row.indicatorId, row.targetValue) : null,
        statusUpdates: await presentStatusUpdates(db, updates),
        actions: await presentActions(db, await findActions(db, team.id, { goalId: row.id })),
        decisions: await presentDecisions(db, await findDecisions(db, team.id, { goalId: row.id })),
        meetings,
        pdsaCycles: pdsa.map((p) => ({ id: p.id, title: p.title, status: p.status, startDate: p.startDate, endDate: p.endDate, actOutcome: p.actOutcome })),
      };
    },
  );

  app.patch(
    '/api/v1/teams/:teamId/goals/:goalId',
    { config: { audit: UPDATE }, schema: { tags, summary: 'Change a goal', params: goalParamsSchema, body: updateGoalRequestSchema, response: { 200: goalSchema } } },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:manage');
      return db.transaction(async (tx) => {
        const current = await goalOf(tx, team.id, request.params.goalId);
        const row = await updateGoal(tx, team, current, request.body);
        await audit(request, tx, {
          ...UPDATE,
          resourceId: row.id,
          organisationId: team.organisationId,
          teamId: team.id,
          outcome: 'success',
          details: { fields: Object.keys(request.body).sort().join(','), status: row.status },
        });
        return (await goalList(tx, team.id, row.id))[0]!;
      });
    },
  );

  app.delete(
    '/api/v1/teams/:teamId/goals/:goalId',
    { config: { audit: DELETE }, schema: { tags, summary: 'Delete a goal (with its status updates and matrix cells)', params: goalParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:manage');
      await db.transaction(async (tx) => {
        const goal = await goalOf(tx, team.id, request.params.goalId);
        await tx.delete(schema.goals).where(eq(schema.goals.id, goal.id));
        await audit(request, tx, { ...DELETE, resourceId: goal.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success' });
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/teams/:teamId/goals/:goalId/status-updates',
    { schema: { tags, summary: "The goal's status updates, newest first", params: goalParamsSchema, response: { 200: z.object({ statusUpdates: z.array(statusUpdateSchema) }) } } },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:read');
      const goal = await goalOf(db, team.id, request.params.goalId);
      const rows = await db.select().from(schema.statusUpdates).where(eq(schema.statusUpdates.goalId, goal.id)).orderBy(desc(schema.statusUpdates.createdAt));
      return { statusUpdates: await presentStatusUpdates(db, rows) };
    },
  );

  app.post(
    '/api/v1/teams/:teamId/goals/:goalId/status-updates',
    {
      config: { audit: STATUS },
      schema: { tags, summary: 'Post a status update on a goal (performance dialogue)', params: goalParamsSchema, body: createStatusUpdateRequestSchema, response: { 201: statusUpdateSchema } },
    },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:contribute');
      const update = await db.transaction(async (tx) => {
        const goal = await goalOf(tx, team.id, request.params.goalId);
        await assertTeamRefs(tx, team.id, { occurrenceId: request.body.occurrenceId });
        const [row] = await tx
          .insert(schema.statusUpdates)
          .values({ ...request.body, teamId: team.id, goalId: goal.id, authorId: request.auth?.userId ?? null })
          .returning();
        await audit(request, tx, { ...STATUS, resourceId: row!.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { goalId: goal.id, progress: row!.progress } });
        return (await presentStatusUpdates(tx, [row!]))[0]!;
      });
      return reply.status(201).send(update);
    },
  );
};

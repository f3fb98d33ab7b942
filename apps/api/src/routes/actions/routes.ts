import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { teamParamsSchema } from '@leerlus/contracts';
import {
  actionExportQuerySchema,
  actionParamsSchema,
  actionQuerySchema,
  actionSchema,
  createActionRequestSchema,
  createDecisionRequestSchema,
  decisionExportQuerySchema,
  decisionParamsSchema,
  decisionQuerySchema,
  decisionSchema,
  updateActionRequestSchema,
  updateDecisionRequestSchema,
} from '@leerlus/contracts/improvement';
import { schema, type Executor } from '@leerlus/db';
import { teamScope } from '../../access/team-scope';
import { auditDenied } from '../../audit/denied';
import { audit } from '../../audit/record';
import { notFound } from '../../http/errors';
import { sendTabular } from '../../http/tabular-export';
import { assertMembers, assertTeamRefs } from '../goals/shared';
import { actionTable, decisionTable } from './export';
import { findActions, findDecisions, presentActions, presentDecisions } from './queries';

const { actions, decisions } = schema;
const A_CREATE = { action: 'action.create', resourceType: 'action' } as const;
const A_UPDATE = { action: 'action.update', resourceType: 'action' } as const;
const A_DELETE = { action: 'action.delete', resourceType: 'action' } as const;
const D_CREATE = { action: 'decision.create', resourceType: 'decision' } as const;
const D_UPDATE = { action: 'decision.update', resourceType: 'decision' } as const;
const D_DELETE = { action: 'decision.delete', resourceType: 'decision' } as const;

async function actionOf(db: Executor, teamId: string, actionId: string) {
  const [row] = await db.select().from(actions).where(and(eq(actions.id, actionId), eq(actions.teamId, teamId)));
  if (!row) throw notFound('Action');
  return row;
}
async function decisionOf(db: Executor, teamId: string, decisionId: string) {
  const [row] = await db.select().from(decisions).where(and(eq(decisions.id, decisionId), eq(decisions.teamId, teamId)));
  if (!row) throw notFound('Decision');
  return row;
}

/** The action log: list with filters and search, create, change (status, owner, due date), delete. */
const actionRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['actions'];
  app.get(
    '/api/v1/teams/:teamId/actions',
    { schema: { tags, summary: "The team's actions (filter by status, owner, goal, origin, overdue; search)", params: teamParamsSchema, querystring: actionQuerySchema, response: { 200: z.object({ actions: z.array(actionSchema) }) } } },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:read');
      return { actions: await presentActions(db, await findActions(db, team.id, request.query)) };
    },
  );

  app.post(
    '/api/v1/teams/:teamId/actions',
    { config: { audit: A_CREATE }, schema: { tags, summary: 'Record an action', params: teamParamsSchema, body: createActionRequestSchema, response: { 201: actionSchema } } },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:contribute');
      const action = await db.transaction(async (tx) => {
        await assertMembers(tx, team, { ownerId: request.body.ownerId });
        await assertTeamRefs(tx, team.id, { goalId: request.body.goalId, occurrenceId: request.body.occurrenceId });
        const [row] = await tx
          .insert(actions)
          .values({ ...request.body, teamId: team.id, createdBy: request.auth?.userId ?? null, completedAt: request.body.status === 'done' ? new Date() : null })
          .returning();
        await audit(request, tx, { ...A_CREATE, resourceId: row!.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { origin: row!.originKind } });
        return (await presentActions(tx, [row!]))[0]!;
      });
      return reply.status(201).send(action);
    },
  );

  app.patch(
    '/api/v1/teams/:teamId/actions/:actionId',
    { config: { audit: A_UPDATE }, schema: { tags, summary: 'Change an action', params: actionParamsSchema, body: updateActionRequestSchema, response: { 200: actionSchema } } },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:contribute');
      return db.transaction(async (tx) => {
        const current = await actionOf(tx, team.id, request.params.actionId);
        await assertMembers(tx, team, { ownerId: request.body.ownerId });
        await assertTeamRefs(tx, team.id, { goalId: request.body.goalId });
        const status = request.body.status ?? current.status;
        const completedAt = status === 'done' ? (current.completedAt ?? new Date()) : null;
        const [row] = await tx
          .update(actions)
          .set({ ...request.body, completedAt, updatedAt: new Date() })
          .where(eq(actions.id, current.id))
          .returning();
        await audit(request, tx, { ...A_UPDATE, resourceId: row!.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { fields: Object.keys(request.body).sort().join(','), status: row!.status } });
        return (await presentActions(tx, [row!]))[0]!;
      });
    },
  );

  app.delete(
    '/api/v1/teams/:teamId/actions/:actionId',
    { config: { audit: A_DELETE }, schema: { tags, summary: 'Delete an action', params: actionParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:manage');
      await db.transaction(async (tx) => {
        const row = await actionOf(tx, team.id, request.params.actionId);
        await tx.delete(actions).where(eq(actions.id, row.id));
        await audit(request, tx, { ...A_DELETE, resourceId: row.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success' });
      });
      return reply.status(204).send(null);
    },
  );
};

/** The action & decision log as CSV or XLSX (the same filters as the lists; formula-injection safe). */
const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['actions'];
  app.get(
    '/api/v1/teams/:teamId/actions/export',
    { schema: { tags, summary: 'The action log as CSV or XLSX', params: teamParamsSchema, querystring: actionExportQuerySchema } },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:read');
      const { format: _format, delimiter: _delimiter, ...filters } = request.query;
      const actions = await presentActions(db, await findActions(db, team.id, filters));
      return sendTabular(reply, actionTable(actions, request.auth?.locale ?? 'nl'), request.query, `acties-${team.name}`);
    },
  );
  app.get(
    '/api/v1/teams/:teamId/decisions/export',
    { schema: { tags: ['decisions'], summary: 'The decision log as CSV or XLSX', params: teamParamsSchema, querystring: decisionExportQuerySchema } },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:read');
      const { format: _format, delimiter: _delimiter, ...filters } = request.query;
      const decisions = await presentDecisions(db, await findDecisions(db, team.id, filters));
      return sendTabular(reply, decisionTable(decisions, request.auth?.locale ?? 'nl'), request.query, `besluiten-${team.name}`);
    },
  );
};

/** The decision log: list with search and date range, record, change, delete. */
const decisionRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['decisions'];
  app.get(
    '/api/v1/teams/:teamId/decisions',
    { schema: { tags, summary: "The team's decisions (search, date range, goal)", params: teamParamsSchema, querystring: decisionQuerySchema, response: { 200: z.object({ decisions: z.array(decisionSchema) }) } } },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:read');
      return { decisions: await presentDecisions(db, await findDecisions(db, team.id, request.query)) };
    },
  );

  app.post(
    '/api/v1/teams/:teamId/decisions',
    { config: { audit: D_CREATE }, schema: { tags, summary: 'Record a decision', params: teamParamsSchema, body: createDecisionRequestSchema, response: { 201: decisionSchema } } },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:contribute');
      const decision = await db.transaction(async (tx) => {
        await assertTeamRefs(tx, team.id, { goalId: request.body.goalId, occurrenceId: request.body.occurrenceId });
        const [row] = await tx
          .insert(decisions)
          .values({ ...request.body, teamId: team.id, createdBy: request.auth?.userId ?? null })
          .returning();
        await audit(request, tx, { ...D_CREATE, resourceId: row!.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success' });
        return (await presentDecisions(tx, [row!]))[0]!;
      });
      return reply.status(201).send(decision);
    },
  );

  app.patch(
    '/api/v1/teams/:teamId/decisions/:decisionId',
    { config: { audit: D_UPDATE }, schema: { tags, summary: 'Change a decision', params: decisionParamsSchema, body: updateDecisionRequestSchema, response: { 200: decisionSchema } } },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:contribute');
      return db.transaction(async (tx) => {
        const current = await decisionOf(tx, team.id, request.params.decisionId);
        await assertTeamRefs(tx, team.id, { goalId: request.body.goalId });
        const [row] = await tx.update(decisions).set({ ...request.body, updatedAt: new Date() }).where(eq(decisions.id, current.id)).returning();
        await audit(request, tx, { ...D_UPDATE, resourceId: row!.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { fields: Object.keys(request.body).sort().join(',') } });
        return (await presentDecisions(tx, [row!]))[0]!;
      });
    },
  );

  app.delete(
    '/api/v1/teams/:teamId/decisions/:decisionId',
    { config: { audit: D_DELETE }, schema: { tags, summary: 'Delete a decision', params: decisionParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:manage');
      await db.transaction(async (tx) => {
        const row = await decisionOf(tx, team.id, request.params.decisionId);
        await tx.delete(decisions).where(eq(decisions.id, row.id));
        await audit(request, tx, { ...D_DELETE, resourceId: row.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success' });
      });
      return reply.status(204).send(null);
    },
  );
};

/** The action & decision log (issue 6). Reading: every role; recording: contributors; deleting: managers. */
export const actionLogRoutes: FastifyPluginAsyncZod = async (app) => {
  auditDenied(app);
  await app.register(actionRoutes);
  await app.register(decisionRoutes);
  await app.register(exportRoutes);
};

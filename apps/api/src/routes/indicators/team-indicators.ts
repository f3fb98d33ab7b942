import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { teamParamsSchema } from '@leerlus/contracts';
import { adoptOutcomeSetRequestSchema, teamIndicatorParamsSchema, teamIndicatorSchema, teamIndicatorsSchema } from '@leerlus/contracts/indicators';
import { teamScope } from '../../access/team-scope';
import { audit } from '../../audit/record';
import { conflict, notFound } from '../../http/errors';
import { outcomeSetOf } from './outcome-set-queries';
import { presentIndicator } from './presenter';
import { indicatorOf } from './queries';
import { adoptIndicators, adoptedIndicators, dropIndicator, outcomeSetIndicatorIds, teamIndicatorList } from './team-indicators-queries';

const ADOPT = { action: 'team.indicator.adopt', resourceType: 'indicator' } as const;
const DROP = { action: 'team.indicator.drop', resourceType: 'indicator' } as const;
const ADOPT_SET = { action: 'team.outcome-set.adopt', resourceType: 'outcome-set' } as const;

/** The team's goal set: list and adopt or drop one indicator. */
const goalSetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/teams/:teamId/indicators',
    {
      schema: {
        tags: ['indicators'],
        summary: "The team's indicators and the goal domains they cover",
        params: teamParamsSchema,
        response: { 200: teamIndicatorsSchema },
      },
    },
    async (request) => {
      const team = await teamScope(app.deps.db, request.auth, request.params.teamId, 'indicator:read');
      return teamIndicatorList(app.deps.db, team.id);
    },
  );

  app.put(
    '/api/v1/teams/:teamId/indicators/:indicatorId',
    {
      config: { audit: ADOPT },
      schema: { tags: ['indicators'], summary: 'The team tracks an indicator of its organisation (idempotent)', params: teamIndicatorParamsSchema, response: { 200: teamIndicatorSchema } },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'goal-set:manage');
      return db.transaction(async (tx) => {
        const indicator = await indicatorOf(tx, team.organisationId, request.params.indicatorId);
        await adoptIndicators(tx, team.id, [indicator.id], request.auth?.userId ?? null);
        await audit(request, tx, { ...ADOPT, resourceId: indicator.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { code: indicator.code } });
        const adopted = (await adoptedIndicators(tx, team.id)).find((a) => a.indicator.id === indicator.id)!;
        return { indicator: presentIndicator(adopted.indicator), adoptedAt: adopted.adoptedAt.toISOString() };
      });
    },
  );

  app.delete(
    '/api/v1/teams/:teamId/indicators/:indicatorId',
    {
      config: { audit: DROP },
      schema: { tags: ['indicators'], summary: 'The team stops tracking an indicator', params: teamIndicatorParamsSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'goal-set:manage');
      const { indicatorId } = request.params;
      await db.transaction(async (tx) => {
        if (!(await dropIndicator(tx, team.id, indicatorId))) throw notFound('Indicator');
        await audit(request, tx, { ...DROP, resourceId: indicatorId, organisationId: team.organisationId, teamId: team.id, outcome: 'success' });
      });
      return reply.status(204).send(null);
    },
  );
};

/** Adopting every indicator of one of the organisation's outcome sets at once. */
const adoptSetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/teams/:teamId/outcome-sets',
    {
      config: { audit: ADOPT_SET },
      schema: {
        tags: ['indicators'],
        summary: "The team tracks every indicator of one of its organisation's outcome sets",
        params: teamParamsSchema,
        body: adoptOutcomeSetRequestSchema,
        response: { 200: teamIndicatorsSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'goal-set:manage');
      return db.transaction(async (tx) => {
        const set = await outcomeSetOf(tx, team.organisationId, request.body.outcomeSetId);
        // A library template's indicators are not the organisation's yet: instantiate it first.
        if (set.organisationId === null) throw conflict('Instantiate this template into the organisation first');
        const ids = await outcomeSetIndicatorIds(tx, set.id);
        await adoptIndicators(tx, team.id, ids, request.auth?.userId ?? null);
        await audit(request, tx, { ...ADOPT_SET, resourceId: set.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { indicators: ids.length } });
        return teamIndicatorList(tx, team.id);
      });
    },
  );
};

/** Which indicators a team tracks (its goal set): list, adopt one or a whole outcome set, drop. */
export const teamIndicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(goalSetRoutes);
  await app.register(adoptSetRoutes);
};

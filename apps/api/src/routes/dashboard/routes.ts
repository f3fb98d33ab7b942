import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { teamParamsSchema } from '@leerlus/contracts';
import { dashboardQuerySchema, dashboardSchema, indicatorSeriesSchema } from '@leerlus/contracts/dashboard';
import { teamIndicatorParamsSchema } from '@leerlus/contracts/indicators';
import { teamScope } from '../../access/team-scope';
import { auditDenied } from '../../audit/denied';
import { indicatorOf } from '../indicators/queries';
import { buildDashboard, buildSeries } from './dashboard';
import { dashboardViewRoutes } from './views-routes';

/**
 * The team dashboard and its charts (indicator:read, every role of the team). They answer aggregates
 * per period, never patient rows, so they are not audited as patient-data reads; a drill-down to
 * patients (a later slice) will be.
 */
export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  auditDenied(app);
  await app.register(dashboardViewRoutes);

  app.get(
    '/api/v1/teams/:teamId/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary: "The team's indicators with latest value, SPC icons, N and freshness (summary icon table)",
        params: teamParamsSchema,
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema },
      },
    },
    async (request) => {
      const team = await teamScope(app.deps.db, request.auth, request.params.teamId, 'indicator:read');
      return buildDashboard(app.deps.db, team, request.query);
    },
  );

  app.get(
    '/api/v1/teams/:teamId/indicators/:indicatorId/series',
    {
      schema: {
        tags: ['dashboard'],
        summary: "One indicator's series for the team with its SPC chart",
        params: teamIndicatorParamsSchema,
        querystring: dashboardQuerySchema,
        response: { 200: indicatorSeriesSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'indicator:read');
      const indicator = await indicatorOf(db, team.organisationId, request.params.indicatorId);
      return buildSeries(db, team, indicator, request.query);
    },
  );
};

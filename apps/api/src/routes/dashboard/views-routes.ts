import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organisationParamsSchema, teamParamsSchema } from '@leerlus/contracts';
import { dataQualitySchema } from '@leerlus/contracts/data-quality';
import {
  drillDownQuerySchema,
  drillDownSchema,
  organisationOverviewSchema,
  overviewQuerySchema,
  seriesExportQuerySchema,
} from '@leerlus/contracts/dashboard-views';
import { teamIndicatorParamsSchema } from '@leerlus/contracts/indicators';
import { teamScope } from '../../access/team-scope';
import { audit } from '../../audit/record';
import { sendTabular } from '../../http/tabular-export';
import { indicatorOf } from '../indicators/queries';
import { organisationScope } from '../organisations/scope';
import { buildDataQuality } from './quality';
import { buildDrillDown, buildOverview, seriesTable } from './views';

const DRILL_DOWN_AUDIT = { action: 'patient-data.read', resourceType: 'indicator' };

/**
 * Around the team dashboard: the data-quality page, a chart's data export (CSV/XLSX), the drill-down to
 * the contributing patients of a period (patient-data:read, audited) and the organisation overview
 * (organisation-wide managers).
 */
export const dashboardViewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/teams/:teamId/data-quality',
    {
      schema: {
        tags: ['dashboard'],
        summary: "N, completeness, delay and last update of the team's indicators, the worst gaps first",
        params: teamParamsSchema,
        querystring: overviewQuerySchema,
        response: { 200: dataQualitySchema },
      },
    },
    async (request) => {
      const team = await teamScope(app.deps.db, request.auth, request.params.teamId, 'indicator:read');
      return buildDataQuality(app.deps.db, team, request.query);
    },
  );

  app.get(
    '/api/v1/teams/:teamId/indicators/:indicatorId/series/export',
    {
      schema: {
        tags: ['dashboard'],
        summary: "One indicator's chart data as CSV or XLSX (formula-injection safe)",
        params: teamIndicatorParamsSchema,
        querystring: seriesExportQuerySchema,
      },
    },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'indicator:read');
      const indicator = await indicatorOf(db, team.organisationId, request.params.indicatorId);
      const table = await seriesTable(db, team, indicator, request.query, request.auth?.locale ?? 'nl');
      return sendTabular(reply, table, request.query, `${indicator.code}-${team.name}`);
    },
  );

  app.get(
    '/api/v1/teams/:teamId/indicators/:indicatorId/patients',
    {
      config: { audit: DRILL_DOWN_AUDIT },
      schema: {
        tags: ['dashboard'],
        summary: 'The pseudonymised observations behind one period of a chart (patient data, audited)',
        params: teamIndicatorParamsSchema,
        querystring: drillDownQuerySchema,
        response: { 200: drillDownSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'patient-data:read');
      const indicator = await indicatorOf(db, team.organisationId, request.params.indicatorId);
      const result = await buildDrillDown(db, team, indicator, request.query);
      await audit(request, db, {
        ...DRILL_DOWN_AUDIT,
        resourceId: indicator.id,
        organisationId: team.organisationId,
        teamId: team.id,
        outcome: 'success',
        details: {
          periodStart: result.periodStart,
          rows: result.rows.length,
          total: result.total,
          caseMixFiltered:
            request.query.caseMix !== undefined ||
            request.query.sex !== undefined ||
            request.query.ageMin !== undefined ||
            request.query.ageMax !== undefined,
        },
      });
      return result;
    },
  );

  app.get(
    '/api/v1/organisations/:organisationId/overview',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Indicators × teams of the organisation (latest value, icons, N, completeness)',
        params: organisationParamsSchema,
        querystring: overviewQuerySchema,
        response: { 200: organisationOverviewSchema },
      },
    },
    async (request) => {
      const { organisation } = await organisationScope(
        app.deps.db,
        request.auth,
        request.params.organisationId,
        'organisation:overview',
      );
      return buildOverview(app.deps.db, organisation.id, request.query);
    },
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditDenied } from '../../audit/denied';
import { catalogueRoutes } from './catalogue';
import { outcomeSetRoutes } from './outcome-sets';
import { teamIndicatorRoutes } from './team-indicators';

/**
 * Indicators (issue 5): the organisation's catalogue and outcome sets under
 * /api/v1/organisations/:organisationId/... (indicator:read / indicator:manage, a role in any team of
 * the organisation counts), and a team's adopted indicators under /api/v1/teams/:teamId/...
 * (indicator:read / goal-set:manage). Another organisation's or team's resources answer 404.
 */
export const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  auditDenied(app);
  await app.register(catalogueRoutes);
  await app.register(outcomeSetRoutes);
  await app.register(teamIndicatorRoutes);
};

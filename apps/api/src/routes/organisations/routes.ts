import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditDenied } from '../../audit/denied';
import { organisationAuditRoutes } from './audit';
import { organisationMembershipRoutes } from './memberships';
import { organisationSettingsRoutes } from './settings';
import { organisationTeamRoutes } from './teams';
import { organisationUserRoutes } from './users';

/**
 * Organisation administration under /api/v1/organisations/:organisationId/... (action
 * organisation:admin, the audit log audit:read). Another organisation's id answers 404.
 */
export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  auditDenied(app);
  await app.register(organisationUserRoutes);
  await app.register(organisationMembershipRoutes);
  await app.register(organisationTeamRoutes);
  await app.register(organisationSettingsRoutes);
  await app.register(organisationAuditRoutes);
};

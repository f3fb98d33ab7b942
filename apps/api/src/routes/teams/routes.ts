import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { teamDetailSchema, teamParamsSchema, teamSummarySchema } from '@leerlus/contracts';
import { can } from '@leerlus/domain';
import { requireAuth } from '../../access/authorize';
import { teamScope } from '../../access/team-scope';
import { auditDenied } from '../../audit/denied';
import { invitationRoutes } from './invitations';
import { listVisibleTeams, pendingInvitations, teamMembers, teamSummary } from './queries';

/** Care teams: the teams the actor can see, one team with its members and pending invitations. */
export const teamRoutes: FastifyPluginAsyncZod = async (app) => {
  auditDenied(app);

  app.get(
    '/api/v1/teams',
    {
      schema: {
        tags: ['teams'],
        summary: 'The teams the actor can see',
        response: { 200: z.array(teamSummarySchema) },
      },
    },
    async (request) => listVisibleTeams(app.deps.db, requireAuth(request.auth)),
  );

  app.get(
    '/api/v1/teams/:teamId',
    {
      schema: {
        tags: ['teams'],
        summary: 'A team with its members (including organisation-wide roles) and pending invitations',
        params: teamParamsSchema,
        response: { 200: teamDetailSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'team:read');
      const actor = requireAuth(request.auth);
      const resource = { kind: 'team', organisationId: team.organisationId, teamId: team.id } as const;
      // Who has been invited (e-mail addresses) is shown only to those who may invite.
      const invitations = can(actor, 'team:invite', resource) ? await pendingInvitations(db, team.id) : [];
      const [summary, members] = await Promise.all([teamSummary(db, actor, team.id), teamMembers(db, team)]);
      return { ...summary, memberCount: members.length, members, invitations };
    },
  );

  await app.register(invitationRoutes);
};

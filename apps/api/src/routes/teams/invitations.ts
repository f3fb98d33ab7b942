import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createInvitationRequestSchema,
  invitationCreatedSchema,
  invitationParamsSchema,
  teamParamsSchema,
} from '@leerlus/contracts';
import { canGrant } from '@leerlus/domain';
import { requireAuth } from '../../access/authorize';
import { teamScope } from '../../access/team-scope';
import { audit } from '../../audit/record';
import { forbidden } from '../../http/errors';
import { createInvitation, revokeInvitation } from './invitation-commands';

type App = Parameters<FastifyPluginAsyncZod>[0];

/** Inviting people into a team by link, and revoking such a link (action team:invite). */
export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  createInvitationRoute(app);
  revokeInvitationRoute(app);
};

function createInvitationRoute(app: App): void {
  app.post(
    '/api/v1/teams/:teamId/invitations',
    {
      config: { audit: { action: 'team.invitation.create', resourceType: 'invitation' } },
      schema: {
        tags: ['teams'],
        summary: 'Invite someone into the team; answers the link (shown once)',
        params: teamParamsSchema,
        body: createInvitationRequestSchema,
        response: { 201: invitationCreatedSchema },
      },
    },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'team:invite');
      const actor = requireAuth(request.auth);
      const { email, role } = request.body;
      if (!canGrant(actor, role, { kind: 'team', organisationId: team.organisationId, teamId: team.id })) {
        throw forbidden('You cannot invite someone with a role that has rights you do not hold');
      }
      const created = await db.transaction(async (tx) => {
        const invitation = await createInvitation(tx, { team, email, role, invitedBy: actor.userId });
        await audit(request, tx, {
          action: 'team.invitation.create',
          resourceType: 'invitation',
          resourceId: invitation.id,
          organisationId: team.organisationId,
          teamId: team.id,
          outcome: 'success',
          details: { email, role },
        });
        return invitation;
      });
      return reply.status(201).send({
        id: created.id,
        email: created.email,
        role: created.role,
        expiresAt: created.expiresAt.toISOString(),
        url: `/invite/${created.token}`,
      });
    },
  );
}

function revokeInvitationRoute(app: App): void {
  app.delete(
    '/api/v1/teams/:teamId/invitations/:invitationId',
    {
      config: { audit: { action: 'team.invitation.revoke', resourceType: 'invitation' } },
      schema: {
        tags: ['teams'],
        summary: 'Revoke a pending invitation',
        params: invitationParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'team:invite');
      await db.transaction(async (tx) => {
        const revoked = await revokeInvitation(tx, team.id, request.params.invitationId);
        await audit(request, tx, {
          action: 'team.invitation.revoke',
          resourceType: 'invitation',
          resourceId: request.params.invitationId,
          organisationId: team.organisationId,
          teamId: team.id,
          outcome: 'success',
          details: { email: revoked.email, role: revoked.role },
        });
      });
      return reply.status(204).send(null);
    },
  );
}

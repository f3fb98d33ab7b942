import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  adminUserSchema,
  organisationMembershipParamsSchema,
  organisationParamsSchema,
  setMembershipRequestSchema,
} from '@leerlus/contracts';
import { audit } from '../../audit/record';
import { deleteMembership, setMembership } from './membership-commands';
import { organisationScope } from './scope';
import { organisationUser } from './users-queries';

type App = Parameters<FastifyPluginAsyncZod>[0];

const SET = { action: 'membership.set', resourceType: 'membership' } as const;
const DELETE = { action: 'membership.delete', resourceType: 'membership' } as const;

/** Roles of the organisation's users: set (upsert) one, remove one. */
export const organisationMembershipRoutes: FastifyPluginAsyncZod = async (app) => {
  setMembershipRoute(app);
  deleteMembershipRoute(app);
};

function setMembershipRoute(app: App): void {
  app.put(
    '/api/v1/organisations/:organisationId/memberships',
    {
      config: { audit: SET },
      schema: {
        tags: ['admin'],
        summary: "Give a user a role in a team (or organisation-wide); answers the user's roles",
        params: organisationParamsSchema,
        body: setMembershipRequestSchema,
        response: { 200: adminUserSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const { organisation } = await organisationScope(
        db,
        request.auth,
        request.params.organisationId,
        'organisation:admin',
      );
      const { userId, teamId, role } = request.body;
      return db.transaction(async (tx) => {
        const saved = await setMembership(tx, { organisationId: organisation.id, userId, teamId, role });
        await audit(request, tx, {
          ...SET,
          resourceId: saved.membershipId,
          organisationId: organisation.id,
          teamId,
          outcome: 'success',
          details: { userId, role, previousRole: saved.previousRole },
        });
        return organisationUser(tx, organisation.id, userId);
      });
    },
  );
}

function deleteMembershipRoute(app: App): void {
  app.delete(
    '/api/v1/organisations/:organisationId/memberships/:membershipId',
    {
      config: { audit: DELETE },
      schema: {
        tags: ['admin'],
        summary: 'Remove a role (409 for the last administrator)',
        params: organisationMembershipParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { db } = app.deps;
      const { organisation } = await organisationScope(
        db,
        request.auth,
        request.params.organisationId,
        'organisation:admin',
      );
      await db.transaction(async (tx) => {
        const removed = await deleteMembership(tx, organisation.id, request.params.membershipId);
        await audit(request, tx, {
          ...DELETE,
          resourceId: removed.id,
          organisationId: organisation.id,
          teamId: removed.teamId,
          outcome: 'success',
          details: { userId: removed.userId, role: removed.role },
        });
      });
      return reply.status(204).send(null);
    },
  );
}

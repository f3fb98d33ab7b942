import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  adminUserQuerySchema,
  adminUserSchema,
  organisationParamsSchema,
  organisationUserParamsSchema,
  updateUserRequestSchema,
} from '@leerlus/contracts';
import { audit } from '../../audit/record';
import { organisationScope } from './scope';
import { listOrganisationUsers, organisationUser, updateUser } from './users-queries';

type App = Parameters<FastifyPluginAsyncZod>[0];

const UPDATE = { action: 'user.update', resourceType: 'user' } as const;

/** Administration of the organisation's users: search, disable/enable, lift a lockout. */
export const organisationUserRoutes: FastifyPluginAsyncZod = async (app) => {
  listUsersRoute(app);
  updateUserRoute(app);
};

function listUsersRoute(app: App): void {
  app.get(
    '/api/v1/organisations/:organisationId/users',
    {
      schema: {
        tags: ['admin'],
        summary: "The organisation's users (name or e-mail search) with their roles in this organisation",
        params: organisationParamsSchema,
        querystring: adminUserQuerySchema,
        response: { 200: z.array(adminUserSchema) },
      },
    },
    async (request) => {
      const { organisation } = await organisationScope(
        app.deps.db,
        request.auth,
        request.params.organisationId,
        'organisation:admin',
      );
      return listOrganisationUsers(app.deps.db, organisation.id, request.query.q);
    },
  );
}

function updateUserRoute(app: App): void {
  app.patch(
    '/api/v1/organisations/:organisationId/users/:userId',
    {
      config: { audit: UPDATE },
      schema: {
        tags: ['admin'],
        summary: 'Disable or enable an account (disabling ends its sessions), or lift a lockout',
        params: organisationUserParamsSchema,
        body: updateUserRequestSchema,
        response: { 200: adminUserSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const { organisation, actor } = await organisationScope(
        db,
        request.auth,
        request.params.organisationId,
        'organisation:admin',
      );
      const { userId } = request.params;
      return db.transaction(async (tx) => {
        await updateUser(tx, {
          organisationId: organisation.id,
          userId,
          actorId: actor.userId,
          ...request.body,
        });
        await audit(request, tx, {
          ...UPDATE,
          resourceId: userId,
          organisationId: organisation.id,
          outcome: 'success',
          details: { disabled: request.body.disabled ?? null, unlock: request.body.unlock ?? false },
        });
        return organisationUser(tx, organisation.id, userId);
      });
    },
  );
}

import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  organisationParamsSchema,
  organisationSettingsSchema,
  updateOrganisationRequestSchema,
} from '@leerlus/contracts';
import { schema } from '@leerlus/db';
import { audit } from '../../audit/record';
import { organisationScope, type Organisation } from './scope';

type App = Parameters<FastifyPluginAsyncZod>[0];

const { organisations } = schema;
const UPDATE = { action: 'organisation.update', resourceType: 'organisation' } as const;

const present = (o: Organisation) => ({ id: o.id, name: o.name, mfaRequired: o.mfaRequired });

/** The organisation's own settings: its name and whether MFA is mandatory for its members. */
export const organisationSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  readSettingsRoute(app);
  updateSettingsRoute(app);
};

function readSettingsRoute(app: App): void {
  app.get(
    '/api/v1/organisations/:organisationId/settings',
    {
      schema: {
        tags: ['admin'],
        summary: "The organisation's settings",
        params: organisationParamsSchema,
        response: { 200: organisationSettingsSchema },
      },
    },
    async (request) => {
      const { organisation } = await organisationScope(
        app.deps.db,
        request.auth,
        request.params.organisationId,
        'organisation:admin',
      );
      return present(organisation);
    },
  );
}

function updateSettingsRoute(app: App): void {
  app.patch(
    '/api/v1/organisations/:organisationId/settings',
    {
      config: { audit: UPDATE },
      schema: {
        tags: ['admin'],
        summary: "Change the organisation's name or make MFA mandatory",
        params: organisationParamsSchema,
        body: updateOrganisationRequestSchema,
        response: { 200: organisationSettingsSchema },
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
      return db.transaction(async (tx) => {
        const [updated] =
          Object.keys(request.body).length > 0
            ? await tx
                .update(organisations)
                .set(request.body)
                .where(eq(organisations.id, organisation.id))
                .returning()
            : [organisation];
        await audit(request, tx, {
          ...UPDATE,
          resourceId: organisation.id,
          organisationId: organisation.id,
          outcome: 'success',
          details: { name: request.body.name ?? null, mfaRequired: request.body.mfaRequired ?? null },
        });
        return present(updated!);
      });
    },
  );
}

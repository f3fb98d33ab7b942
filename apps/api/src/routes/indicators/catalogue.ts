import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { organisationParamsSchema } from '@leerlus/contracts';
import {
  createIndicatorRequestSchema,
  indicatorDetailSchema,
  indicatorParamsSchema,
  indicatorSchema,
  updateIndicatorRequestSchema,
} from '@leerlus/contracts/indicators';
import { audit } from '../../audit/record';
import { createIndicator, deleteIndicator, updateIndicator } from './commands';
import { presentIndicator } from './presenter';
import { indicatorDetail, indicatorOf, listIndicators } from './queries';
import { catalogueScope } from './scope';

const CREATE = { action: 'indicator.create', resourceType: 'indicator' } as const;
const UPDATE = { action: 'indicator.update', resourceType: 'indicator' } as const;
const DELETE = { action: 'indicator.delete', resourceType: 'indicator' } as const;

/** The organisation's indicator catalogue: list and read (every role of the organisation). */
const catalogueReadRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/organisations/:organisationId/indicators',
    {
      schema: { tags: ['indicators'], summary: "The organisation's indicator catalogue", params: organisationParamsSchema, response: { 200: z.array(indicatorSchema) } },
    },
    async (request) => {
      catalogueScope(request.auth, request.params.organisationId, 'indicator:read');
      return (await listIndicators(app.deps.db, request.params.organisationId)).map(presentIndicator);
    },
  );

  app.get(
    '/api/v1/organisations/:organisationId/indicators/:indicatorId',
    {
      schema: { tags: ['indicators'], summary: 'An indicator with its version history', params: indicatorParamsSchema, response: { 200: indicatorDetailSchema } },
    },
    async (request) => {
      const { organisationId, indicatorId } = request.params;
      catalogueScope(request.auth, organisationId, 'indicator:read');
      return indicatorDetail(app.deps.db, await indicatorOf(app.deps.db, organisationId, indicatorId));
    },
  );
};

/** Defining, changing (versioned) and removing indicators (indicator:manage). */
const catalogueWriteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/organisations/:organisationId/indicators',
    {
      config: { audit: CREATE },
      schema: {
        tags: ['indicators'],
        summary: 'Define an indicator (version 1)',
        params: organisationParamsSchema,
        body: createIndicatorRequestSchema,
        response: { 201: indicatorDetailSchema },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params;
      const actor = catalogueScope(request.auth, organisationId, 'indicator:manage');
      const detail = await app.deps.db.transaction(async (tx) => {
        const row = await createIndicator(tx, organisationId, request.body, actor.userId);
        await audit(request, tx, { ...CREATE, resourceId: row.id, organisationId, outcome: 'success', details: { code: row.code, version: 1 } });
        return indicatorDetail(tx, row);
      });
      return reply.status(201).send(detail);
    },
  );

  app.patch(
    '/api/v1/organisations/:organisationId/indicators/:indicatorId',
    {
      config: { audit: UPDATE },
      schema: {
        tags: ['indicators'],
        summary: 'Change an indicator; a change to how its figures are computed makes a new version',
        params: indicatorParamsSchema,
        body: updateIndicatorRequestSchema,
        response: { 200: indicatorDetailSchema },
      },
    },
    async (request) => {
      const { organisationId, indicatorId } = request.params;
      const actor = catalogueScope(request.auth, organisationId, 'indicator:manage');
      return app.deps.db.transaction(async (tx) => {
        const before = await indicatorOf(tx, organisationId, indicatorId, true);
        const { row, versioned } = await updateIndicator(tx, before, request.body, actor.userId);
        const details = { code: row.code, version: row.version, versioned, fields: Object.keys(request.body).sort().join(',') };
        await audit(request, tx, { ...UPDATE, resourceId: row.id, organisationId, outcome: 'success', details });
        return indicatorDetail(tx, row);
      });
    },
  );

  app.delete(
    '/api/v1/organisations/:organisationId/indicators/:indicatorId',
    {
      config: { audit: DELETE },
      schema: { tags: ['indicators'], summary: 'Remove an indicator nothing uses yet', params: indicatorParamsSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const { organisationId, indicatorId } = request.params;
      catalogueScope(request.auth, organisationId, 'indicator:manage');
      await app.deps.db.transaction(async (tx) => {
        const row = await indicatorOf(tx, organisationId, indicatorId, true);
        await deleteIndicator(tx, row);
        await audit(request, tx, { ...DELETE, resourceId: row.id, organisationId, outcome: 'success', details: { code: row.code, version: row.version } });
      });
      return reply.status(204).send(null);
    },
  );
};

/** The organisation's indicator catalogue: list, read, define, change (versioned), remove. */
export const catalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(catalogueReadRoutes);
  await app.register(catalogueWriteRoutes);
};

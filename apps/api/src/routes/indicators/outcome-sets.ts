import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { organisationParamsSchema } from '@leerlus/contracts';
import { outcomeSetDetailSchema, outcomeSetParamsSchema, outcomeSetSummarySchema } from '@leerlus/contracts/indicators';
import { audit } from '../../audit/record';
import { instantiateOutcomeSet } from './instantiate';
import { listOutcomeSets, outcomeSetDetail, outcomeSetOf } from './outcome-set-queries';
import { catalogueScope } from './scope';

const INSTANTIATE = { action: 'outcome-set.instantiate', resourceType: 'outcome-set' } as const;

/** Outcome sets: the organisation's own and the library's templates; instantiate a template. */
export const outcomeSetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/organisations/:organisationId/outcome-sets',
    {
      schema: {
        tags: ['indicators'],
        summary: "The organisation's outcome sets and the library templates",
        params: organisationParamsSchema,
        response: { 200: z.array(outcomeSetSummarySchema) },
      },
    },
    async (request) => {
      catalogueScope(request.auth, request.params.organisationId, 'indicator:read');
      return listOutcomeSets(app.deps.db, request.params.organisationId);
    },
  );

  app.get(
    '/api/v1/organisations/:organisationId/outcome-sets/:outcomeSetId',
    {
      schema: {
        tags: ['indicators'],
        summary: 'An outcome set with its outcomes, timepoints and case-mix variables',
        params: outcomeSetParamsSchema,
        response: { 200: outcomeSetDetailSchema },
      },
    },
    async (request) => {
      const { organisationId, outcomeSetId } = request.params;
      catalogueScope(request.auth, organisationId, 'indicator:read');
      return outcomeSetDetail(app.deps.db, await outcomeSetOf(app.deps.db, organisationId, outcomeSetId));
    },
  );

  app.post(
    '/api/v1/organisations/:organisationId/outcome-sets/:outcomeSetId/instantiate',
    {
      config: { audit: INSTANTIATE },
      schema: {
        tags: ['indicators'],
        summary: "Copy a template into the organisation (its indicators join the organisation's catalogue)",
        params: outcomeSetParamsSchema,
        response: { 201: outcomeSetDetailSchema },
      },
    },
    async (request, reply) => {
      const { organisationId, outcomeSetId } = request.params;
      const actor = catalogueScope(request.auth, organisationId, 'indicator:manage');
      const detail = await app.deps.db.transaction(async (tx) => {
        const template = await outcomeSetOf(tx, organisationId, outcomeSetId);
        const created = await instantiateOutcomeSet(tx, organisationId, template, actor.userId);
        await audit(request, tx, { ...INSTANTIATE, resourceId: created.id, organisationId, outcome: 'success', details: { templateId: template.id, name: template.name } });
        return outcomeSetDetail(tx, created);
      });
      return reply.status(201).send(detail);
    },
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organisationParamsSchema, teamParamsSchema } from '@leerlus/contracts';
import { createInstrumentRequestSchema, instrumentDetailSchema, instrumentListSchema, instrumentVersionQuerySchema, teamInstrumentParamsSchema } from '@leerlus/contracts/maturity';
import { BUILT_IN_INSTRUMENTS } from '@leerlus/domain/maturity/index';
import { syncBuiltInInstruments } from '@leerlus/db';
import { teamScope } from '../../access/team-scope';
import { audit } from '../../audit/record';
import { catalogueScope } from '../indicators/scope';
import { instrumentOf, presentInstrument, saveOwnInstrument, visibleInstruments } from './instrument-queries';

const CREATE = { action: 'maturity.instrument.create', resourceType: 'maturity-instrument' } as const;

/** Instruments: list and read (per team), and an organisation's own instruments (data, no code). */
export const instrumentRoutes: FastifyPluginAsyncZod = async (app) => {
  // The built-in instruments are data seeded from @leerlus/domain; a newer domain version is added on start.
  app.addHook('onReady', async () => syncBuiltInInstruments(app.deps.db, BUILT_IN_INSTRUMENTS));

  app.get(
    '/api/v1/teams/:teamId/maturity/instruments',
    { schema: { tags: ['maturity'], summary: 'Instruments the team can use (built in, the organisation’s and its networks’)', params: teamParamsSchema, response: { 200: instrumentListSchema } } },
    async (request) => {
      const team = await teamScope(app.deps.db, request.auth, request.params.teamId, 'maturity:read');
      return { instruments: (await visibleInstruments(app.deps.db, team.organisationId)).map(presentInstrument) };
    },
  );

  app.get(
    '/api/v1/teams/:teamId/maturity/instruments/:instrumentId',
    {
      schema: {
        tags: ['maturity'],
        summary: 'One instrument with its themes, items, scale and level descriptions (current or given version)',
        params: teamInstrumentParamsSchema,
        querystring: instrumentVersionQuerySchema,
        response: { 200: instrumentDetailSchema },
      },
    },
    async (request) => {
      const team = await teamScope(app.deps.db, request.auth, request.params.teamId, 'maturity:read');
      const row = await instrumentOf(app.deps.db, team.organisationId, request.params.instrumentId, request.query.version);
      return { ...presentInstrument(row), definition: row.definition };
    },
  );

  app.post(
    '/api/v1/organisations/:organisationId/maturity/instruments',
    {
      config: { audit: CREATE },
      schema: {
        tags: ['maturity'],
        summary: 'Add the organisation’s own instrument, or a new version of it (same key)',
        params: organisationParamsSchema,
        body: createInstrumentRequestSchema,
        response: { 201: instrumentDetailSchema },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params;
      const auth = catalogueScope(request.auth, organisationId, 'maturity:instrument:manage');
      const row = await app.deps.db.transaction(async (tx) => {
        const saved = await saveOwnInstrument(tx, organisationId, request.body.definition, auth.userId);
        await audit(request, tx, { ...CREATE, resourceId: saved.id, organisationId, outcome: 'success', details: { key: saved.key, version: saved.version } });
        return saved;
      });
      return reply.status(201).send({ ...presentInstrument(row), definition: row.definition });
    },
  );
};

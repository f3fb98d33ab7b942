import type { FastifyRouteSchemaDef } from 'fastify/types/schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { funnelRequestSchema } from '@leerlus/contracts/funnel';
import { spcRequestSchema } from '@leerlus/contracts/spc';
import { spcExplainedSchema, spcExplainQuerySchema } from '@leerlus/contracts/spc-explain';
import { computeFunnel } from '@leerlus/domain/funnel/index';
import { computeSpc } from '@leerlus/domain/spc/index';
import { computeRequests, parseOrThrow } from './batch';
import { computeExplainedSpc } from './explain';
import {
  BATCH_DESCRIPTION,
  funnelBodySchema,
  funnelResponseSchema,
  spcBodySchema,
  spcResponseSchema,
  validationErrorSchema,
} from './schema';

const tags = ['statistics'];

/**
 * The body schema documents the request in OpenAPI, but the handler validates it (per request of an
 * array, with the CLI's issue paths), so the framework must not reject the body first. Other parts
 * (the query string) are validated by the usual zod compiler.
 */
function bodyInHandler<S>(route: FastifyRouteSchemaDef<S>) {
  // Each part's schema is a zod schema (the route declares nothing else).
  return route.httpPart === 'body'
    ? (data: unknown) => ({ value: data })
    : validatorCompiler(route as unknown as FastifyRouteSchemaDef<z.ZodType>);
}

/**
 * The result types are checked against the response schemas at compile time (contracts), so the answer
 * is serialised directly: re-validating a large series with zod would double the cost of the computation.
 */
const serializeDirectly = () => (data: unknown) => JSON.stringify(data);

const compilers = { validatorCompiler: bodyInHandler, serializerCompiler: serializeDirectly };

/** POST /api/v1/spc, /api/v1/spc/explain and /api/v1/funnel: the statistics engine over HTTP (public, stateless). */
export const statisticsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/spc',
    {
      ...compilers,
      schema: {
        tags,
        summary: 'SPC chart: centre, limits, signals, point types, variation and assurance icons',
        description: BATCH_DESCRIPTION,
        body: spcBodySchema,
        response: { 200: spcResponseSchema, 400: validationErrorSchema },
      },
    },
    async (request) =>
      computeRequests({ schema: spcRequestSchema, compute: computeSpc }, request.body as unknown),
  );

  app.post(
    '/api/v1/spc/explain',
    {
      ...compilers,
      schema: {
        tags,
        summary: 'SPC chart plus plain-language explanations (for the app)',
        description: [
          'One request (no arrays). Answers `{ result, explanations }`: `result` is exactly the answer of',
          '`POST /api/v1/spc`; `explanations` holds, in the language of `locale` (nl default, en), a sentence per',
          'fired rule for each flagged point, the runs-analysis and trial-limit sentences per phase, notes on the',
          'chart (e.g. why p-chart limits vary with the denominator) and a suggested rebase — a suggestion only,',
          'never applied: a person adds it to `phases`. Errors as for `POST /api/v1/spc`.',
        ].join(' '),
        querystring: spcExplainQuerySchema,
        body: spcRequestSchema,
        response: { 200: spcExplainedSchema, 400: validationErrorSchema },
      },
    },
    async (request) =>
      computeExplainedSpc(parseOrThrow(spcRequestSchema, request.body as unknown), request.query.locale),
  );

  app.post(
    '/api/v1/funnel',
    {
      ...compilers,
      schema: {
        tags,
        summary: 'Funnel plot: limits per unit and along a curve, classification, overdispersion',
        description: BATCH_DESCRIPTION,
        body: funnelBodySchema,
        response: { 200: funnelResponseSchema, 400: validationErrorSchema },
      },
    },
    async (request) =>
      computeRequests({ schema: funnelRequestSchema, compute: computeFunnel }, request.body as unknown),
  );
};

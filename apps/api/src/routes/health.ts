import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ status: z.enum(['ok', 'unavailable']), kind: z.enum(['pglite', 'postgres']) }),
});

/** GET /api/health — liveness plus a database round trip (200 when healthy, 503 otherwise). */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    { schema: { tags: ['system'], response: { 200: healthSchema, 503: healthSchema } } },
    async (_request, reply) => {
      const { database } = app.deps;
      try {
        await database.ping();
        return { status: 'ok' as const, database: { status: 'ok' as const, kind: database.kind } };
      } catch {
        return reply.status(503).send({ status: 'degraded', database: { status: 'unavailable', kind: database.kind } });
      }
    },
  );
};

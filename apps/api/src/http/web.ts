import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app (apps/web/dist) with an SPA fallback: one process, one port in production.
 * Unknown /api paths keep their JSON 404.
 */
export async function registerWeb(app: FastifyInstance, webDist: string): Promise<void> {
  if (!existsSync(webDist)) {
    app.log.warn({ webDist }, 'web app not built; run `npm run build` (API only)');
    return;
  }
  await app.register(fastifyStatic, { root: webDist, wildcard: false, maxAge: '1h', index: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return reply.status(404).send({ code: 'NOT_FOUND', message: `No route ${request.method} ${request.url.split('?')[0] ?? ''}` });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

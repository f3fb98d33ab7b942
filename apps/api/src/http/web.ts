import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendRouteNotFound } from './error-handler';

/**
 * The one not-found handler (Fastify allows one per context). With the built web app (apps/web/dist)
 * present, GET requests outside /api get index.html — the SPA routes them — so production is one
 * process on one port; everything else, and every unknown /api path, gets the JSON 404.
 */
export async function registerNotFound(app: FastifyInstance, webDist: string | null): Promise<void> {
  const serveSpa = webDist !== null && existsSync(join(webDist, 'index.html'));
  if (webDist !== null && !serveSpa)
    app.log.warn({ webDist }, 'web app not built; run `npm run build` (API only)');
  if (!serveSpa) {
    app.setNotFoundHandler(sendRouteNotFound);
    return;
  }
  await app.register(fastifyStatic, { root: webDist, wildcard: false, maxAge: '1h', index: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') return sendRouteNotFound(request, reply);
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import type { DatabaseHandle } from '@leerlus/db';
import type { Config } from './config';
import { registerErrorHandler } from './http/error-handler';
import { loggerOptions } from './http/logger';
import { registerOpenApi } from './http/openapi';
import { registerSessionLoader } from './http/request-context';
import { registerNotFound } from './http/web';
import './http/types';
import { registerRoutes } from './routes/index';

export interface BuildOptions {
  config: Config;
  database: DatabaseHandle;
  /** Serve apps/web/dist (production, e2e); off in API tests. */
  serveWeb?: boolean;
  /** Where log lines go instead of stdout (tests assert what is, and is not, logged). */
  logStream?: DestinationStream;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Builds the Fastify app: plugins, error mapping, session loading, /api routes, the web app. */
export async function buildApp({
  config,
  database,
  serveWeb = false,
  logStream,
}: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config.logLevel, logStream),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // Honour an upstream request id when it looks like one; otherwise mint our own.
    genReqId: (req) => {
      const upstream = req.headers['x-request-id'];
      return typeof upstream === 'string' && REQUEST_ID.test(upstream) ? upstream : randomUUID();
    },
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', { config, database, db: database.db });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
  });

  registerErrorHandler(app);
  await app.register(cookie);
  await registerOpenApi(app);
  registerSessionLoader(app);
  await registerRoutes(app);
  await registerNotFound(app, serveWeb ? config.webDist : null);
  return app;
}

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorBody } from '@leerlus/contracts';
import { AppError } from './errors';

interface Mapped {
  status: number;
  body: ErrorBody;
}

const FASTIFY_CODES: Record<string, Mapped> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    body: { code: 'INVALID_JSON', message: 'The request body is not valid JSON' },
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    body: { code: 'INVALID_JSON', message: 'The request body is empty' },
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 400,
    body: { code: 'BODY_TOO_LARGE', message: 'The request body is too large' },
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    body: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the request body as application/json' },
  },
};

/** Maps any thrown error to the JSON error body. Unknown errors become a generic 500; nothing internal leaks. */
export function mapError(error: unknown): Mapped {
  if (error instanceof AppError) {
    return {
      status: error.status,
      body: { code: error.code, message: error.message, ...detailsOf(error.details) },
    };
  }
  const fastifyError = error as Partial<FastifyError>;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.flatMap((v) => validationDetails(error.validationContext, v));
    return { status: 400, body: { code: 'VALIDATION_FAILED', message: 'The request is not valid', details } };
  }
  if (error instanceof SyntaxError || fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return FASTIFY_CODES.FST_ERR_CTP_INVALID_JSON_BODY!;
  }
  const known = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (known) return known;
  return { status: 500, body: { code: 'INTERNAL', message: 'An unexpected error occurred' } };
}

/**
 * One `{ path, message }` per offending field, e.g. `body.email`. Zod reports unknown fields of a
 * strict object as one issue at the object itself, with the names in `params.keys`: they are spread
 * into one detail per field so the client can point at each.
 */
function validationDetails(
  context: string | undefined,
  v: { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> },
): { path: string; message: string }[] {
  const base = [context ?? '', ...v.instancePath.split('/').filter(Boolean)].filter(Boolean);
  const message = v.message ?? 'invalid';
  const keys = v.params.keys;
  if (v.keyword === 'unrecognized_keys' && Array.isArray(keys) && keys.length > 0) {
    return keys.map((key) => ({ path: [...base, String(key)].join('.'), message: 'Unknown field' }));
  }
  return [{ path: base.join('.'), message }];
}

const detailsOf = (details: unknown) => (details === undefined ? {} : { details });

/** An AppError whose details carry `retryAfterSeconds` (rate limit, lockout) also sets the Retry-After header. */
function retryAfterOf(error: unknown): number | undefined {
  if (!(error instanceof AppError) || typeof error.details !== 'object' || error.details === null)
    return undefined;
  const seconds = (error.details as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  return typeof seconds === 'number' ? seconds : undefined;
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const mapped = mapError(error);
    if (mapped.status >= 500 || isResponseSerializationError(error)) {
      // Only the error itself is logged, never the request body (it may hold patient data).
      request.log.error({ err: error, reqId: request.id }, 'unhandled error');
    }
    const body = mapped.status >= 500 ? { ...mapped.body, details: { requestId: request.id } } : mapped.body;
    const retryAfter = retryAfterOf(error);
    if (retryAfter !== undefined) void reply.header('retry-after', String(retryAfter));
    return reply.status(mapped.status).send(body);
  });
}

/** The JSON 404 for a path no route serves. */
export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply
    .status(404)
    .send({ code: 'NOT_FOUND', message: `No route ${request.method} ${request.url.split('?')[0] ?? ''}` });
}

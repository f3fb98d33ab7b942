import type { FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';

/**
 * Paths redacted from every log line: secrets and anything that could identify a patient. Request and
 * response bodies are never logged at all (the serializers below log only method, path and status).
 */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.code',
  '*.token',
  '*.secret',
  '*.mfaSecret',
  '*.passwordHash',
  '*.pseudonym',
  '*.patientId',
  '*.birthYear',
  '*.email',
];

/** Pino options for Fastify; `stream` replaces stdout (tests capture the log lines with it). */
export function loggerOptions(level: string, stream?: DestinationStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      // The query string is dropped: it can carry search terms or identifiers.
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { schema, type Database } from '@leerlus/db';
import { AppError } from '../http/errors';
import { audit } from './record';

/** What a route audits; `deniedAudit` uses it to name the refused attempt. */
export interface RouteAudit {
  action: string;
  resourceType: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The audit action of the route, also used for refused (403) attempts. */
    audit?: RouteAudit;
  }
}

/**
 * Audits refused attempts: every FORBIDDEN answer of a route in this scope is recorded with outcome
 * `denied`, under the route's own action (route config `audit`) or `access.denied`. Written on the
 * database, not the handler's transaction (which rolled back). 404s are not recorded: they are the
 * normal answer for anything the actor may not know exists.
 */
export function auditDenied(app: FastifyInstance): void {
  app.addHook('onError', async (request, _reply, error) => {
    if (!(error instanceof AppError) || error.code !== 'FORBIDDEN' || !request.auth) return;
    try {
      const scope = await scopeOf(app.deps.db, request);
      const named = request.routeOptions.config.audit;
      await audit(request, app.deps.db, {
        action: named?.action ?? 'access.denied',
        resourceType: named?.resourceType ?? 'route',
        ...scope,
        outcome: 'denied',
        details: { method: request.method, route: request.routeOptions.url ?? null },
      });
    } catch (failure) {
      request.log.error({ err: failure }, 'could not audit a denied attempt');
    }
  });
}

/** The organisation and team a request addresses, from its path parameters. */
async function scopeOf(
  db: Database,
  request: FastifyRequest,
): Promise<{ organisationId: string | null; teamId: string | null }> {
  const params = (request.params ?? {}) as Record<string, unknown>;
  const organisationId = typeof params.organisationId === 'string' ? params.organisationId : null;
  const teamId = typeof params.teamId === 'string' ? params.teamId : null;
  if (organisationId || !teamId) return { organisationId, teamId };
  const [team] = await db
    .select({ organisationId: schema.teams.organisationId })
    .from(schema.teams)
    .where(eq(schema.teams.id, teamId));
  return { organisationId: team?.organisationId ?? null, teamId };
}

import type { FastifyRequest } from 'fastify';
import { recordAudit, type AuditInput, type Executor } from '@leerlus/db';

/**
 * Records an audit event for the current request: actor and client address are taken from the
 * request, so routes only say what happened. Pass a transaction to make the event part of the
 * mutation; pass the database for events that must be kept even when the action fails.
 */
export function audit(
  request: FastifyRequest,
  executor: Executor,
  event: Omit<AuditInput, 'actorId' | 'actorEmail' | 'ip'> & { actorId?: string | null; actorEmail?: string | null },
): Promise<void> {
  return recordAudit(executor, {
    actorId: request.auth?.userId ?? null,
    actorEmail: request.auth?.email ?? null,
    ip: request.ip,
    ...event,
  });
}

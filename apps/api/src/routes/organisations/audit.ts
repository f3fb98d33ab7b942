import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  auditPageSchema,
  auditQuerySchema,
  auditVerifyResultSchema,
  organisationParamsSchema,
} from '@leerlus/contracts';
import { verifyAuditChain } from '@leerlus/db';
import { audit } from '../../audit/record';
import { searchAudit } from './audit-queries';
import { organisationScope } from './scope';

type App = Parameters<FastifyPluginAsyncZod>[0];

const READ = { action: 'audit.read', resourceType: 'audit-log' } as const;
const VERIFY = { action: 'audit.verify', resourceType: 'audit-log' } as const;

/** The organisation's audit log: search it (itself audited) and verify the hash chain. */
export const organisationAuditRoutes: FastifyPluginAsyncZod = async (app) => {
  searchAuditRoute(app);
  verifyAuditRoute(app);
};

function searchAuditRoute(app: App): void {
  app.get(
    '/api/v1/organisations/:organisationId/audit',
    {
      config: { audit: READ },
      schema: {
        tags: ['admin'],
        summary: "Search the organisation's audit events, newest first (page with nextBefore)",
        params: organisationParamsSchema,
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const { organisation } = await organisationScope(
        db,
        request.auth,
        request.params.organisationId,
        'audit:read',
      );
      const page = await searchAudit(db, organisation.id, request.query);
      // Recorded after the search, so the reader's own event does not shift the page being read.
      const { actor, action, from, to, before } = request.query;
      await audit(request, db, {
        ...READ,
        organisationId: organisation.id,
        outcome: 'success',
        details: {
          actor: actor ?? null,
          action: action ?? null,
          from: from ?? null,
          to: to ?? null,
          before: before ?? null,
          count: page.items.length,
        },
      });
      return page;
    },
  );
}

function verifyAuditRoute(app: App): void {
  app.post(
    '/api/v1/organisations/:organisationId/audit/verify',
    {
      config: { audit: VERIFY },
      schema: {
        tags: ['admin'],
        summary: 'Verify the hash chain of the audit log (reports the first row that does not verify)',
        params: organisationParamsSchema,
        response: { 200: auditVerifyResultSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const { organisation } = await organisationScope(
        db,
        request.auth,
        request.params.organisationId,
        'audit:read',
      );
      const result = await verifyAuditChain(db);
      await audit(request, db, {
        ...VERIFY,
        organisationId: organisation.id,
        outcome: 'success',
        details: { ...result },
      });
      return result;
    },
  );
}

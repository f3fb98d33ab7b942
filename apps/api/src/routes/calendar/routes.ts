import { and, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { teamParamsSchema } from '@leerlus/contracts';
import {
  calendarFeedCreatedSchema,
  calendarFeedParamsSchema,
  calendarFeedStatusSchema,
  calendarQuerySchema,
  calendarSchema,
} from '@leerlus/contracts/cycles';
import { schema } from '@leerlus/db';
import { buildICalendar } from '@leerlus/domain/cycles/icalendar';
import { addDays } from '@leerlus/domain/improvement/calendar-dates';
import { requireAuth } from '../../access/authorize';
import { systemAccess, teamScope } from '../../access/team-scope';
import { auditDenied } from '../../audit/denied';
import { audit } from '../../audit/record';
import { hashToken, randomToken } from '../../auth/tokens';
import { notFound } from '../../http/errors';
import { calendarItems, feedContent, teamsOfUser } from './queries';

const { calendarFeedTokens } = schema;
const FEED_CREATE = { action: 'calendar-feed.create', resourceType: 'calendar-feed' } as const;
const FEED_REVOKE = { action: 'calendar-feed.revoke', resourceType: 'calendar-feed' } as const;
const orgParamsSchema = z.object({ organisationId: z.uuid() }).strict();
const today = () => new Date().toISOString().slice(0, 10);

/** The team's improvement calendar, and the caller's personal feed token (per organisation). */
export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  auditDenied(app);

  app.get(
    '/api/v1/teams/:teamId/calendar',
    {
      schema: {
        tags: ['calendar'],
        summary: "The team's improvement calendar in a window",
        params: teamParamsSchema,
        querystring: calendarQuerySchema,
        response: { 200: calendarSchema },
      },
    },
    async (request) => {
      const team = await teamScope(app.deps.db, request.auth, request.params.teamId, 'improvement:read');
      const { from, to } = request.query;
      return { from, to, items: await calendarItems(app.deps.db, [team], from, to, today()) };
    },
  );

  const memberOf = (request: { auth: Parameters<typeof requireAuth>[0] }, organisationId: string) => {
    const auth = requireAuth(request.auth);
    if (!auth.memberships.some((m) => m.organisationId === organisationId)) throw notFound('Organisation');
    return auth;
  };
  const activeToken = (userId: string, organisationId: string) =>
    app.deps.db
      .select()
      .from(calendarFeedTokens)
      .where(
        and(
          eq(calendarFeedTokens.userId, userId),
          eq(calendarFeedTokens.organisationId, organisationId),
          isNull(calendarFeedTokens.revokedAt),
        ),
      );

  app.get(
    '/api/v1/organisations/:organisationId/calendar-feed',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Whether the caller has an active calendar feed',
        params: orgParamsSchema,
        response: { 200: calendarFeedStatusSchema },
      },
    },
    async (request) => {
      const auth = memberOf(request, request.params.organisationId);
      const [row] = await activeToken(auth.userId, request.params.organisationId);
      return {
        active: row !== undefined,
        createdAt: row?.createdAt.toISOString() ?? null,
        lastUsedAt: row?.lastUsedAt?.toISOString() ?? null,
      };
    },
  );

  app.post(
    '/api/v1/organisations/:organisationId/calendar-feed',
    {
      config: { audit: FEED_CREATE },
      schema: {
        tags: ['calendar'],
        summary: '(Re)generate the personal feed URL; an earlier URL stops working',
        params: orgParamsSchema,
        response: { 201: calendarFeedCreatedSchema },
      },
    },
    async (request, reply) => {
      const auth = memberOf(request, request.params.organisationId);
      const token = randomToken();
      const row = await app.deps.db.transaction(async (tx) => {
        await tx
          .update(calendarFeedTokens)
          .set({ revokedAt: sql`now()` })
          .where(
            and(
              eq(calendarFeedTokens.userId, auth.userId),
              eq(calendarFeedTokens.organisationId, request.params.organisationId),
              isNull(calendarFeedTokens.revokedAt),
            ),
          );
        const [created] = await tx
          .insert(calendarFeedTokens)
          .values({
            userId: auth.userId,
            organisationId: request.params.organisationId,
            tokenHash: hashToken(token),
          })
          .returning();
        await audit(request, tx, {
          ...FEED_CREATE,
          resourceId: created!.id,
          organisationId: request.params.organisationId,
          outcome: 'success',
        });
        return created!;
      });
      const base = app.deps.config.publicUrl ?? '';
      return reply.status(201).send({
        active: true,
        createdAt: row.createdAt.toISOString(),
        lastUsedAt: null,
        url: `${base}/api/v1/calendar-feed/${token}.ics`,
      });
    },
  );

  app.delete(
    '/api/v1/organisations/:organisationId/calendar-feed',
    {
      config: { audit: FEED_REVOKE },
      schema: {
        tags: ['calendar'],
        summary: 'Revoke the personal feed URL',
        params: orgParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const auth = memberOf(request, request.params.organisationId);
      await app.deps.db.transaction(async (tx) => {
        const revoked = await tx
          .update(calendarFeedTokens)
          .set({ revokedAt: sql`now()` })
          .where(
            and(
              eq(calendarFeedTokens.userId, auth.userId),
              eq(calendarFeedTokens.organisationId, request.params.organisationId),
              isNull(calendarFeedTokens.revokedAt),
            ),
          )
          .returning({ id: calendarFeedTokens.id });
        for (const r of revoked)
          await audit(request, tx, {
            ...FEED_REVOKE,
            resourceId: r.id,
            organisationId: request.params.organisationId,
            outcome: 'success',
          });
      });
      return reply.status(204).send(null);
    },
  );
};

/**
 * The public feed: calendar programs fetch it without a session, so the secret token in the URL is the
 * credential. Only its SHA-256 is stored; a revoked or unknown token answers 404. The feed holds the
 * meetings of the user's teams (with RRULE) and the dated items of the past 3 and next 12 months.
 */
export const publicCalendarFeedRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/calendar-feed/:token',
    {
      schema: {
        tags: ['calendar'],
        summary: 'The personal iCalendar feed (RFC 5545)',
        params: calendarFeedParamsSchema,
        response: { 200: z.any() },
      },
    },
    async (request, reply) => {
      const db = systemAccess(
        app.deps.db,
        'calendar feed: the secret token is the credential, no session exists',
      );
      const token = request.params.token.replace(/\.ics$/, '');
      const [row] = await db
        .select()
        .from(calendarFeedTokens)
        .where(and(eq(calendarFeedTokens.tokenHash, hashToken(token)), isNull(calendarFeedTokens.revokedAt)));
      if (!row) throw notFound('Calendar feed');
      await db
        .update(calendarFeedTokens)
        .set({ lastUsedAt: sql`now()` })
        .where(eq(calendarFeedTokens.id, row.id));
      const now = new Date();
      const day = now.toISOString().slice(0, 10);
      const teamList = await teamsOfUser(db, row.userId, row.organisationId);
      const content = await feedContent(
        db,
        teamList,
        addDays(day, -92),
        addDays(day, 366),
        day,
        app.deps.config.publicUrl ?? '',
      );
      const body = buildICalendar({ name: 'Leerlus – verbeterkalender', now: now.toISOString(), ...content });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(body);
    },
  );
};

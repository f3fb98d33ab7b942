import { asc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { teamParamsSchema } from '@leerlus/contracts';
import {
  createMeetingRequestSchema,
  documentQuerySchema,
  generateOccurrencesRequestSchema,
  matrixSchema,
  meetingListSchema,
  meetingParamsSchema,
  meetingSchema,
  occurrenceDetailSchema,
  occurrenceListSchema,
  occurrenceParamsSchema,
  occurrenceQuerySchema,
  putAttendanceRequestSchema,
  putMatrixRequestSchema,
  updateMeetingRequestSchema,
  updateOccurrenceRequestSchema,
} from '@leerlus/contracts/improvement';
import { schema } from '@leerlus/db';
import { teamScope } from '../../access/team-scope';
import { auditDenied } from '../../audit/denied';
import { audit } from '../../audit/record';
import { assertMembers, invalidField, meetingOf, occurrenceOf, userNames } from '../goals/shared';
import { factsheetPdf, formatDate, matrixPosterPdf, minutesMarkdown, minutesPdf } from './documents';
import { loadMatrix, replaceMatrix } from './matrix';
import { generateStoredOccurrences, listOccurrences, occurrenceDetail } from './occurrences';
import { presentMeetings, setMeetingMembers, teamMeetings } from './queries';

const M_CREATE = { action: 'meeting.create', resourceType: 'meeting' } as const;
const M_UPDATE = { action: 'meeting.update', resourceType: 'meeting' } as const;
const M_DELETE = { action: 'meeting.delete', resourceType: 'meeting' } as const;
const MATRIX = { action: 'matrix.update', resourceType: 'team' } as const;
const GENERATE = { action: 'meeting.occurrences.generate', resourceType: 'meeting' } as const;
const O_UPDATE = { action: 'occurrence.update', resourceType: 'meeting-occurrence' } as const;
const ATTENDANCE = { action: 'occurrence.attendance', resourceType: 'meeting-occurrence' } as const;

const pdfReply = (name: string) => ({ 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf"`, 'cache-control': 'no-store' });

/** Meetings: list, create, change, delete, factsheet. improvement:read / improvement:manage. */
const meetingCrudRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['meetings'];
  app.get('/api/v1/teams/:teamId/meetings', { schema: { tags, summary: "The team's meetings", params: teamParamsSchema, response: { 200: meetingListSchema } } }, async (request) => {
    const { db } = app.deps;
    const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:read');
    return { meetings: await presentMeetings(db, await teamMeetings(db, team.id)) };
  });

  app.post(
    '/api/v1/teams/:teamId/meetings',
    { config: { audit: M_CREATE }, schema: { tags, summary: 'Create a meeting', params: teamParamsSchema, body: createMeetingRequestSchema, response: { 201: meetingSchema } } },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:manage');
      const meeting = await db.transaction(async (tx) => {
        const { memberIds, ...values } = request.body;
        await assertMembers(tx, team, { chairId: values.chairId, memberIds });
        const [row] = await tx
          .insert(schema.meetings)
          .values({ ...values, rrule: values.frequency === 'custom' ? values.rrule : null, organisationId: team.organisationId, teamId: team.id, createdBy: request.auth?.userId ?? null })
          .returning();
        await setMeetingMembers(tx, row!.id, memberIds);
        await audit(request, tx, { ...M_CREATE, resourceId: row!.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { type: row!.type, frequency: row!.frequency } });
        return (await presentMeetings(tx, [row!]))[0]!;
      });
      return reply.status(201).send(meeting);
    },
  );

  app.get('/api/v1/teams/:teamId/meetings/:meetingId', { schema: { tags, summary: 'One meeting', params: meetingParamsSchema, response: { 200: meetingSchema } } }, async (request) => {
    const { db } = app.deps;
    const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:read');
    return (await presentMeetings(db, [await meetingOf(db, team.id, request.params.meetingId)]))[0]!;
  });

  app.patch(
    '/api/v1/teams/:teamId/meetings/:meetingId',
    { config: { audit: M_UPDATE }, schema: { tags, summary: 'Change a meeting', params: meetingParamsSchema, body: updateMeetingRequestSchema, response: { 200: meetingSchema } } },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:manage');
      return db.transaction(async (tx) => {
        const current = await meetingOf(tx, team.id, request.params.meetingId);
        const { memberIds, ...values } = request.body;
        await assertMembers(tx, team, { chairId: values.chairId, memberIds });
        const frequency = values.frequency ?? current.frequency;
        const rrule = frequency === 'custom' ? (values.rrule ?? current.rrule) : null;
        const startDate = values.startDate ?? current.startDate;
        const endDate = values.endDate === undefined ? current.endDate : values.endDate;
        if (frequency === 'custom' && !rrule) throw invalidField('rrule', 'a custom frequency needs a recurrence rule');
        if (endDate && endDate < startDate) throw invalidField('endDate', 'must not be before the start date');
        const [row] = await tx.update(schema.meetings).set({ ...values, rrule, updatedAt: new Date() }).where(eq(schema.meetings.id, current.id)).returning();
        if (memberIds) await setMeetingMembers(tx, row!.id, memberIds);
        await audit(request, tx, { ...M_UPDATE, resourceId: row!.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { fields: Object.keys(request.body).sort().join(',') } });
        return (await presentMeetings(tx, [row!]))[0]!;
      });
    },
  );

  app.delete(
    '/api/v1/teams/:teamId/meetings/:meetingId',
    { config: { audit: M_DELETE }, schema: { tags, summary: 'Delete a meeting with its occurrences and matrix column', params: meetingParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:manage');
      await db.transaction(async (tx) => {
        const meeting = await meetingOf(tx, team.id, request.params.meetingId);
        await tx.delete(schema.meetings).where(eq(schema.meetings.id, meeting.id));
        await audit(request, tx, { ...M_DELETE, resourceId: meeting.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success' });
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/teams/:teamId/meetings/:meetingId/factsheet.pdf',
    { schema: { tags, summary: 'The factsheet of the meeting (PDF)', params: meetingParamsSchema, querystring: documentQuerySchema } },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:read');
      const meeting = await meetingOf(db, team.id, request.params.meetingId);
      const cells = await db
        .select({ title: schema.goals.title, ownerId: schema.goals.ownerId, cadence: schema.meetingGoals.cadence, nth: schema.meetingGoals.nth })
        .from(schema.meetingGoals)
        .innerJoin(schema.goals, eq(schema.goals.id, schema.meetingGoals.goalId))
        .where(eq(schema.meetingGoals.meetingId, meeting.id))
        .orderBy(asc(schema.meetingGoals.position));
      const names = await userNames(db, cells.map((c) => c.ownerId));
      const bytes = await factsheetPdf((await presentMeetings(db, [meeting]))[0]!, cells.map((c) => ({ ...c, ownerName: c.ownerId ? (names.get(c.ownerId) ?? null) : null })), request.query.lang);
      return reply.headers(pdfReply(`factsheet-${meeting.name}`)).send(bytes);
    },
  );
};

/** The meeting × goal matrix and its poster. */
const matrixRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['meetings'];
  app.get('/api/v1/teams/:teamId/matrix', { schema: { tags, summary: 'The meeting × goal matrix with its warnings', params: teamParamsSchema, response: { 200: matrixSchema } } }, async (request) => {
    const team = await teamScope(app.deps.db, request.auth, request.params.teamId, 'improvement:read');
    return loadMatrix(app.deps.db, team);
  });

  app.put(
    '/api/v1/teams/:teamId/matrix',
    { config: { audit: MATRIX }, schema: { tags, summary: 'Replace the matrix (all cells)', params: teamParamsSchema, body: putMatrixRequestSchema, response: { 200: matrixSchema } } },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:manage');
      return db.transaction(async (tx) => {
        const cells = await replaceMatrix(tx, team, request.body.cells);
        await audit(request, tx, { ...MATRIX, resourceId: team.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { cells } });
        return loadMatrix(tx, team);
      });
    },
  );

  app.get(
    '/api/v1/teams/:teamId/matrix/poster.pdf',
    { schema: { tags, summary: 'The matrix as an A3 poster (PDF)', params: teamParamsSchema, querystring: documentQuerySchema } },
    async (request, reply) => {
      const team = await teamScope(app.deps.db, request.auth, request.params.teamId, 'improvement:read');
      const bytes = await matrixPosterPdf(team.name, await loadMatrix(app.deps.db, team), request.query.lang);
      return reply.headers(pdfReply(`matrix-${team.name}`)).send(bytes);
    },
  );
};

/** Occurrences: list, generate from the schedule, detail with agenda, meeting-mode recording, minutes. */
const occurrenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['meetings'];
  app.get(
    '/api/v1/teams/:teamId/occurrences',
    { schema: { tags, summary: "The team's meeting occurrences in a date range", params: teamParamsSchema, querystring: occurrenceQuerySchema, response: { 200: occurrenceListSchema } } },
    async (request) => {
      const team = await teamScope(app.deps.db, request.auth, request.params.teamId, 'improvement:read');
      return { occurrences: await listOccurrences(app.deps.db, team.id, request.query) };
    },
  );

  app.post(
    '/api/v1/teams/:teamId/meetings/:meetingId/occurrences',
    {
      config: { audit: GENERATE },
      schema: { tags, summary: "Generate the meeting's occurrences in a date range from its frequency (idempotent)", params: meetingParamsSchema, body: generateOccurrencesRequestSchema, response: { 200: occurrenceListSchema } },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:contribute');
      return db.transaction(async (tx) => {
        const meeting = await meetingOf(tx, team.id, request.params.meetingId);
        const occurrences = await generateStoredOccurrences(tx, meeting, request.body.from, request.body.to);
        await audit(request, tx, { ...GENERATE, resourceId: meeting.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { from: request.body.from, to: request.body.to } });
        return { occurrences };
      });
    },
  );

  app.get(
    '/api/v1/teams/:teamId/occurrences/:occurrenceId',
    { schema: { tags, summary: 'One occurrence with its generated agenda and what was recorded', params: occurrenceParamsSchema, response: { 200: occurrenceDetailSchema } } },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:read');
      return occurrenceDetail(db, team, await occurrenceOf(db, team.id, request.params.occurrenceId));
    },
  );

  app.patch(
    '/api/v1/teams/:teamId/occurrences/:occurrenceId',
    {
      config: { audit: O_UPDATE },
      schema: { tags, summary: 'Change an occurrence: status, agenda order and extra items, guests, notes, start/end', params: occurrenceParamsSchema, body: updateOccurrenceRequestSchema, response: { 200: occurrenceDetailSchema } },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:contribute');
      return db.transaction(async (tx) => {
        const current = await occurrenceOf(tx, team.id, request.params.occurrenceId);
        const { started, ended, notes, ...values } = request.body;
        const now = new Date();
        const [row] = await tx
          .update(schema.meetingOccurrences)
          .set({
            ...values,
            ...(notes ? { notes: { ...current.notes, ...notes } } : {}),
            ...(started === undefined ? {} : { startedAt: started ? (current.startedAt ?? now) : null }),
            ...(ended === undefined ? {} : { endedAt: ended ? now : null, ...(ended ? { status: 'held' as const } : {}) }),
          })
          .where(eq(schema.meetingOccurrences.id, current.id))
          .returning();
        await audit(request, tx, { ...O_UPDATE, resourceId: current.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { fields: Object.keys(request.body).sort().join(',') } });
        return occurrenceDetail(tx, team, row!);
      });
    },
  );

  app.put(
    '/api/v1/teams/:teamId/occurrences/:occurrenceId/attendance',
    { config: { audit: ATTENDANCE }, schema: { tags, summary: 'Record attendance', params: occurrenceParamsSchema, body: putAttendanceRequestSchema, response: { 200: occurrenceDetailSchema } } },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:contribute');
      return db.transaction(async (tx) => {
        const occurrence = await occurrenceOf(tx, team.id, request.params.occurrenceId);
        const { attendance } = request.body;
        await assertMembers(tx, team, { attendance: attendance.map((a) => a.userId) });
        await tx.delete(schema.meetingAttendance).where(eq(schema.meetingAttendance.occurrenceId, occurrence.id));
        if (attendance.length > 0) await tx.insert(schema.meetingAttendance).values(attendance.map((a) => ({ ...a, occurrenceId: occurrence.id }))).onConflictDoNothing();
        await audit(request, tx, { ...ATTENDANCE, resourceId: occurrence.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { present: attendance.filter((a) => a.status === 'present').length } });
        return occurrenceDetail(tx, team, occurrence);
      });
    },
  );

  app.get(
    '/api/v1/teams/:teamId/occurrences/:occurrenceId/minutes.md',
    { schema: { tags, summary: 'The minutes of an occurrence as Markdown', params: occurrenceParamsSchema, querystring: documentQuerySchema } },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:read');
      const detail = await occurrenceDetail(db, team, await occurrenceOf(db, team.id, request.params.occurrenceId));
      const name = `minutes-${detail.meeting.name}-${formatDate(detail.occurrence.localDate)}`.replace(/[^A-Za-z0-9._-]+/g, '-');
      return reply
        .headers({ 'content-type': 'text/markdown; charset=utf-8', 'content-disposition': `attachment; filename="${name}.md"`, 'cache-control': 'no-store' })
        .send(minutesMarkdown(detail, request.query.lang));
    },
  );

  app.get(
    '/api/v1/teams/:teamId/occurrences/:occurrenceId/minutes.pdf',
    { schema: { tags, summary: 'The minutes of an occurrence as PDF', params: occurrenceParamsSchema, querystring: documentQuerySchema } },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:read');
      const detail = await occurrenceDetail(db, team, await occurrenceOf(db, team.id, request.params.occurrenceId));
      return reply.headers(pdfReply(`minutes-${detail.meeting.name}-${formatDate(detail.occurrence.localDate)}`)).send(await minutesPdf(detail, request.query.lang));
    },
  );
};

/** Meetings, the matrix and occurrences of a team (issue 6). */
export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  auditDenied(app);
  await app.register(meetingCrudRoutes);
  await app.register(matrixRoutes);
  await app.register(occurrenceRoutes);
};



import { eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { teamParamsSchema } from '@leerlus/contracts';
import {
  a3ListSchema,
  a3ParamsSchema,
  a3PdfQuerySchema,
  a3Schema,
  createA3RequestSchema,
  updateA3RequestSchema,
} from '@leerlus/contracts/cycles';
import { schema } from '@leerlus/db';
import { teamScope } from '../../access/team-scope';
import { auditDenied } from '../../audit/denied';
import { audit } from '../../audit/record';
import { assertTeamPeople, definedOnly, goalOfTeam } from '../pdsa/records';
import { renderA3Pdf } from './document';
import { listReports, presentReports, reportOfTeam } from './queries';

const { a3Reports } = schema;
const CREATE = { action: 'a3.create', resourceType: 'a3-report' } as const;
const UPDATE = { action: 'a3.update', resourceType: 'a3-report' } as const;

/** A3 reports of a team: list, write section by section, print on one A3 landscape page. */
export const a3Routes: FastifyPluginAsyncZod = async (app) => {
  auditDenied(app);

  app.get(
    '/api/v1/teams/:teamId/a3',
    {
      schema: {
        tags: ['a3'],
        summary: "The team's A3 reports",
        params: teamParamsSchema,
        response: { 200: a3ListSchema },
      },
    },
    async (request) => {
      const team = await teamScope(app.deps.db, request.auth, request.params.teamId, 'improvement:read');
      return { reports: await listReports(app.deps.db, team) };
    },
  );

  app.get(
    '/api/v1/teams/:teamId/a3/:reportId',
    {
      schema: { tags: ['a3'], summary: 'One A3 report', params: a3ParamsSchema, response: { 200: a3Schema } },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:read');
      return (await presentReports(db, [await reportOfTeam(db, team, request.params.reportId)]))[0]!;
    },
  );

  app.get(
    '/api/v1/teams/:teamId/a3/:reportId/pdf',
    {
      schema: {
        tags: ['a3'],
        summary: 'The A3 report as one A3 landscape PDF page',
        params: a3ParamsSchema,
        querystring: a3PdfQuerySchema,
        response: { 200: z.any() },
      },
    },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:read');
      const report = (await presentReports(db, [await reportOfTeam(db, team, request.params.reportId)]))[0]!;
      const pdf = await renderA3Pdf(report, request.query.lang);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="a3-${report.id.slice(0, 8)}.pdf"`)
        .send(pdf);
    },
  );

  app.post(
    '/api/v1/teams/:teamId/a3',
    {
      config: { audit: CREATE },
      schema: {
        tags: ['a3'],
        summary: 'Start an A3 report',
        params: teamParamsSchema,
        body: createA3RequestSchema,
        response: { 201: a3Schema },
      },
    },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:contribute');
      const body = request.body;
      const report = await db.transaction(async (tx) => {
        if (body.goalId) await goalOfTeam(tx, team, body.goalId);
        await assertTeamPeople(tx, team, { ownerId: body.ownerId, coachId: body.coachId });
        const [row] = await tx
          .insert(a3Reports)
          .values({
            ...definedOnly(body),
            title: body.title,
            teamId: team.id,
            createdBy: request.auth?.userId ?? null,
          })
          .returning();
        await audit(request, tx, {
          ...CREATE,
          resourceId: row!.id,
          organisationId: team.organisationId,
          teamId: team.id,
          outcome: 'success',
        });
        return (await presentReports(tx, [row!]))[0]!;
      });
      return reply.status(201).send(report);
    },
  );

  app.patch(
    '/api/v1/teams/:teamId/a3/:reportId',
    {
      config: { audit: UPDATE },
      schema: {
        tags: ['a3'],
        summary: 'Change an A3 report (sections given replace those sections)',
        params: a3ParamsSchema,
        body: updateA3RequestSchema,
        response: { 200: a3Schema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:contribute');
      return db.transaction(async (tx) => {
        const row = await reportOfTeam(tx, team, request.params.reportId);
        const body = request.body;
        if (body.goalId) await goalOfTeam(tx, team, body.goalId);
        await assertTeamPeople(tx, team, { ownerId: body.ownerId, coachId: body.coachId });
        const sections = body.sections ? { ...row.sections, ...body.sections } : undefined;
        const [updated] = await tx
          .update(a3Reports)
          .set({ ...definedOnly({ ...body, sections }), updatedAt: sql`now()` })
          .where(eq(a3Reports.id, row.id))
          .returning();
        await audit(request, tx, {
          ...UPDATE,
          resourceId: row.id,
          organisationId: team.organisationId,
          teamId: team.id,
          outcome: 'success',
          details: { sections: Object.keys(body.sections ?? {}).join(',') },
        });
        return (await presentReports(tx, [updated!]))[0]!;
      });
    },
  );
};

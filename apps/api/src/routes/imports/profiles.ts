import { and, asc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { teamParamsSchema } from '@leerlus/contracts';
import {
  importProfileInputSchema,
  importProfileListSchema,
  importProfileParamsSchema,
  importProfileSchema,
  type ImportProfile,
} from '@leerlus/contracts/imports';
import { schema } from '@leerlus/db';
import { teamScope } from '../../access/team-scope';
import { audit } from '../../audit/record';
import { conflict, notFound } from '../../http/errors';

const SAVE = { action: 'import.profile.save', resourceType: 'import-profile' } as const;
const DELETE = { action: 'import.profile.delete', resourceType: 'import-profile' } as const;

const present = (p: typeof schema.importProfiles.$inferSelect): ImportProfile => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  mapping: p.mapping,
  updatedAt: p.updatedAt.toISOString(),
});

const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  return e.code === '23505' || e.cause?.code === '23505';
};

/** Named column mappings of a team (patient-data:write): list, create, update, delete. */
export const importProfileRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/teams/:teamId/import-profiles';

  app.get(
    base,
    {
      schema: {
        tags: ['imports'],
        summary: "The team's import profiles",
        params: teamParamsSchema,
        response: { 200: importProfileListSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'patient-data:write');
      const rows = await db
        .select()
        .from(schema.importProfiles)
        .where(eq(schema.importProfiles.teamId, team.id))
        .orderBy(asc(schema.importProfiles.name));
      return { profiles: rows.map(present) };
    },
  );

  app.post(
    base,
    {
      config: { audit: SAVE },
      schema: {
        tags: ['imports'],
        summary: 'Save a named column mapping',
        params: teamParamsSchema,
        body: importProfileInputSchema,
        response: { 201: importProfileSchema },
      },
    },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'patient-data:write');
      try {
        const saved = await db.transaction(async (tx) => {
          const [row] = await tx
            .insert(schema.importProfiles)
            .values({
              ...request.body,
              organisationId: team.organisationId,
              teamId: team.id,
              createdBy: request.auth?.userId ?? null,
            })
            .returning();
          await audit(request, tx, {
            ...SAVE,
            resourceId: row!.id,
            organisationId: team.organisationId,
            teamId: team.id,
            outcome: 'success',
            details: { name: row!.name },
          });
          return row!;
        });
        return await reply.status(201).send(present(saved));
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict('A profile with this name exists');
        throw error;
      }
    },
  );

  app.put(
    `${base}/:profileId`,
    {
      config: { audit: SAVE },
      schema: {
        tags: ['imports'],
        summary: 'Update a column mapping',
        params: importProfileParamsSchema,
        body: importProfileInputSchema,
        response: { 200: importProfileSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'patient-data:write');
      try {
        return await db.transaction(async (tx) => {
          const [row] = await tx
            .update(schema.importProfiles)
            .set({ ...request.body, updatedAt: new Date() })
            .where(
              and(
                eq(schema.importProfiles.id, request.params.profileId),
                eq(schema.importProfiles.teamId, team.id),
              ),
            )
            .returning();
          if (!row) throw notFound('Import profile');
          await audit(request, tx, {
            ...SAVE,
            resourceId: row.id,
            organisationId: team.organisationId,
            teamId: team.id,
            outcome: 'success',
            details: { name: row.name },
          });
          return present(row);
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict('A profile with this name exists');
        throw error;
      }
    },
  );

  app.delete(
    `${base}/:profileId`,
    {
      config: { audit: DELETE },
      schema: {
        tags: ['imports'],
        summary: 'Delete a column mapping',
        params: importProfileParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'patient-data:write');
      await db.transaction(async (tx) => {
        const [row] = await tx
          .delete(schema.importProfiles)
          .where(
            and(
              eq(schema.importProfiles.id, request.params.profileId),
              eq(schema.importProfiles.teamId, team.id),
            ),
          )
          .returning();
        if (!row) throw notFound('Import profile');
        await audit(request, tx, {
          ...DELETE,
          resourceId: row.id,
          organisationId: team.organisationId,
          teamId: team.id,
          outcome: 'success',
        });
      });
      return reply.status(204).send(null);
    },
  );
};

import { and, eq, ne, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createTeamRequestSchema,
  organisationParamsSchema,
  organisationTeamParamsSchema,
  teamSummarySchema,
  updateTeamRequestSchema,
} from '@leerlus/contracts';
import { schema, type Executor } from '@leerlus/db';
import { audit } from '../../audit/record';
import { conflict, notFound } from '../../http/errors';
import { teamSummary } from '../teams/queries';
import { organisationScope } from './scope';

type App = Parameters<FastifyPluginAsyncZod>[0];

const { teams } = schema;
const CREATE = { action: 'team.create', resourceType: 'team' } as const;
const UPDATE = { action: 'team.update', resourceType: 'team' } as const;

/** Two teams of one organisation with the same name (case-insensitive) would be indistinguishable in every list. */
async function assertNameFree(
  tx: Executor,
  organisationId: string,
  name: string,
  exceptTeamId?: string,
): Promise<void> {
  const [clash] = await tx
    .select({ id: teams.id })
    .from(teams)
    .where(
      and(
        eq(teams.organisationId, organisationId),
        eq(sql`lower(${teams.name})`, name.toLowerCase()),
        exceptTeamId ? ne(teams.id, exceptTeamId) : undefined,
      ),
    );
  if (clash) throw conflict('A team with this name already exists');
}

/** Creating and renaming the organisation's care teams. */
export const organisationTeamRoutes: FastifyPluginAsyncZod = async (app) => {
  createTeamRoute(app);
  updateTeamRoute(app);
};

function createTeamRoute(app: App): void {
  app.post(
    '/api/v1/organisations/:organisationId/teams',
    {
      config: { audit: CREATE },
      schema: {
        tags: ['admin'],
        summary: 'Create a care team',
        params: organisationParamsSchema,
        body: createTeamRequestSchema,
        response: { 201: teamSummarySchema },
      },
    },
    async (request, reply) => {
      const { db } = app.deps;
      const { organisation, actor } = await organisationScope(
        db,
        request.auth,
        request.params.organisationId,
        'organisation:admin',
      );
      const created = await db.transaction(async (tx) => {
        await assertNameFree(tx, organisation.id, request.body.name);
        const [team] = await tx
          .insert(teams)
          .values({ organisationId: organisation.id, ...request.body })
          .returning({ id: teams.id });
        await audit(request, tx, {
          ...CREATE,
          resourceId: team!.id,
          organisationId: organisation.id,
          teamId: team!.id,
          outcome: 'success',
        });
        return teamSummary(tx, actor, team!.id);
      });
      return reply.status(201).send(created);
    },
  );
}

function updateTeamRoute(app: App): void {
  app.patch(
    '/api/v1/organisations/:organisationId/teams/:teamId',
    {
      config: { audit: UPDATE },
      schema: {
        tags: ['admin'],
        summary: "Change a team's name or description",
        params: organisationTeamParamsSchema,
        body: updateTeamRequestSchema,
        response: { 200: teamSummarySchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const { organisation, actor } = await organisationScope(
        db,
        request.auth,
        request.params.organisationId,
        'organisation:admin',
      );
      const { teamId } = request.params;
      return db.transaction(async (tx) => {
        const [team] = await tx
          .select()
          .from(teams)
          .where(and(eq(teams.id, teamId), eq(teams.organisationId, organisation.id)))
          .for('update');
        if (!team) throw notFound('Team');
        if (request.body.name !== undefined)
          await assertNameFree(tx, organisation.id, request.body.name, teamId);
        if (Object.keys(request.body).length > 0)
          await tx.update(teams).set(request.body).where(eq(teams.id, teamId));
        await audit(request, tx, {
          ...UPDATE,
          resourceId: teamId,
          organisationId: organisation.id,
          teamId,
          outcome: 'success',
          details: {
            name: request.body.name ?? null,
            descriptionChanged: request.body.description !== undefined,
          },
        });
        return teamSummary(tx, actor, teamId);
      });
    },
  );
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createGapActionRequestSchema, gapActionSchema, gapParamsSchema } from '@leerlus/contracts/maturity';
import { gapList, instrumentItems } from '@leerlus/domain/maturity/index';
import { audit } from '../../audit/record';
import { conflict, notFound } from '../../http/errors';
import { answerVersions, scoreOf } from './assessment-queries';
import { createGapAction } from './gap-actions';
import { assessmentScope } from './scope';

const CREATE = { action: 'maturity.gap.action', resourceType: 'maturity-assessment' } as const;

/** Gap → action: one click turns an item below target into an action on the team's board. */
export const gapActionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  app.post(
    '/api/v1/teams/:teamId/maturity/assessments/:assessmentId/gaps/:itemId/action',
    {
      config: { audit: CREATE },
      schema: { tags: ['maturity'], summary: 'Turn a gap (an item below target) into an action on the team’s improvement board, linked back to the item', params: gapParamsSchema, body: createGapActionRequestSchema, response: { 201: gapActionSchema } },
    },
    async (request, reply) => {
      const { team, assessment, auth } = await assessmentScope(db, request.auth, request.params.teamId, request.params.assessmentId, 'maturity:manage');
      const { itemId } = request.params;
      const found = instrumentItems(assessment.definition).find(({ item }) => item.id === itemId);
      if (!found) throw notFound('Item');
      const { score } = scoreOf(assessment.definition, await answerVersions(db, [assessment.id]));
      if (!gapList(assessment.definition, score).some((g) => g.itemId === itemId)) throw conflict('This item is not below its target');
      const body = request.body;
      const title = body.title ?? found.item.text[body.locale];
      const description = body.description ?? `${assessment.definition.title[body.locale]} – ${found.theme.title[body.locale]}`;
      const actionId = await db.transaction(async (tx) => {
        const id = await createGapAction(tx, team, assessment, auth.userId, {
          itemId,
          title: title.slice(0, 300),
          description,
          ownerId: body.ownerId ?? null,
          dueDate: body.dueDate ?? null,
          resultsPath: `/teams/${team.id}/maturity/assessments/${assessment.id}/results#item-${itemId}`,
        });
        await audit(request, tx, { ...CREATE, resourceId: assessment.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { itemId, actionId: id } });
        return id;
      });
      return reply.status(201).send({ actionId, assessmentId: assessment.id, itemId, title });
    },
  );
};

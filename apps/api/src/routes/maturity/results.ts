import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { teamParamsSchema } from '@leerlus/contracts';
import { assessmentParamsSchema, assessmentResultsSchema, comparisonQuerySchema, comparisonSchema, readinessSummarySchema, sharingSchema } from '@leerlus/contracts/maturity';
import { schema } from '@leerlus/db';
import { readinessOf } from '@leerlus/domain/maturity/index';
import { teamScope } from '../../access/team-scope';
import { audit } from '../../audit/record';
import { answerVersions, presentAssessments, scoreOf, teamAssessments } from './assessment-queries';
import { gapActionIds } from './gap-actions';
import { instrumentOf, visibleInstruments } from './instrument-queries';
import { comparisonFor, resultsOf } from './results-service';
import { assessmentScope } from './scope';

const SHARING = { action: 'maturity.sharing.update', resourceType: 'team' } as const;

/** Results, comparison across the organisation's teams, the team's sharing choice and its readiness. */
export const resultRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.get(
    '/api/v1/teams/:teamId/maturity/assessments/:assessmentId/results',
    { schema: { tags: ['maturity'], summary: 'Scores, radar with earlier measurements, trends, answer distribution, findings and gaps', params: assessmentParamsSchema, response: { 200: assessmentResultsSchema } } },
    async (request) => {
      const { assessment } = await assessmentScope(db, request.auth, request.params.teamId, request.params.assessmentId, 'maturity:read');
      return resultsOf(db, assessment, await gapActionIds(db, assessment.id));
    },
  );

  app.get(
    '/api/v1/teams/:teamId/maturity/comparison',
    { schema: { tags: ['maturity'], summary: "The organisation's teams' latest measurements (anonymised for teams that do not share) and this team's position", params: teamParamsSchema, querystring: comparisonQuerySchema, response: { 200: comparisonSchema } } },
    async (request) => {
      const team = await teamScope(db, request.auth, request.params.teamId, 'maturity:read');
      const instrument = await instrumentOf(db, team.organisationId, request.query.instrumentId);
      return comparisonFor(db, team.organisationId, team.id, instrument);
    },
  );

  app.get(
    '/api/v1/teams/:teamId/maturity/sharing',
    { schema: { tags: ['maturity'], summary: 'Does the team show its maturity results by name in comparisons?', params: teamParamsSchema, response: { 200: sharingSchema } } },
    async (request) => {
      const team = await teamScope(db, request.auth, request.params.teamId, 'maturity:read');
      const [row] = await db.select().from(schema.maturityTeamSettings).where(eq(schema.maturityTeamSettings.teamId, team.id));
      return { sharesComparison: row?.sharesComparison ?? false };
    },
  );

  app.put(
    '/api/v1/teams/:teamId/maturity/sharing',
    { config: { audit: SHARING }, schema: { tags: ['maturity'], summary: 'The team decides whether it is shown by name in comparisons', params: teamParamsSchema, body: sharingSchema, response: { 200: sharingSchema } } },
    async (request) => {
      const team = await teamScope(db, request.auth, request.params.teamId, 'maturity:manage');
      const { sharesComparison } = request.body;
      await db.transaction(async (tx) => {
        await tx
          .insert(schema.maturityTeamSettings)
          .values({ teamId: team.id, sharesComparison, updatedBy: request.auth!.userId })
          .onConflictDoUpdate({ target: schema.maturityTeamSettings.teamId, set: { sharesComparison, updatedAt: new Date(), updatedBy: request.auth!.userId } });
        await audit(request, tx, { ...SHARING, resourceId: team.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { sharesComparison } });
      });
      return { sharesComparison };
    },
  );

  app.get(
    '/api/v1/teams/:teamId/maturity/readiness',
    { schema: { tags: ['maturity'], summary: 'For the team start page: must-haves status and per instrument the latest measurement and the next due date', params: teamParamsSchema, response: { 200: readinessSummarySchema } } },
    async (request) => {
      const team = await teamScope(db, request.auth, request.params.teamId, 'maturity:read');
      const [available, all] = await Promise.all([visibleInstruments(db, team.organisationId), teamAssessments(db, team.id)]);
      const presented = await presentAssessments(db, all);
      const today = new Date().toISOString().slice(0, 10);
      const instruments = available.map((inst) => {
        const latest = presented.find((a) => a.instrumentId === inst.id) ?? null;
        const nextDueOn = latest?.nextDueOn ?? null;
        return {
          instrumentId: inst.id,
          key: inst.key,
          title: inst.definition.title,
          latest: latest && { assessmentId: latest.id, measuredOn: latest.measuredOn, status: latest.status, overallPercent: latest.overallPercent },
          nextDueOn,
          isOverdue: nextDueOn !== null && nextDueOn < today,
        };
      });
      const readinessRow = all.find((a) => a.definition.kind === 'readiness');
      let readiness = null;
      if (readinessRow) {
        const { score } = scoreOf(readinessRow.definition, await answerVersions(db, [readinessRow.id]));
        readiness = { ...readinessOf(readinessRow.definition, score), assessmentId: readinessRow.id, measuredOn: readinessRow.measuredOn, status: readinessRow.status };
      }
      const readinessDefinition = readinessRow?.definition ?? available.find((i) => i.definition.kind === 'readiness')?.definition;
      const mustHaveTexts = (readinessDefinition?.themes ?? []).filter((t) => t.required).flatMap((t) => t.items.map((i) => ({ itemId: i.id, text: i.text })));
      return { readiness, mustHaveTexts, instruments };
    },
  );
};

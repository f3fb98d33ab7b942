import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { assessmentParamsSchema, exportQuerySchema } from '@leerlus/contracts/maturity';
import { audit } from '../../audit/record';
import { buildDeck } from './deck';
import { gapActionIds } from './gap-actions';
import { buildPdf } from './pdf';
import { resultsOf } from './results-service';
import { assessmentScope } from './scope';

const EXPORT = { action: 'maturity.assessment.export', resourceType: 'maturity-assessment' } as const;

const fileName = (key: string, measuredOn: string, ext: string) => `${key}-${measuredOn}.${ext}`;

/** The results as a PowerPoint deck and as a PDF (aggregates only; the export is audited). */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const formats = [
    { ext: 'pptx', type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', build: buildDeck, summary: 'The results as a PowerPoint deck (title, radar, trend, findings, gaps, next steps)' },
    { ext: 'pdf', type: 'application/pdf', build: buildPdf, summary: 'The results as a PDF' },
  ] as const;
  for (const format of formats) {
    app.get(
      `/api/v1/teams/:teamId/maturity/assessments/:assessmentId/export.${format.ext}`,
      { config: { audit: EXPORT }, schema: { tags: ['maturity'], summary: format.summary, params: assessmentParamsSchema, querystring: exportQuerySchema } },
      async (request, reply) => {
        const { team, assessment } = await assessmentScope(db, request.auth, request.params.teamId, request.params.assessmentId, 'maturity:read');
        const results = await resultsOf(db, assessment, await gapActionIds(db, assessment.id));
        const file = await format.build(results, team.name, request.query.locale);
        await audit(request, db, { ...EXPORT, resourceId: assessment.id, organisationId: team.organisationId, teamId: team.id, outcome: 'success', details: { format: format.ext, locale: request.query.locale } });
        return reply
          .header('content-type', format.type)
          .header('content-disposition', `attachment; filename="${fileName(assessment.instrumentKey, assessment.measuredOn, format.ext)}"`)
          .send(file);
      },
    );
  }
};

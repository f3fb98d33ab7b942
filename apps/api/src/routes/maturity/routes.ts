import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditDenied } from '../../audit/denied';
import { answerRoutes } from './answers';
import { assessmentRoutes } from './assessments';
import { exportRoutes } from './exports';
import { gapActionRoutes } from './gap-action-routes';
import { instrumentRoutes } from './instruments';
import { resultRoutes } from './results';

/**
 * Maturity and readiness (issue 7): instruments (data, versioned), a team's measurements, answers
 * (append-only), results, comparison, readiness and exports, under /api/v1/teams/:teamId/maturity/...
 * (maturity:read / answer / manage) and the organisation's own instruments
 * (maturity:instrument:manage). Another team's measurement answers 404.
 */
export const maturityRoutes: FastifyPluginAsyncZod = async (app) => {
  auditDenied(app);
  await app.register(instrumentRoutes);
  await app.register(assessmentRoutes);
  await app.register(answerRoutes);
  await app.register(resultRoutes);
  await app.register(exportRoutes);
  await app.register(gapActionRoutes);
};

import type { FastifyInstance } from 'fastify';
import { requireSession } from '../http/request-context';
import { accountRoutes } from './account/routes';
import { loginRoutes, sessionRoutes } from './auth/routes';
import { actionLogRoutes } from './actions/routes';
import { dashboardRoutes } from './dashboard/routes';
import { goalRoutes } from './goals/routes';
import { meetingRoutes } from './meetings/routes';
import { healthRoutes } from './health';
import { importsRoutes } from './imports/routes';
import { indicatorRoutes } from './indicators/routes';
import { publicInvitationRoutes } from './invitations/routes';
import { maturityRoutes } from './maturity/routes';
import { organisationRoutes } from './organisations/routes';
import { pdsaRoutes } from './pdsa/routes';
import { a3Routes } from './a3/routes';
import { boardRoutes } from './board/routes';
import { calendarRoutes, publicCalendarFeedRoutes } from './calendar/routes';
import { rolloutRoutes } from './rollout/routes';
import { statisticsRoutes } from './statistics/routes';
import { teamRoutes } from './teams/routes';

/**
 * Route registry. Public routes first; everything else sits in the authenticated scope, whose hook
 * enforces the session, CSRF on mutations and pending MFA enrolment. Each feature has one folder
 * under routes/ exporting a plugin; add it to the right list here.
 */
// statisticsRoutes: pure computation on the posted data (nothing stored), so no session is needed.
// publicCalendarFeedRoutes: the iCalendar feed, authenticated by its secret token instead of a session.
const PUBLIC = [
  healthRoutes,
  loginRoutes,
  publicInvitationRoutes,
  statisticsRoutes,
  publicCalendarFeedRoutes,
];
const AUTHENTICATED: typeof PUBLIC = [
  sessionRoutes,
  accountRoutes,
  teamRoutes,
  organisationRoutes,
  indicatorRoutes,
  dashboardRoutes,
  goalRoutes,
  meetingRoutes,
  actionLogRoutes,
  maturityRoutes,
  importsRoutes,
  pdsaRoutes,
  a3Routes,
  boardRoutes,
  calendarRoutes,
  rolloutRoutes,
];

export async function registerRoutes(app: FastifyInstance): Promise<void> {
  for (const plugin of PUBLIC) await app.register(plugin);
  await app.register(async (scope) => {
    scope.addHook('onRequest', requireSession);
    for (const plugin of AUTHENTICATED) await scope.register(plugin);
  });
}

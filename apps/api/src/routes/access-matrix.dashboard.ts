import type { MatrixContext, MatrixRow } from './access-matrix.table';
import type { ExpectBuilders } from './access-matrix.indicators';
import { createIndicatorRow } from './indicators/testing';

/** patient-data:read (the drill-down to the contributing patients). */
const PATIENT_READERS = ['admin', 'qualityAdvisor', 'teamLead', 'member', 'analyst'] as const;

const team = (c: MatrixContext, rest: string) => `/api/v1/teams/${c.world.teamA.id}/${rest}`;
const indicator = (c: MatrixContext) => createIndicatorRow(c.t.db, c.world.organisation.id);

/** The rows of the data-quality, export, drill-down and organisation-overview routes. */
export function dashboardRows({ signedIn, only }: ExpectBuilders): MatrixRow[] {
  return [
    {
      method: 'GET',
      route: '/api/v1/teams/:teamId/data-quality',
      request: (c) => ({ url: team(c, 'data-quality') }),
      expect: signedIn(200),
    },
    {
      method: 'GET',
      route: '/api/v1/teams/:teamId/indicators/:indicatorId/series/export',
      request: async (c) => ({
        url: team(c, `indicators/${(await indicator(c)).id}/series/export?format=csv`),
      }),
      expect: signedIn(200),
    },
    {
      method: 'GET',
      route: '/api/v1/teams/:teamId/indicators/:indicatorId/patients',
      request: async (c) => ({
        url: team(c, `indicators/${(await indicator(c)).id}/patients?period=2024-01-01`),
      }),
      expect: only(PATIENT_READERS, 200),
    },
    {
      method: 'GET',
      route: '/api/v1/organisations/:organisationId/overview',
      request: (c) => ({ url: `/api/v1/organisations/${c.world.organisation.id}/overview` }),
      expect: only(['admin'], 200),
    },
  ];
}

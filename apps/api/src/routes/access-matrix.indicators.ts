import type { Caller, MatrixContext, MatrixRow } from './access-matrix.table';
import { adopt, createIndicatorRow, createOutcomeSet } from './indicators/testing';

type Role = Exclude<Caller, 'anonymous'>;
type Expect = Record<Caller, number>;

/** The table's expectation builders, passed in (a type-only import keeps the modules acyclic). */
export interface ExpectBuilders {
  signedIn: (ok: number) => Expect;
  only: (roles: readonly Role[], ok: number) => Expect;
}

/** indicator:manage — held in any team of the organisation (createWorld's advisor and analyst are team-scoped). */
const CATALOGUE_MANAGERS: readonly Role[] = ['admin', 'qualityAdvisor', 'analyst'];
/** goal-set:manage */
const GOAL_SET_MANAGERS: readonly Role[] = ['admin', 'qualityAdvisor', 'teamLead'];

const catalogue = (c: MatrixContext, rest: string) => `/api/v1/organisations/${c.world.organisation.id}/${rest}`;
const team = (c: MatrixContext, rest: string) => `/api/v1/teams/${c.world.teamA.id}/${rest}`;
const indicator = (c: MatrixContext) => createIndicatorRow(c.t.db, c.world.organisation.id);
const orgSet = async (c: MatrixContext) => createOutcomeSet(c.t.db, c.world.organisation.id, [{ indicatorId: (await indicator(c)).id }]);
const NEW_INDICATOR = {
  nameNl: 'Heropname binnen 30 dagen',
  nameEn: 'Readmission within 30 days',
  kind: 'clinical-outcome',
  measure: 'proportion',
  definition: { observationCode: 'readm-30d', periodGranularity: 'month', numeratorFilter: { op: 'eq', value: 1 } },
};

/** The rows of the indicator, outcome-set, goal-set and dashboard routes. */
export function indicatorRows({ signedIn, only }: ExpectBuilders): MatrixRow[] {
  return [
    { method: 'GET', route: '/api/v1/organisations/:organisationId/indicators', request: (c) => ({ url: catalogue(c, 'indicators') }), expect: signedIn(200) },
    { method: 'GET', route: '/api/v1/organisations/:organisationId/indicators/:indicatorId', request: async (c) => ({ url: catalogue(c, `indicators/${(await indicator(c)).id}`) }), expect: signedIn(200) },
    {
      method: 'POST',
      route: '/api/v1/organisations/:organisationId/indicators',
      request: (c) => ({ url: catalogue(c, 'indicators'), payload: { ...NEW_INDICATOR, code: `readm-${c.caller}` } }),
      expect: only(CATALOGUE_MANAGERS, 201),
    },
    {
      method: 'PATCH',
      route: '/api/v1/organisations/:organisationId/indicators/:indicatorId',
      request: async (c) => ({ url: catalogue(c, `indicators/${(await indicator(c)).id}`), payload: { improvement: 'increase' } }),
      expect: only(CATALOGUE_MANAGERS, 200),
    },
    { method: 'DELETE', route: '/api/v1/organisations/:organisationId/indicators/:indicatorId', request: async (c) => ({ url: catalogue(c, `indicators/${(await indicator(c)).id}`) }), expect: only(CATALOGUE_MANAGERS, 204) },
    { method: 'GET', route: '/api/v1/organisations/:organisationId/outcome-sets', request: (c) => ({ url: catalogue(c, 'outcome-sets') }), expect: signedIn(200) },
    { method: 'GET', route: '/api/v1/organisations/:organisationId/outcome-sets/:outcomeSetId', request: async (c) => ({ url: catalogue(c, `outcome-sets/${(await orgSet(c)).id}`) }), expect: signedIn(200) },
    {
      method: 'POST',
      route: '/api/v1/organisations/:organisationId/outcome-sets/:outcomeSetId/instantiate',
      request: async (c) => {
        const template = await createOutcomeSet(c.t.db, c.world.organisation.id, [{ indicatorId: (await indicator(c)).id }], { isTemplate: true });
        return { url: catalogue(c, `outcome-sets/${template.id}/instantiate`) };
      },
      expect: only(CATALOGUE_MANAGERS, 201),
    },
    { method: 'GET', route: '/api/v1/teams/:teamId/indicators', request: (c) => ({ url: team(c, 'indicators') }), expect: signedIn(200) },
    { method: 'PUT', route: '/api/v1/teams/:teamId/indicators/:indicatorId', request: async (c) => ({ url: team(c, `indicators/${(await indicator(c)).id}`) }), expect: only(GOAL_SET_MANAGERS, 200) },
    {
      method: 'DELETE',
      route: '/api/v1/teams/:teamId/indicators/:indicatorId',
      request: async (c) => {
        const adopted = await indicator(c);
        await adopt(c.t.db, c.world.teamA.id, [adopted.id]);
        return { url: team(c, `indicators/${adopted.id}`) };
      },
      expect: only(GOAL_SET_MANAGERS, 204),
    },
    { method: 'POST', route: '/api/v1/teams/:teamId/outcome-sets', request: async (c) => ({ url: team(c, 'outcome-sets'), payload: { outcomeSetId: (await orgSet(c)).id } }), expect: only(GOAL_SET_MANAGERS, 200) },
    { method: 'GET', route: '/api/v1/teams/:teamId/dashboard', request: (c) => ({ url: team(c, 'dashboard?ageMin=18&caseMix=asa:1..3') }), expect: signedIn(200) },
    { method: 'GET', route: '/api/v1/teams/:teamId/indicators/:indicatorId/series', request: async (c) => ({ url: team(c, `indicators/${(await indicator(c)).id}/series`) }), expect: signedIn(200) },
  ];
}

import { QUICKSCAN } from '@leerlus/domain/maturity/index';
import type { Caller, MatrixContext, MatrixRow } from './access-matrix.table';
import type { ExpectBuilders } from './access-matrix.indicators';
import { answerAsSession, builtInInstrumentId, createAssessmentRow } from './maturity/testing';

type Role = Exclude<Caller, 'anonymous'>;

/** maturity:manage */
const MANAGERS: readonly Role[] = ['admin', 'qualityAdvisor', 'teamLead'];
/** maturity:answer */
const ANSWERERS: readonly Role[] = ['admin', 'qualityAdvisor', 'teamLead', 'member'];
/** maturity:instrument:manage (a role in any team of the organisation counts) */
const INSTRUMENT_MANAGERS: readonly Role[] = ['admin', 'qualityAdvisor'];

const team = (c: MatrixContext, rest: string) => `/api/v1/teams/${c.world.teamA.id}/maturity/${rest}`;
const quickscan = (c: MatrixContext) => builtInInstrumentId(c.t.db, 'quickscan');
const assessment = async (c: MatrixContext, values: Parameters<typeof createAssessmentRow>[3] = {}) => (await createAssessmentRow(c.t.db, c.world.teamA, await quickscan(c), values)).id;
const at = async (c: MatrixContext, rest: string, values: Parameters<typeof createAssessmentRow>[3] = {}) => team(c, `assessments/${await assessment(c, values)}${rest}`);

/** The rows of the maturity routes (issue 7). */
export function maturityRows({ signedIn, only }: ExpectBuilders): MatrixRow[] {
  return [
    { method: 'GET', route: '/api/v1/teams/:teamId/maturity/instruments', request: (c) => ({ url: team(c, 'instruments') }), expect: signedIn(200) },
    { method: 'GET', route: '/api/v1/teams/:teamId/maturity/instruments/:instrumentId', request: async (c) => ({ url: team(c, `instruments/${await quickscan(c)}`) }), expect: signedIn(200) },
    {
      method: 'POST',
      route: '/api/v1/organisations/:organisationId/maturity/instruments',
      request: (c) => ({ url: `/api/v1/organisations/${c.world.organisation.id}/maturity/instruments`, payload: { definition: { ...QUICKSCAN, key: `own-${c.caller.toLowerCase()}`, kind: 'custom' } } }),
      expect: only(INSTRUMENT_MANAGERS, 201),
    },
    { method: 'GET', route: '/api/v1/teams/:teamId/maturity/assessments', request: (c) => ({ url: team(c, 'assessments') }), expect: signedIn(200) },
    { method: 'POST', route: '/api/v1/teams/:teamId/maturity/assessments', request: async (c) => ({ url: team(c, 'assessments'), payload: { instrumentId: await quickscan(c), mode: 'individual' } }), expect: only(MANAGERS, 201) },
    { method: 'GET', route: '/api/v1/teams/:teamId/maturity/assessments/:assessmentId', request: async (c) => ({ url: await at(c, '') }), expect: signedIn(200) },
    { method: 'PATCH', route: '/api/v1/teams/:teamId/maturity/assessments/:assessmentId', request: async (c) => ({ url: await at(c, ''), payload: { title: 'Voorjaar' } }), expect: only(MANAGERS, 200) },
    { method: 'DELETE', route: '/api/v1/teams/:teamId/maturity/assessments/:assessmentId', request: async (c) => ({ url: await at(c, '') }), expect: only(MANAGERS, 204) },
    { method: 'POST', route: '/api/v1/teams/:teamId/maturity/assessments/:assessmentId/submit', request: async (c) => ({ url: await at(c, '/submit') }), expect: only(MANAGERS, 200) },
    { method: 'POST', route: '/api/v1/teams/:teamId/maturity/assessments/:assessmentId/lock', request: async (c) => ({ url: await at(c, '/lock', { status: 'submitted' }) }), expect: only(MANAGERS, 200) },
    {
      method: 'PUT',
      route: '/api/v1/teams/:teamId/maturity/assessments/:assessmentId/answers',
      request: async (c) => ({ url: await at(c, '/answers'), payload: { answers: [{ itemId: 'leadership', value: 1 }] } }),
      expect: only(ANSWERERS, 200),
    },
    { method: 'POST', route: '/api/v1/teams/:teamId/maturity/assessments/:assessmentId/respondents/me/submit', request: async (c) => ({ url: await at(c, '/respondents/me/submit') }), expect: only(ANSWERERS, 204) },
    { method: 'GET', route: '/api/v1/teams/:teamId/maturity/assessments/:assessmentId/answers/history', request: async (c) => ({ url: await at(c, '/answers/history') }), expect: signedIn(200) },
    { method: 'GET', route: '/api/v1/teams/:teamId/maturity/assessments/:assessmentId/results', request: async (c) => ({ url: await at(c, '/results') }), expect: signedIn(200) },
    { method: 'GET', route: '/api/v1/teams/:teamId/maturity/assessments/:assessmentId/export.pptx', request: async (c) => ({ url: await at(c, '/export.pptx') }), expect: signedIn(200) },
    { method: 'GET', route: '/api/v1/teams/:teamId/maturity/assessments/:assessmentId/export.pdf', request: async (c) => ({ url: await at(c, '/export.pdf') }), expect: signedIn(200) },
    { method: 'GET', route: '/api/v1/teams/:teamId/maturity/comparison', request: async (c) => ({ url: team(c, `comparison?instrumentId=${await quickscan(c)}`) }), expect: signedIn(200) },
    { method: 'GET', route: '/api/v1/teams/:teamId/maturity/sharing', request: (c) => ({ url: team(c, 'sharing') }), expect: signedIn(200) },
    { method: 'PUT', route: '/api/v1/teams/:teamId/maturity/sharing', request: (c) => ({ url: team(c, 'sharing'), payload: { sharesComparison: true } }), expect: only(MANAGERS, 200) },
    {
      method: 'POST',
      route: '/api/v1/teams/:teamId/maturity/assessments/:assessmentId/gaps/:itemId/action',
      request: async (c) => {
        const id = await assessment(c, { mode: 'session' });
        await answerAsSession(c, id, 'leadership', 0);
        return { url: team(c, `assessments/${id}/gaps/leadership/action`), payload: {} };
      },
      expect: only(MANAGERS, 201),
    },
    { method: 'GET', route: '/api/v1/teams/:teamId/maturity/readiness', request: (c) => ({ url: team(c, 'readiness') }), expect: signedIn(200) },
  ];
}

import type { Caller, MatrixContext, MatrixRow } from './access-matrix.table';
import { schema } from '@leerlus/db';
import { hashToken } from '../auth/tokens';
import { createCycleRow, createGoalRow } from './pdsa/testing';

type Role = Exclude<Caller, 'anonymous'>;
type Expect = Record<Caller, number>;

/** The table's expectation builders, passed in (a type-only import keeps the modules acyclic). */
export interface ExpectBuilders {
  signedIn: (ok: number) => Expect;
  only: (roles: readonly Role[], ok: number) => Expect;
}

/** improvement:contribute / improvement:manage (policies.ts). */
const CONTRIBUTORS: readonly Role[] = ['admin', 'qualityAdvisor', 'teamLead', 'member', 'analyst'];
const MANAGERS: readonly Role[] = ['admin', 'qualityAdvisor', 'teamLead'];

const team = (c: MatrixContext, rest: string) => `/api/v1/teams/${c.world.teamA.id}/${rest}`;
const goal = (c: MatrixContext) => createGoalRow(c.t.db, c.world.teamA);
const cycle = async (c: MatrixContext, values: Parameters<typeof createCycleRow>[2] = {}) =>
  createCycleRow(c.t.db, await goal(c), values);

const report = async (c: MatrixContext) =>
  (await c.t.db.insert(schema.a3Reports).values({ teamId: c.world.teamA.id, title: 'A3' }).returning())[0]!;
async function card(c: MatrixContext) {
  const [column] = await c.t.db
    .insert(schema.boardColumns)
    .values({ teamId: c.world.teamA.id, key: 'ideas', labelNl: 'Ideeën', labelEn: 'Ideas', position: 0 })
    .onConflictDoNothing()
    .returning();
  const columnId =
    column?.id ??
    (await c.t.db.query.boardColumns.findFirst({ where: (b, { eq }) => eq(b.teamId, c.world.teamA.id) }))!.id;
  return (
    await c.t.db
      .insert(schema.improvementCards)
      .values({ teamId: c.world.teamA.id, problem: 'Probleem', cardDate: '2026-02-01', columnId })
      .returning()
  )[0]!;
}

/** The rows of the PDSA, A3, card, board, calendar and roll-out routes (issue 6, second half). */
export function cycleRows({ signedIn, only }: ExpectBuilders): MatrixRow[] {
  return [
    {
      method: 'GET',
      route: '/api/v1/teams/:teamId/pdsa',
      request: (c) => ({ url: team(c, 'pdsa') }),
      expect: signedIn(200),
    },
    {
      method: 'GET',
      route: '/api/v1/teams/:teamId/pdsa/:cycleId',
      request: async (c) => ({ url: team(c, `pdsa/${(await cycle(c)).id}`) }),
      expect: signedIn(200),
    },
    {
      method: 'POST',
      route: '/api/v1/teams/:teamId/pdsa',
      request: async (c) => ({
        url: team(c, 'pdsa'),
        payload: { goalId: (await goal(c)).id, title: 'Test', startDate: '2026-02-01' },
      }),
      expect: only(CONTRIBUTORS, 201),
    },
    {
      method: 'PATCH',
      route: '/api/v1/teams/:teamId/pdsa/:cycleId',
      request: async (c) => ({ url: team(c, `pdsa/${(await cycle(c)).id}`), payload: { status: 'running' } }),
      expect: only(CONTRIBUTORS, 200),
    },
    {
      method: 'POST',
      route: '/api/v1/teams/:teamId/pdsa/:cycleId/rebase',
      request: async (c) => ({
        url: team(c, `pdsa/${(await cycle(c, { status: 'completed', actOutcome: 'adopt' })).id}/rebase`),
        payload: {},
      }),
      expect: only(CONTRIBUTORS, 200),
    },
    {
      method: 'POST',
      route: '/api/v1/teams/:teamId/pdsa/:cycleId/rebase/decision',
      request: async (c) => ({
        url: team(
          c,
          `pdsa/${(await cycle(c, { status: 'completed', actOutcome: 'adopt', rebaseStatus: 'proposed', rebaseFrom: '2026-03-01' })).id}/rebase/decision`,
        ),
        payload: { decision: 'confirm', reason: 'Standaard' },
      }),
      expect: only(MANAGERS, 200),
    },
    {
      method: 'GET',
      route: '/api/v1/teams/:teamId/a3',
      request: (c) => ({ url: team(c, 'a3') }),
      expect: signedIn(200),
    },
    {
      method: 'GET',
      route: '/api/v1/teams/:teamId/a3/:reportId',
      request: async (c) => ({ url: team(c, `a3/${(await report(c)).id}`) }),
      expect: signedIn(200),
    },
    {
      method: 'GET',
      route: '/api/v1/teams/:teamId/a3/:reportId/pdf',
      request: async (c) => ({ url: team(c, `a3/${(await report(c)).id}/pdf`) }),
      expect: signedIn(200),
    },
    {
      method: 'POST',
      route: '/api/v1/teams/:teamId/a3',
      request: (c) => ({ url: team(c, 'a3'), payload: { title: 'A3' } }),
      expect: only(CONTRIBUTORS, 201),
    },
    {
      method: 'PATCH',
      route: '/api/v1/teams/:teamId/a3/:reportId',
      request: async (c) => ({ url: team(c, `a3/${(await report(c)).id}`), payload: { status: 'active' } }),
      expect: only(CONTRIBUTORS, 200),
    },
    {
      method: 'GET',
      route: '/api/v1/teams/:teamId/board',
      request: (c) => ({ url: team(c, 'board') }),
      expect: signedIn(200),
    },
    {
      method: 'POST',
      route: '/api/v1/teams/:teamId/board/moves',
      request: async (c) => {
        const moved = await card(c);
        return {
          url: team(c, 'board/moves'),
          payload: { kind: 'card', id: moved.id, columnId: moved.columnId, position: 0 },
        };
      },
      expect: only(CONTRIBUTORS, 200),
    },
    {
      method: 'PUT',
      route: '/api/v1/teams/:teamId/board/columns',
      request: (c) => ({
        url: team(c, 'board/columns'),
        payload: { columns: [{ key: 'todo', labelNl: 'Te doen', labelEn: 'To do' }] },
      }),
      expect: only(MANAGERS, 200),
    },
    {
      method: 'POST',
      route: '/api/v1/teams/:teamId/cards',
      request: (c) => ({ url: team(c, 'cards'), payload: { problem: 'Probleem', cardDate: '2026-02-01' } }),
      expect: only(CONTRIBUTORS, 201),
    },
    {
      method: 'PATCH',
      route: '/api/v1/teams/:teamId/cards/:cardId',
      request: async (c) => ({ url: team(c, `cards/${(await card(c)).id}`), payload: { idea: 'Idee' } }),
      expect: only(CONTRIBUTORS, 200),
    },
    {
      method: 'DELETE',
      route: '/api/v1/teams/:teamId/cards/:cardId',
      request: async (c) => ({ url: team(c, `cards/${(await card(c)).id}`) }),
      expect: only(CONTRIBUTORS, 204),
    },
    {
      method: 'GET',
      route: '/api/v1/teams/:teamId/calendar',
      request: (c) => ({ url: team(c, 'calendar?from=2026-01-01&to=2026-03-31') }),
      expect: signedIn(200),
    },
    {
      method: 'GET',
      route: '/api/v1/organisations/:organisationId/calendar-feed',
      request: (c) => ({ url: `/api/v1/organisations/${c.world.organisation.id}/calendar-feed` }),
      expect: signedIn(200),
    },
    {
      method: 'POST',
      route: '/api/v1/organisations/:organisationId/calendar-feed',
      request: (c) => ({ url: `/api/v1/organisations/${c.world.organisation.id}/calendar-feed` }),
      expect: signedIn(201),
    },
    {
      method: 'DELETE',
      route: '/api/v1/organisations/:organisationId/calendar-feed',
      request: (c) => ({ url: `/api/v1/organisations/${c.world.organisation.id}/calendar-feed` }),
      expect: signedIn(204),
    },
    {
      method: 'GET',
      route: '/api/v1/calendar-feed/:token',
      request: async (c) => {
        // The token is the credential: every caller (with or without a session) gets the feed.
        const token = `feed${c.caller}${'x'.repeat(32)}`.slice(0, 40);
        await c.t.db
          .insert(schema.calendarFeedTokens)
          .values({ userId: c.user.id, organisationId: c.world.organisation.id, tokenHash: hashToken(token) })
          .onConflictDoNothing();
        return { url: `/api/v1/calendar-feed/${token}.ics` };
      },
      expect: { ...signedIn(200), anonymous: 200 },
    },
    {
      method: 'GET',
      route: '/api/v1/teams/:teamId/rollout',
      request: (c) => ({ url: team(c, 'rollout') }),
      expect: signedIn(200),
    },
    {
      method: 'GET',
      route: '/api/v1/teams/:teamId/chart-annotations',
      request: async (c) => ({ url: team(c, `chart-annotations?goalId=${(await goal(c)).id}`) }),
      expect: signedIn(200),
    },
  ];
}

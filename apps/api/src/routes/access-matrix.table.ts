import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { mfaEnableResponseSchema, mfaSetupResponseSchema } from '@leerlus/contracts';
import { schema } from '@leerlus/db';
import type { createWorld } from '../testing/factories';
import { createUser, TEST_PASSWORD } from '../testing/factories';
import type { Client, TestApp } from '../testing/test-app';
import { improvementRows } from './access-matrix.improvement';
import { dashboardRows } from './access-matrix.dashboard';
import { importRows } from './access-matrix.imports';
import { cycleRows } from './access-matrix.cycles';
import { indicatorRows } from './access-matrix.indicators';
import { maturityRows } from './access-matrix.maturity';
import { createInvitation } from './teams/invitation-commands';

/**
 * The access matrix: every /api/v1 route × every caller → the expected status. access-matrix.test.ts
 * runs it and fails for any route of the app without a row here, so a new route must say who may call it.
 */
export const CALLERS = [
  'anonymous',
  'admin',
  'qualityAdvisor',
  'teamLead',
  'member',
  'viewer',
  'analyst',
] as const;
export type Caller = (typeof CALLERS)[number];
type Role = Exclude<Caller, 'anonymous'>;
export type World = Awaited<ReturnType<typeof createWorld>>;

export interface MatrixContext {
  t: TestApp;
  world: World;
  caller: Caller;
  /** The caller's account (the viewer's for anonymous, e.g. to log in). */
  user: World['users'][Role];
  /** The caller's logged-in client; null for anonymous. */
  client: Client | null;
}

export interface MatrixRequest {
  url: string;
  payload?: Record<string, unknown>;
}

export interface MatrixRow {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as registered (`:param` placeholders). */
  route: string;
  /** Builds this caller's request in the row's world, creating whatever the request needs. */
  request(ctx: MatrixContext): MatrixRequest | Promise<MatrixRequest>;
  expect: Record<Caller, number>;
}

const ROLES: readonly Role[] = ['admin', 'qualityAdvisor', 'teamLead', 'member', 'viewer', 'analyst'];
const table = (
  anonymous: number,
  allowed: readonly Role[],
  ok: number,
  denied = 403,
): Record<Caller, number> => ({
  anonymous,
  ...(Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? ok : denied])) as Record<Role, number>),
});
/** Public: no session needed. */
const everyone = (ok: number) => table(ok, ROLES, ok);
/** Any logged-in user. */
const signedIn = (ok: number) => table(401, ROLES, ok);
/** Only these roles; other members of the organisation get 403, anonymous 401. */
const only = (roles: readonly Role[], ok: number) => table(401, roles, ok);
const INVITERS: readonly Role[] = ['admin', 'qualityAdvisor', 'teamLead'];
const ADMIN: readonly Role[] = ['admin'];

const unique = () => randomUUID().slice(0, 8);
const org = (ctx: MatrixContext, rest: string) =>
  `/api/v1/organisations/${ctx.world.organisation.id}/${rest}`;
const newPassword = 'another long password 123';

async function invitationToken(ctx: MatrixContext): Promise<{ id: string; token: string }> {
  const { world } = ctx;
  return createInvitation(ctx.t.db, {
    team: world.teamA,
    email: `m-${unique()}@example.org`,
    role: 'viewer',
    invitedBy: world.users.admin.id,
  });
}

async function extraMember(ctx: MatrixContext) {
  return createUser(ctx.t.db, [
    { organisationId: ctx.world.organisation.id, teamId: ctx.world.teamB.id, role: 'viewer' },
  ]);
}

/** Starts TOTP enrolment for the caller and answers a valid code (anonymous: a dummy). */
async function totpCode(ctx: MatrixContext): Promise<string> {
  if (!ctx.client) return '000000';
  const setup = mfaSetupResponseSchema.parse(
    (await ctx.client.request({ method: 'POST', url: '/api/v1/account/mfa/setup' })).json(),
  );
  return new TOTP({ secret: Secret.fromBase32(setup.secret) }).generate();
}

const SPC_REQUEST = {
  chart: 'i',
  values: [10, 12, 11, 9, 10, 11, 10, 12, 9, 11, 10, 11, 15, 16],
  improvement: 'increase',
};
const FUNNEL_REQUEST = {
  type: 'proportion',
  units: [
    { id: 'A', numerator: 30, denominator: 200 },
    { id: 'B', numerator: 45, denominator: 210 },
    { id: 'C', numerator: 12, denominator: 180 },
  ],
};

export const ROWS: readonly MatrixRow[] = [
  // Statistics: pure computation on posted data, nothing stored: public.
  {
    method: 'POST',
    route: '/api/v1/spc',
    request: () => ({ url: '/api/v1/spc', payload: SPC_REQUEST }),
    expect: everyone(200),
  },
  {
    method: 'POST',
    route: '/api/v1/spc/explain',
    request: () => ({ url: '/api/v1/spc/explain', payload: SPC_REQUEST }),
    expect: everyone(200),
  },
  {
    method: 'POST',
    route: '/api/v1/funnel',
    request: () => ({ url: '/api/v1/funnel', payload: FUNNEL_REQUEST }),
    expect: everyone(200),
  },
  // Authentication and one's own account (owned by the auth routes).
  {
    method: 'POST',
    route: '/api/v1/auth/login',
    request: (c) => ({
      url: '/api/v1/auth/login',
      payload: { email: c.user.email, password: TEST_PASSWORD },
    }),
    expect: everyone(200),
  },
  {
    method: 'GET',
    route: '/api/v1/auth/session',
    request: () => ({ url: '/api/v1/auth/session' }),
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/api/v1/auth/logout',
    request: () => ({ url: '/api/v1/auth/logout' }),
    expect: signedIn(200),
  },
  {
    method: 'PATCH',
    route: '/api/v1/account',
    request: () => ({ url: '/api/v1/account', payload: { name: 'Nieuwe Naam' } }),
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/api/v1/account/password',
    request: () => ({
      url: '/api/v1/account/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword },
    }),
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/api/v1/account/mfa/setup',
    request: () => ({ url: '/api/v1/account/mfa/setup' }),
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/api/v1/account/mfa/enable',
    request: async (c) => ({ url: '/api/v1/account/mfa/enable', payload: { code: await totpCode(c) } }),
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/api/v1/account/mfa/disable',
    request: async (c) => {
      if (!c.client) return { url: '/api/v1/account/mfa/disable', payload: { code: '000000' } };
      const enabled = await c.client.request({
        method: 'POST',
        url: '/api/v1/account/mfa/enable',
        payload: { code: await totpCode(c) },
      });
      const [recovery] = mfaEnableResponseSchema.parse(enabled.json()).recoveryCodes;
      return { url: '/api/v1/account/mfa/disable', payload: { code: recovery! } };
    },
    expect: signedIn(200),
  },
  // Teams and invitations.
  { method: 'GET', route: '/api/v1/teams', request: () => ({ url: '/api/v1/teams' }), expect: signedIn(200) },
  {
    method: 'GET',
    route: '/api/v1/teams/:teamId',
    request: (c) => ({ url: `/api/v1/teams/${c.world.teamA.id}` }),
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/api/v1/teams/:teamId/invitations',
    request: (c) => ({
      url: `/api/v1/teams/${c.world.teamA.id}/invitations`,
      payload: { email: `n-${unique()}@example.org`, role: 'member' },
    }),
    expect: only(INVITERS, 201),
  },
  {
    method: 'DELETE',
    route: '/api/v1/teams/:teamId/invitations/:invitationId',
    request: async (c) => ({
      url: `/api/v1/teams/${c.world.teamA.id}/invitations/${(await invitationToken(c)).id}`,
    }),
    expect: only(INVITERS, 204),
  },
  {
    method: 'GET',
    route: '/api/v1/invitations/:token',
    request: async (c) => ({ url: `/api/v1/invitations/${(await invitationToken(c)).token}` }),
    expect: everyone(200),
  },
  {
    method: 'POST',
    route: '/api/v1/invitations/:token/accept',
    request: async (c) => ({
      url: `/api/v1/invitations/${(await invitationToken(c)).token}/accept`,
      payload: { name: 'Nieuw', password: newPassword },
    }),
    expect: everyone(200),
  },
  // Organisation administration.
  {
    method: 'GET',
    route: '/api/v1/organisations/:organisationId/users',
    request: (c) => ({ url: org(c, 'users?q=a') }),
    expect: only(ADMIN, 200),
  },
  {
    method: 'PATCH',
    route: '/api/v1/organisations/:organisationId/users/:userId',
    request: async (c) => ({
      url: org(c, `users/${(await extraMember(c)).id}`),
      payload: { disabled: true },
    }),
    expect: only(ADMIN, 200),
  },
  {
    method: 'PUT',
    route: '/api/v1/organisations/:organisationId/memberships',
    request: async (c) => ({
      url: org(c, 'memberships'),
      payload: { userId: (await extraMember(c)).id, teamId: c.world.teamA.id, role: 'member' },
    }),
    expect: only(ADMIN, 200),
  },
  {
    method: 'DELETE',
    route: '/api/v1/organisations/:organisationId/memberships/:membershipId',
    request: async (c) => {
      const user = await extraMember(c);
      const [m] = await c.t.db
        .select()
        .from(schema.memberships)
        .where(and(eq(schema.memberships.userId, user.id)));
      return { url: org(c, `memberships/${m!.id}`) };
    },
    expect: only(ADMIN, 204),
  },
  {
    method: 'POST',
    route: '/api/v1/organisations/:organisationId/teams',
    request: (c) => ({ url: org(c, 'teams'), payload: { name: `Team ${unique()}` } }),
    expect: only(ADMIN, 201),
  },
  {
    method: 'PATCH',
    route: '/api/v1/organisations/:organisationId/teams/:teamId',
    request: (c) => ({
      url: org(c, `teams/${c.world.teamB.id}`),
      payload: { description: `Beschrijving ${unique()}` },
    }),
    expect: only(ADMIN, 200),
  },
  {
    method: 'GET',
    route: '/api/v1/organisations/:organisationId/settings',
    request: (c) => ({ url: org(c, 'settings') }),
    expect: only(ADMIN, 200),
  },
  {
    method: 'PATCH',
    route: '/api/v1/organisations/:organisationId/settings',
    request: (c) => ({ url: org(c, 'settings'), payload: { name: `Org ${unique()}` } }),
    expect: only(ADMIN, 200),
  },
  {
    method: 'GET',
    route: '/api/v1/organisations/:organisationId/audit',
    request: (c) => ({ url: org(c, 'audit?limit=5') }),
    expect: only(ADMIN, 200),
  },
  {
    method: 'POST',
    route: '/api/v1/organisations/:organisationId/audit/verify',
    request: (c) => ({ url: org(c, 'audit/verify') }),
    expect: only(ADMIN, 200),
  },
  ...indicatorRows({ signedIn, only }),
  ...improvementRows({ signedIn, only }),
  ...dashboardRows({ signedIn, only }),
  ...maturityRows({ signedIn, only }),
  ...importRows({ only }),
  ...cycleRows({ signedIn, only }),
];

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  acceptInvitationRequestSchema,
  invitationInfoSchema,
  invitationTokenParamsSchema,
  sessionInfoSchema,
} from '@leerlus/contracts';
import type { Database } from '@leerlus/db';
import { systemAccess } from '../../access/team-scope';
import { audit } from '../../audit/record';
import { loadSessionInfo } from '../../auth/session-info';
import { startSession } from '../../auth/sessions';
import { acceptInvitation, prepareAccount } from './accept';
import { accountByEmail, assertUsable, findInvitation } from './queries';

type App = Parameters<FastifyPluginAsyncZod>[0];

const ACCEPT = { action: 'team.invitation.accept', resourceType: 'invitation' } as const;

/**
 * Public invitation links (/invite/<token> in the web app). The invitee is not logged in: the
 * 256-bit token in the path is the authorisation, so these routes read outside any team scope.
 */
export const publicInvitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () =>
    systemAccess(app.deps.db, 'invitation link: the invitee is not logged in; the token authorises');
  invitationInfoRoute(app, db);
  acceptInvitationRoute(app, db);
};

function invitationInfoRoute(app: App, db: () => Database): void {
  app.get(
    '/api/v1/invitations/:token',
    {
      schema: {
        tags: ['invitations'],
        summary: 'What an invitation link offers (404 unknown, 410 used, withdrawn or expired)',
        params: invitationTokenParamsSchema,
        response: { 200: invitationInfoSchema },
      },
    },
    async (request) => {
      const { invitation, teamName, organisationName } = await findInvitation(db(), request.params.token);
      assertUsable(invitation);
      const account = await accountByEmail(db(), invitation.email);
      return {
        email: invitation.email,
        organisationName,
        teamName,
        role: invitation.role,
        expiresAt: invitation.expiresAt.toISOString(),
        hasAccount: account !== undefined,
      };
    },
  );
}

function acceptInvitationRoute(app: App, db: () => Database): void {
  app.post(
    '/api/v1/invitations/:token/accept',
    {
      config: { audit: ACCEPT },
      schema: {
        tags: ['invitations'],
        summary:
          'Accept an invitation: create the account (or prove the existing one), join the team, log in',
        params: invitationTokenParamsSchema,
        body: acceptInvitationRequestSchema,
        response: { 200: sessionInfoSchema },
      },
    },
    async (request, reply) => {
      const { token } = request.params;
      const { invitation } = await findInvitation(db(), token);
      assertUsable(invitation);
      const event = {
        ...ACCEPT,
        organisationId: invitation.organisationId,
        teamId: invitation.teamId,
        resourceId: invitation.id,
      };
      const plan = await prepareAccount(db(), app.deps.config, invitation.email, request.body).catch(
        async (error: unknown) => {
          await audit(request, db(), { ...event, actorEmail: invitation.email, outcome: 'failure' });
          throw error;
        },
      );
      const session = await db().transaction(async (tx) => {
        const { userId } = await acceptInvitation(tx, token, plan, request.body.name);
        const details = { role: invitation.role, newAccount: plan.kind === 'new' };
        await audit(request, tx, {
          ...event,
          actorId: userId,
          actorEmail: invitation.email,
          outcome: 'success',
          details,
        });
        const started = await startSession(tx, app.deps.config, reply, userId, request.ip);
        return { userId, csrfToken: started.csrfToken };
      });
      return loadSessionInfo(db(), session);
    },
  );
}

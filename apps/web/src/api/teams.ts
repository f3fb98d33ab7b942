import {
  invitationCreatedSchema,
  teamDetailSchema,
  teamSummarySchema,
  type Role,
  type TeamDetail,
  type TeamSummary,
} from '@leerlus/contracts';
import { request, requestVoid, type Infer } from './client';

export type InvitationCreated = Infer<typeof invitationCreatedSchema>;
export type InvitableRole = Exclude<Role, 'admin'>;

/** `GET /teams`: the teams the user can see, with the user's role in each. */
export const listTeams = (): Promise<TeamSummary[]> => request(teamSummarySchema.array(), '/teams');

/** `GET /teams/:teamId`. */
export const getTeam = (teamId: string): Promise<TeamDetail> => request(teamDetailSchema, `/teams/${teamId}`);

/** `POST /teams/:teamId/invitations`: the response carries the invitation link, shown once. */
export const createInvitation = (
  teamId: string,
  body: { email: string; role: InvitableRole },
): Promise<InvitationCreated> =>
  request(invitationCreatedSchema, `/teams/${teamId}/invitations`, { method: 'POST', body });

/** `DELETE /teams/:teamId/invitations/:invitationId`. */
export const revokeInvitation = (teamId: string, invitationId: string): Promise<void> =>
  requestVoid(`/teams/${teamId}/invitations/${invitationId}`, { method: 'DELETE' });

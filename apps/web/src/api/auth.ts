import {
  invitationInfoSchema,
  loginResponseSchema,
  sessionInfoSchema,
  type LoginRequest,
  type LoginResponse,
  type SessionInfo,
} from '@leerlus/contracts';
import { isApiError, request, requestVoid, setCsrfToken, type Infer } from './client';

export type InvitationInfo = Infer<typeof invitationInfoSchema>;
export interface AcceptInvitation {
  name: string;
  password: string;
  /** Second factor of an existing account with MFA on. */
  code?: string;
}

const remember = (session: SessionInfo): SessionInfo => {
  setCsrfToken(session.csrfToken);
  return session;
};

/** `GET /auth/session`: the current session, or null when not logged in (401). */
export async function getSession(): Promise<SessionInfo | null> {
  try {
    return remember(await request(sessionInfoSchema, '/auth/session'));
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED')) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** `POST /auth/login`: either a session or a request for the MFA code. */
export async function login(body: LoginRequest): Promise<LoginResponse> {
  const response = await request(loginResponseSchema, '/auth/login', { method: 'POST', body });
  if (response.status === 'ok') remember(response.session);
  return response;
}

/** `POST /auth/logout`. */
export async function logout(): Promise<void> {
  await requestVoid('/auth/logout', { method: 'POST' });
  setCsrfToken(null);
}

/** `GET /invitations/:token`. */
export const getInvitation = (token: string): Promise<InvitationInfo> =>
  request(invitationInfoSchema, `/invitations/${encodeURIComponent(token)}`);

/** `POST /invitations/:token/accept`: creates or links the account and logs in. */
export async function acceptInvitation(token: string, body: AcceptInvitation): Promise<SessionInfo> {
  return remember(
    await request(sessionInfoSchema, `/invitations/${encodeURIComponent(token)}/accept`, {
      method: 'POST',
      body,
    }),
  );
}

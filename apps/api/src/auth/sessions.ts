import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { schema, type Database, type Executor } from '@leerlus/db';
import type { Config } from '../config';
import type { AuthContext } from '../http/types';
import { hashToken, randomToken } from './tokens';

export const SESSION_COOKIE = 'leerlus_session';
/** Refresh last_seen_at at most this often, so that reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 60_000;

const { sessions, users, memberships, organisations } = schema;

/** The identifiers of a new session: its database id (hash of the cookie token) and its CSRF token. */
export interface StartedSession {
  sessionId: string;
  csrfToken: string;
}

/**
 * Starts a session for the user: a random token in an httpOnly, SameSite=Strict cookie; its hash in
 * the database. Returns the ids callers need to answer with session info (loadSessionInfo).
 */
export async function startSession(
  db: Executor,
  config: Config,
  reply: FastifyReply,
  userId: string,
  ip: string,
): Promise<StartedSession> {
  const token = randomToken();
  const now = Date.now();
  const started = { sessionId: hashToken(token), csrfToken: randomToken() };
  await db.insert(sessions).values({
    id: started.sessionId,
    userId,
    csrfToken: started.csrfToken,
    expiresAt: new Date(now + config.session.absoluteMs),
    ip,
  });
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: config.cookieSecure,
    maxAge: Math.floor(config.session.absoluteMs / 1000),
  });
  return started;
}

/** Ends one session and clears the cookie. */
export async function endSession(db: Executor, reply: FastifyReply, sessionId: string | undefined) {
  if (sessionId) await db.delete(sessions).where(eq(sessions.id, sessionId));
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Ends every session of a user (password change, account disabled). */
export async function endAllSessions(db: Executor, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Ends every session of a user except the current one (password change, MFA enabled). */
export async function endOtherSessions(db: Executor, userId: string, keepSessionId: string) {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)));
}

/**
 * Resolves the session cookie to the acting user, enforcing the idle and absolute timeouts.
 * Returns null (and deletes the session) when it has expired or the account is disabled.
 */
export async function resolveSession(
  db: Database,
  config: Config,
  request: FastifyRequest,
): Promise<AuthContext | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  const id = hashToken(token);
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id));
  if (!row) return null;
  const now = Date.now();
  const idleExpired = row.session.lastSeenAt.getTime() + config.session.idleMs < now;
  if (idleExpired || row.session.expiresAt.getTime() < now || row.user.disabled) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  if (now - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.id, id));
  }
  const held = await db
    .select({
      organisationId: memberships.organisationId,
      teamId: memberships.teamId,
      role: memberships.role,
      mfaRequired: organisations.mfaRequired,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, row.user.id));
  return {
    userId: row.user.id,
    email: row.user.email,
    name: row.user.name,
    locale: row.user.locale,
    sessionId: id,
    csrfToken: row.session.csrfToken,
    memberships: held.map(({ organisationId, teamId, role }) => ({ organisationId, teamId, role })),
    mfaEnabled: row.user.mfaEnabled,
    mfaEnrolmentRequired: !row.user.mfaEnabled && held.some((m) => m.mfaRequired),
  };
}

/** Housekeeping: removes sessions past their absolute or idle expiry. */
export async function purgeExpiredSessions(db: Database, config: Config, now = Date.now()): Promise<number> {
  const idleCutoff = new Date(now - config.session.idleMs);
  const removed = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, new Date(now)), lt(sessions.lastSeenAt, idleCutoff)))
    .returning({ id: sessions.id });
  return removed.length;
}

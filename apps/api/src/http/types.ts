import type { DatabaseHandle, Database } from '@leerlus/db';
import type { Membership } from '@leerlus/domain';
import type { Config } from '../config';

/** The authenticated user of a request, resolved from the session cookie. */
export interface AuthContext {
  userId: string;
  email: string;
  name: string;
  locale: 'nl' | 'en';
  sessionId: string;
  csrfToken: string;
  memberships: Membership[];
  mfaEnabled: boolean;
  /** An organisation of the user requires MFA and the user has not enrolled yet. */
  mfaEnrolmentRequired: boolean;
}

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  db: Database;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    /** Route stays reachable while MFA enrolment is pending (session info, logout, MFA setup). */
    allowPendingMfa?: boolean;
  }
}

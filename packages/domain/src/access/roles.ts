/** The roles of the product brief. `admin` is organisation-wide; the others per team or organisation-wide. */
export const ROLES = ['admin', 'quality-advisor', 'team-lead', 'member', 'viewer', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

/** A role an actor holds: in one team (teamId) or in every team of the organisation (teamId null). */
export interface Membership {
  organisationId: string;
  teamId: string | null;
  role: Role;
}

export interface Actor {
  userId: string;
  memberships: readonly Membership[];
}

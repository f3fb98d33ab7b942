import {
  adminUserSchema,
  auditPageSchema,
  auditVerifyResultSchema,
  organisationSettingsSchema,
  teamSummarySchema,
  type AdminUser,
  type Role,
  type TeamSummary,
} from '@leerlus/contracts';
import { request, requestVoid, type Infer } from './client';

export type OrganisationSettings = Infer<typeof organisationSettingsSchema>;
export type AuditPage = Infer<typeof auditPageSchema>;
export type AuditVerifyResult = Infer<typeof auditVerifyResultSchema>;
export interface AuditFilter {
  actor?: string;
  action?: string;
  /** yyyy-mm-dd */
  from?: string;
  /** yyyy-mm-dd */
  to?: string;
}

const org = (organisationId: string) => `/organisations/${organisationId}`;

/** `GET /organisations/:id/users?q=`. */
export const listUsers = (organisationId: string, q: string): Promise<AdminUser[]> =>
  request(adminUserSchema.array(), `${org(organisationId)}/users`, { query: { q } });

/** `PATCH /organisations/:id/users/:userId`: disable/enable or unlock an account. */
export const updateUser = (
  organisationId: string,
  userId: string,
  body: { disabled?: boolean; unlock?: true },
): Promise<void> => requestVoid(`${org(organisationId)}/users/${userId}`, { method: 'PATCH', body });

/** `PUT /organisations/:id/memberships`: grants a role in a team, or organisation-wide when teamId is null. */
export const setMembership = (
  organisationId: string,
  body: { userId: string; teamId: string | null; role: Role },
): Promise<void> => requestVoid(`${org(organisationId)}/memberships`, { method: 'PUT', body });

/** `DELETE /organisations/:id/memberships/:membershipId`. */
export const removeMembership = (organisationId: string, membershipId: string): Promise<void> =>
  requestVoid(`${org(organisationId)}/memberships/${membershipId}`, { method: 'DELETE' });

/** `POST /organisations/:id/teams`. */
export const createTeam = (
  organisationId: string,
  body: { name: string; description: string },
): Promise<TeamSummary> =>
  request(teamSummarySchema, `${org(organisationId)}/teams`, { method: 'POST', body });

/** `PATCH /organisations/:id/teams/:teamId`. */
export const updateTeam = (
  organisationId: string,
  teamId: string,
  body: { name?: string; description?: string },
): Promise<void> => requestVoid(`${org(organisationId)}/teams/${teamId}`, { method: 'PATCH', body });

/** `GET /organisations/:id/settings`. */
export const getSettings = (organisationId: string): Promise<OrganisationSettings> =>
  request(organisationSettingsSchema, `${org(organisationId)}/settings`);

/** `PATCH /organisations/:id/settings`. */
export const updateSettings = (
  organisationId: string,
  body: { name?: string; mfaRequired?: boolean },
): Promise<void> => requestVoid(`${org(organisationId)}/settings`, { method: 'PATCH', body });

/** `GET /organisations/:id/audit`: newest first; pass `before` (the previous page's nextBefore) for older events. */
export const listAudit = (organisationId: string, filter: AuditFilter, before?: number): Promise<AuditPage> =>
  request(auditPageSchema, `${org(organisationId)}/audit`, { query: { ...filter, before, limit: 50 } });

/** `POST /organisations/:id/audit/verify`: recomputes the hash chain. */
export const verifyAudit = (organisationId: string): Promise<AuditVerifyResult> =>
  request(auditVerifyResultSchema, `${org(organisationId)}/audit/verify`, { method: 'POST' });

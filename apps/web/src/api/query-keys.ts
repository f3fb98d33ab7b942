/** React Query keys in one place, so that invalidations match the queries they refresh. */
export const queryKeys = {
  session: ['session'] as const,
  teams: ['teams'] as const,
  team: (teamId: string) => ['teams', teamId] as const,
  invitation: (token: string) => ['invitation', token] as const,
  users: (organisationId: string, q: string) => ['organisations', organisationId, 'users', q] as const,
  usersAll: (organisationId: string) => ['organisations', organisationId, 'users'] as const,
  settings: (organisationId: string) => ['organisations', organisationId, 'settings'] as const,
  imports: (teamId: string) => ['teams', teamId, 'imports'] as const,
  importProfiles: (teamId: string) => ['teams', teamId, 'import-profiles'] as const,
  audit: (organisationId: string, filter: object) =>
    ['organisations', organisationId, 'audit', filter] as const,
};

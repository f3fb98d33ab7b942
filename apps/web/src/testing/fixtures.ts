import type { SessionInfo, TeamDetail } from '@leerlus/contracts';

export const ORG_ID = '0b9f3c1e-6a52-4f0e-9a51-2d7c8e1f4a01';
export const TEAM_ID = '5d2e7a4c-1b3f-4c8d-9e6a-7f0b1c2d3e4f';

/** A logged-in quality advisor of the demo organisation, team lead of one team. */
export const session: SessionInfo = {
  user: {
    id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    email: 'teamleider@demo.leerlus.nl',
    name: 'Tessa Leider',
    locale: 'nl',
  },
  csrfToken: 'csrf-token-from-session',
  organisations: [{ id: ORG_ID, name: 'Demo Ziekenhuis', role: null, mfaRequired: false }],
  teams: [{ id: TEAM_ID, name: 'Heup- en knieartrose', organisationId: ORG_ID, role: 'team-lead' }],
  mfa: { enabled: false, enrolmentRequired: false },
};

export const teamDetail: TeamDetail = {
  id: TEAM_ID,
  organisationId: ORG_ID,
  organisationName: 'Demo Ziekenhuis',
  name: 'Heup- en knieartrose',
  description: 'Zorgpad voor patiënten met heup- of knieartrose.',
  memberCount: 2,
  myRole: 'team-lead',
  members: [
    {
      userId: session.user.id,
      name: 'Tessa Leider',
      email: 'teamleider@demo.leerlus.nl',
      role: 'team-lead',
      viaOrganisation: false,
    },
    {
      userId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      name: 'Kees Kwaliteit',
      email: 'kwaliteit@demo.leerlus.nl',
      role: 'quality-advisor',
      viaOrganisation: true,
    },
  ],
  invitations: [
    {
      id: '2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b',
      email: 'oud@example.org',
      role: 'viewer',
      expiresAt: '2026-03-07T12:00:00.000Z',
    },
  ],
};

import { describe, expect, it } from 'vitest';
import { ACTIONS, can, canGrant, decide, effectiveTeamRole } from './policies';
import { ROLES, type Actor } from './roles';

const ORG = 'org-1';
const TEAM = 'team-a';
const OTHER_TEAM = 'team-b';
const team = { kind: 'team', organisationId: ORG, teamId: TEAM } as const;
const actorWith = (role: (typeof ROLES)[number], teamId: string | null = TEAM): Actor => ({
  userId: 'u',
  memberships: [{ organisationId: ORG, teamId, role }],
});

describe('access policies', () => {
  it('every role can read its own team', () => {
    for (const role of ROLES) expect(can(actorWith(role), 'team:read', team)).toBe(true);
  });

  it('viewers cannot read patient-level data; analysts can', () => {
    expect(can(actorWith('viewer'), 'patient-data:read', team)).toBe(false);
    expect(can(actorWith('analyst'), 'patient-data:read', team)).toBe(true);
  });

  it('only team leads, quality advisors and admins invite', () => {
    const inviters = ROLES.filter((r) => can(actorWith(r, r === 'admin' ? null : TEAM), 'team:invite', team));
    expect(inviters.sort()).toEqual(['admin', 'quality-advisor', 'team-lead']);
  });

  it('a team role does not reach another team: hidden, not forbidden', () => {
    const other = { kind: 'team', organisationId: ORG, teamId: OTHER_TEAM } as const;
    for (const action of ACTIONS) expect(decide(actorWith('team-lead'), action, other)).toBe('hidden');
  });

  it('another organisation is hidden even for its admin-looking ids', () => {
    const foreign = { kind: 'organisation', organisationId: 'org-2' } as const;
    expect(decide(actorWith('admin', null), 'organisation:admin', foreign)).toBe('hidden');
  });

  it('a member of the team is forbidden (not hidden) from admin actions', () => {
    expect(decide(actorWith('member'), 'team:invite', team)).toBe('forbid');
    expect(decide(actorWith('member'), 'organisation:admin', { kind: 'organisation', organisationId: ORG })).toBe('forbid');
  });

  it('organisation-wide roles apply to every team of that organisation', () => {
    const advisor = actorWith('quality-advisor', null);
    expect(can(advisor, 'team:invite', { kind: 'team', organisationId: ORG, teamId: OTHER_TEAM })).toBe(true);
    expect(effectiveTeamRole(advisor, ORG, OTHER_TEAM)).toBe('quality-advisor');
  });

  it('the effective role is the strongest held', () => {
    const actor: Actor = {
      userId: 'u',
      memberships: [
        { organisationId: ORG, teamId: null, role: 'viewer' },
        { organisationId: ORG, teamId: TEAM, role: 'team-lead' },
      ],
    };
    expect(effectiveTeamRole(actor, ORG, TEAM)).toBe('team-lead');
    expect(effectiveTeamRole(actor, ORG, OTHER_TEAM)).toBe('viewer');
    expect(effectiveTeamRole(actor, 'org-2', TEAM)).toBeNull();
  });

  it('nobody grants a role with rights they do not hold', () => {
    const grantable = (role: (typeof ROLES)[number], teamId: string | null = TEAM) =>
      ROLES.filter((r) => canGrant(actorWith(role, teamId), r, team)).sort();
    expect(grantable('team-lead')).toEqual(['member', 'team-lead', 'viewer']);
    expect(grantable('quality-advisor')).toEqual(['analyst', 'member', 'quality-advisor', 'team-lead', 'viewer']);
    expect(grantable('admin', null)).toEqual([...ROLES].sort());
    expect(grantable('viewer')).toEqual(['viewer']);
    const other = { kind: 'team', organisationId: ORG, teamId: OTHER_TEAM } as const;
    expect(canGrant(actorWith('team-lead'), 'viewer', other)).toBe(false);
  });
});

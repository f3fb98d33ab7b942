import { describe, expect, it } from 'vitest';
import { ROLES, type Actor, type Role } from '../access/roles';
import { decideCatalogue } from './catalogue-access';

const actor = (role: Role, teamId: string | null): Actor => ({ userId: 'u', memberships: [{ organisationId: 'org', teamId, role }] });

describe('catalogue access', () => {
  it('every role of the organisation reads the catalogue, team roles included', () => {
    for (const role of ROLES) {
      expect(decideCatalogue(actor(role, 'team-a'), 'indicator:read', 'org')).toBe('allow');
      expect(decideCatalogue(actor(role, null), 'indicator:read', 'org')).toBe('allow');
    }
  });
  it('admins, quality advisors and analysts manage it, wherever their role is held', () => {
    const managers = ROLES.filter((r) => decideCatalogue(actor(r, r === 'admin' ? null : 'team-a'), 'indicator:manage', 'org') === 'allow');
    expect(managers.sort()).toEqual(['admin', 'analyst', 'quality-advisor']);
    expect(decideCatalogue(actor('team-lead', 'team-a'), 'indicator:manage', 'org')).toBe('forbid');
  });
  it('another organisation is hidden', () => {
    expect(decideCatalogue(actor('admin', null), 'indicator:read', 'org-2')).toBe('hidden');
  });
});

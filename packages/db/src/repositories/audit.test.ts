import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditHash } from './audit';

const row = (details: Record<string, string | number | boolean | null> | null) => ({
  at: new Date('2026-01-02T03:04:05.678Z'),
  organisationId: null,
  teamId: null,
  actorId: null,
  actorEmail: 'a@example.org',
  action: 'team.invitation.create',
  resourceType: 'invitation',
  resourceId: null,
  ip: '127.0.0.1',
  outcome: 'success' as const,
  details,
});

describe('auditHash', () => {
  it('does not depend on the order in which details keys were written (jsonb reorders them)', () => {
    const prev = '0'.repeat(64);
    // jsonb stores { email, role } as { role, email }: both must hash alike.
    expect(auditHash(prev, row({ email: 'x@example.org', role: 'member' }))).toBe(
      auditHash(prev, row({ role: 'member', email: 'x@example.org' })),
    );
    expect(auditHash(prev, row({ email: 'x@example.org', role: 'member' }))).not.toBe(
      auditHash(prev, row({ email: 'x@example.org', role: 'viewer' })),
    );
  });

  it('keeps the hash of details already in storage order (chains written before stay valid)', () => {
    const prev = '0'.repeat(64);
    const r = row({ ok: true, checked: 2, firstBrokenId: null });
    const legacy = JSON.stringify([
      r.at.toISOString(),
      null,
      null,
      null,
      r.actorEmail,
      r.action,
      r.resourceType,
      null,
      r.ip,
      r.outcome,
      r.details,
    ]);
    expect(auditHash(prev, r)).toBe(createHash('sha256').update(prev).update(legacy).digest('hex'));
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPageSchema, auditVerifyResultSchema } from '@leerlus/contracts';
import { createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditEventsOf } from './testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const auditUrl = (organisationId: string, query = '') =>
  `/api/v1/organisations/${organisationId}/audit${query}`;

/** A world with a few audited actions: three teams created by the admin, one invitation by the team lead. */
async function worldWithHistory() {
  const world = await createWorld(t.db);
  const admin = await loginAs(t.app, world.users.admin);
  for (const name of ['Team C', 'Team D', 'Team E']) {
    await admin.request({
      method: 'POST',
      url: `/api/v1/organisations/${world.organisation.id}/teams`,
      payload: { name },
    });
  }
  const lead = await loginAs(t.app, world.users.teamLead);
  await lead.request({
    method: 'POST',
    url: `/api/v1/teams/${world.teamA.id}/invitations`,
    payload: { email: 'i@example.org', role: 'viewer' },
  });
  return { world, admin };
}

describe('GET /organisations/:organisationId/audit', () => {
  it('pages newest first by id, and reading is itself audited', async () => {
    const { world, admin } = await worldWithHistory();
    const first = auditPageSchema.parse(
      (await admin.request({ method: 'GET', url: auditUrl(world.organisation.id, '?limit=3') })).json(),
    );
    // Logins carry no organisation (a user may have several) but are shown to the member's organisation.
    expect(first.items.map((e) => e.action)).toEqual(['team.invitation.create', 'auth.login', 'team.create']);
    expect(first.nextBefore).toBe(first.items[2]!.id);
    const second = auditPageSchema.parse(
      (
        await admin.request({
          method: 'GET',
          url: auditUrl(world.organisation.id, `?limit=3&before=${first.nextBefore}`),
        })
      ).json(),
    );
    // The first read was recorded after it ran, so it is not on the second page (older ids only).
    expect(second.items.map((e) => e.action)).toEqual(['team.create', 'team.create', 'auth.login']);
    expect(second.nextBefore).toBeNull();
    const reads = await auditEventsOf(t.db, world.organisation.id, 'audit.read');
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({
      actorId: world.users.admin.id,
      outcome: 'success',
      details: expect.objectContaining({ count: 3 }),
    });
  });

  it('filters by actor e-mail substring, action prefix and date range', async () => {
    const { world, admin } = await worldWithHistory();
    const search = async (query: string) =>
      auditPageSchema
        .parse((await admin.request({ method: 'GET', url: auditUrl(world.organisation.id, query) })).json())
        .items.map((e) => e.action);
    const leadPart = world.users.teamLead.email.slice(5, 20).toUpperCase();
    expect(await search(`?actor=${encodeURIComponent(leadPart)}`)).toEqual(['team.invitation.create', 'auth.login']);
    expect(await search('?action=team.invitation')).toEqual(['team.invitation.create']);
    expect(await search('?action=team_create')).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect(await search(`?from=${today}&to=${today}&action=team.create`)).toHaveLength(3);
    expect(await search('?to=2000-01-01')).toEqual([]);
  });

  it("shows only this organisation's events; another organisation's log answers 404, a team lead 403", async () => {
    const { world, admin } = await worldWithHistory();
    const other = await worldWithHistory();
    const page = auditPageSchema.parse(
      (await admin.request({ method: 'GET', url: auditUrl(world.organisation.id, '?limit=200') })).json(),
    );
    const ids = new Set((await auditEventsOf(t.db, other.world.organisation.id)).map((e) => e.id));
    expect(page.items.some((e) => ids.has(e.id))).toBe(false);
    const otherMembers = new Set(Object.values(other.world.users).map((u) => u.id));
    expect(page.items.some((e) => e.actorId !== null && otherMembers.has(e.actorId))).toBe(false);
    expect(
      (await admin.request({ method: 'GET', url: auditUrl(other.world.organisation.id) })).statusCode,
    ).toBe(404);
    const lead = await loginAs(t.app, world.users.teamLead);
    expect((await lead.request({ method: 'GET', url: auditUrl(world.organisation.id) })).statusCode).toBe(
      403,
    );
  });

  it('rejects bad query parameters with their path', async () => {
    const world = await createWorld(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    for (const [query, path] of [
      ['?from=31-12-2025', 'querystring.from'],
      ['?limit=1000', 'querystring.limit'],
      ['?before=abc', 'querystring.before'],
      ['?organisationId=x', 'querystring.organisationId'],
    ] as const) {
      const res = await admin.request({ method: 'GET', url: auditUrl(world.organisation.id, query) });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ path })],
      });
    }
    expect(await auditEventsOf(t.db, world.organisation.id, 'audit.read')).toEqual([]);
  });
});

describe('POST /organisations/:organisationId/audit/verify', () => {
  it('answers the verification result and audits the check', async () => {
    const { world, admin } = await worldWithHistory();
    const res = await admin.request({ method: 'POST', url: `${auditUrl(world.organisation.id)}/verify` });
    expect(res.statusCode).toBe(200);
    // Chain integrity itself is asserted in audit-tamper.test.ts, the only file that tampers (the
    // PostgreSQL audit table is shared by all test files); here only the shape and the audit event.
    const result = auditVerifyResultSchema.parse(res.json());
    expect(result.checked).toBeGreaterThan(0);
    const events = await auditEventsOf(t.db, world.organisation.id, 'audit.verify');
    expect(events).toEqual([expect.objectContaining({ actorId: world.users.admin.id, outcome: 'success' })]);
  });
});

describe('audit_events is append-only', () => {
  it('refuses a plain UPDATE and DELETE (trigger), keeping the row', async () => {
    const { world } = await worldWithHistory();
    const [row] = await auditEventsOf(t.db, world.organisation.id, 'team.create');
    const refusal = async (statement: Promise<unknown>) => {
      const error = await statement.then(
        () => null,
        (e: unknown) => e as Error & { cause?: Error },
      );
      return `${error?.message ?? ''} ${error?.cause?.message ?? ''}`;
    };
    expect(
      await refusal(t.db.execute(sql`update audit_events set action = 'x' where id = ${row!.id}`)),
    ).toMatch(/append-only \(UPDATE refused\)/);
    expect(await refusal(t.db.execute(sql`delete from audit_events where id = ${row!.id}`))).toMatch(
      /append-only \(DELETE refused\)/,
    );
    const [after] = (await auditEventsOf(t.db, world.organisation.id, 'team.create')).filter(
      (e) => e.id === row!.id,
    );
    expect(after).toEqual(row);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditVerifyResultSchema } from '@leerlus/contracts';
import type { Database } from '@leerlus/db';
import { createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditEventsOf } from './testing';

/*
 * The only test file that tampers with audit_events. On PostgreSQL that table is shared by every test
 * file running in parallel, so:
 *  - the tampered row is one this file created (after every earlier row), so verification reports
 *    exactly it as the first broken row, whatever other files append meanwhile;
 *  - tampering and restoring are each ONE transaction (disable trigger, update, enable): the trigger is
 *    never off for other connections, and the ALTER's lock makes concurrent appends wait a moment;
 *  - the row is restored at once (in `finally`), so the chain verifies again for everyone.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** Rewrites one audit row's action behind the append-only trigger's back, as an attacker with DDL rights could. */
async function rewriteAction(db: Database, id: number, action: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_events disable trigger user`);
    await tx.execute(sql`update audit_events set action = ${action} where id = ${id}`);
    await tx.execute(sql`alter table audit_events enable trigger user`);
  });
}

describe('audit chain verification', () => {
  it('detects a tampered row and names it; verifies again once restored', async () => {
    const world = await createWorld(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    const verifyUrl = `/api/v1/organisations/${world.organisation.id}/audit/verify`;
    await admin.request({
      method: 'POST',
      url: `/api/v1/organisations/${world.organisation.id}/teams`,
      payload: { name: 'Team C' },
    });
    // An event whose details keys jsonb stores in another order than written ({ email, role }).
    await admin.request({
      method: 'POST',
      url: `/api/v1/teams/${world.teamA.id}/invitations`,
      payload: { email: 'v@example.org', role: 'viewer' },
    });
    const [row] = await auditEventsOf(t.db, world.organisation.id, 'team.create');
    const intact = auditVerifyResultSchema.parse(
      (await admin.request({ method: 'POST', url: verifyUrl })).json(),
    );
    expect(intact).toMatchObject({ ok: true, firstBrokenId: null });

    await rewriteAction(t.db, row!.id, 'team.delete');
    let tampered: unknown;
    try {
      tampered = (await admin.request({ method: 'POST', url: verifyUrl })).json();
    } finally {
      await rewriteAction(t.db, row!.id, row!.action);
    }
    expect(auditVerifyResultSchema.parse(tampered)).toMatchObject({ ok: false, firstBrokenId: row!.id });

    const restored = auditVerifyResultSchema.parse(
      (await admin.request({ method: 'POST', url: verifyUrl })).json(),
    );
    expect(restored).toMatchObject({ ok: true, firstBrokenId: null });
    const checks = await auditEventsOf(t.db, world.organisation.id, 'audit.verify');
    expect(checks.map((e) => e.details?.ok)).toEqual([true, false, true]);
  });
});

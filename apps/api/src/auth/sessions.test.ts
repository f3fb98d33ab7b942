import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@leerlus/db';
import { createOrganisation, createUser } from '../testing/factories';
import { loginAs } from '../testing/login';
import { createTestApp, type TestApp } from '../testing/test-app';
import { purgeExpiredSessions } from './sessions';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('purgeExpiredSessions', () => {
  it('removes sessions past their idle or absolute expiry and keeps live ones', async () => {
    const org = await createOrganisation(t.db);
    const user = await createUser(t.db, [{ organisationId: org.id, teamId: null, role: 'member' }]);
    for (let i = 0; i < 3; i++) await loginAs(t.app, user);
    const ids = (
      await t.db
        .select({ id: schema.sessions.id })
        .from(schema.sessions)
        .where(eq(schema.sessions.userId, user.id))
    ).map((s) => s.id);
    expect(ids).toHaveLength(3);
    const [idle, absolute, live] = ids as [string, string, string];
    const now = Date.now();
    await t.db
      .update(schema.sessions)
      .set({ lastSeenAt: new Date(now - t.config.session.idleMs - 1000) })
      .where(eq(schema.sessions.id, idle));
    await t.db
      .update(schema.sessions)
      .set({ expiresAt: new Date(now - 1000) })
      .where(eq(schema.sessions.id, absolute));

    expect(await purgeExpiredSessions(t.db, t.config, now)).toBeGreaterThanOrEqual(2);
    const left = await t.db
      .select({ id: schema.sessions.id })
      .from(schema.sessions)
      .where(inArray(schema.sessions.id, ids));
    expect(left.map((s) => s.id)).toEqual([live]);
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationSettingsSchema, teamSummarySchema } from '@leerlus/contracts';
import { schema } from '@leerlus/db';
import { createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditEventsOf } from './testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const orgUrl = (organisationId: string, rest: string) => `/api/v1/organisations/${organisationId}/${rest}`;

describe('organisation teams', () => {
  it('creates a team, answers its summary and audits it; a duplicate name is a conflict', async () => {
    const world = await createWorld(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    const payload = { name: '  Heup- en knieartrose ', description: 'Zorgpad THP/TKP' };
    const res = await admin.request({ method: 'POST', url: orgUrl(world.organisation.id, 'teams'), payload });
    expect(res.statusCode).toBe(201);
    const team = teamSummarySchema.parse(res.json());
    expect(team).toMatchObject({
      name: 'Heup- en knieartrose',
      organisationId: world.organisation.id,
      memberCount: 1,
      myRole: 'admin',
    });
    const events = await auditEventsOf(t.db, world.organisation.id, 'team.create');
    expect(events).toEqual([expect.objectContaining({ resourceId: team.id, actorId: world.users.admin.id })]);
    const again = await admin.request({
      method: 'POST',
      url: orgUrl(world.organisation.id, 'teams'),
      payload: { name: 'heup- EN knieartrose' },
    });
    expect(again.statusCode).toBe(409);
  });

  it("renames a team; another organisation's team answers 404", async () => {
    const world = await createWorld(t.db);
    const other = await createWorld(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    const res = await admin.request({
      method: 'PATCH',
      url: orgUrl(world.organisation.id, `teams/${world.teamB.id}`),
      payload: { name: 'Borstkanker' },
    });
    expect(res.statusCode).toBe(200);
    expect(teamSummarySchema.parse(res.json()).name).toBe('Borstkanker');
    const foreign = await admin.request({
      method: 'PATCH',
      url: orgUrl(world.organisation.id, `teams/${other.teamA.id}`),
      payload: { name: 'Gekaapt' },
    });
    expect(foreign.statusCode).toBe(404);
    const [untouched] = await t.db.select().from(schema.teams).where(eq(schema.teams.id, other.teamA.id));
    expect(untouched!.name).toBe('Team A');
    expect(await auditEventsOf(t.db, world.organisation.id, 'team.update')).toHaveLength(1);
  });

  it('validates the body: too short a name, unknown fields', async () => {
    const world = await createWorld(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    const short = await admin.request({
      method: 'POST',
      url: orgUrl(world.organisation.id, 'teams'),
      payload: { name: 'X' },
    });
    expect(short.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ path: 'body.name' })],
    });
    const extra = await admin.request({
      method: 'PATCH',
      url: orgUrl(world.organisation.id, `teams/${world.teamA.id}`),
      payload: { organisationId: world.organisation.id },
    });
    expect(extra.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ path: 'body.organisationId' })],
    });
    expect(
      await t.db.select().from(schema.teams).where(eq(schema.teams.organisationId, world.organisation.id)),
    ).toHaveLength(2);
  });
});

describe('organisation settings', () => {
  it('reads and changes the name and the MFA requirement, auditing the change', async () => {
    const world = await createWorld(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    const url = orgUrl(world.organisation.id, 'settings');
    const before = organisationSettingsSchema.parse((await admin.request({ method: 'GET', url })).json());
    expect(before).toEqual({ id: world.organisation.id, name: world.organisation.name, mfaRequired: false });
    const res = await admin.request({
      method: 'PATCH',
      url,
      payload: { name: 'Ziekenhuis Oost', mfaRequired: true },
    });
    expect(organisationSettingsSchema.parse(res.json())).toEqual({
      id: world.organisation.id,
      name: 'Ziekenhuis Oost',
      mfaRequired: true,
    });
    const events = await auditEventsOf(t.db, world.organisation.id, 'organisation.update');
    expect(events).toEqual([
      expect.objectContaining({
        details: { name: 'Ziekenhuis Oost', mfaRequired: true },
        outcome: 'success',
      }),
    ]);
    // Members must now enrol in MFA before doing anything else.
    expect((await admin.request({ method: 'GET', url })).json()).toMatchObject({
      code: 'MFA_ENROLMENT_REQUIRED',
    });
  });

  it("hides another organisation's settings (404) and refuses non-admins (403)", async () => {
    const world = await createWorld(t.db);
    const other = await createWorld(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    expect(
      (await admin.request({ method: 'GET', url: orgUrl(other.organisation.id, 'settings') })).statusCode,
    ).toBe(404);
    const patch = await admin.request({
      method: 'PATCH',
      url: orgUrl(other.organisation.id, 'settings'),
      payload: { mfaRequired: true },
    });
    expect(patch.statusCode).toBe(404);
    const advisor = await loginAs(t.app, world.users.qualityAdvisor);
    expect(
      (
        await advisor.request({
          method: 'PATCH',
          url: orgUrl(world.organisation.id, 'settings'),
          payload: { name: 'Nope!' },
        })
      ).statusCode,
    ).toBe(403);
    const [org] = await t.db
      .select()
      .from(schema.organisations)
      .where(eq(schema.organisations.id, other.organisation.id));
    expect(org!.mfaRequired).toBe(false);
    const denied = await auditEventsOf(t.db, world.organisation.id, 'organisation.update');
    expect(denied).toEqual([
      expect.objectContaining({ actorId: world.users.qualityAdvisor.id, outcome: 'denied' }),
    ]);
  });
});

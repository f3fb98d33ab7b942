import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeSetDetailSchema, outcomeSetSummarySchema, teamIndicatorsSchema } from '@leerlus/contracts/indicators';
import { createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditEventsOf } from '../organisations/testing';
import { createIndicatorRow, createOutcomeSet } from './testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const url = (organisationId: string, rest = '') => `/api/v1/organisations/${organisationId}/outcome-sets${rest}`;

/** A library template (no organisation) with two library indicators. */
async function libraryTemplate() {
  const suffix = randomUUID().slice(0, 8);
  const proms = await createIndicatorRow(t.db, null, { code: `ohs-${suffix}`, kind: 'prom', measure: 'mean', definition: { observationCode: `ohs-${suffix}`, periodGranularity: 'quarter' } });
  const compl = await createIndicatorRow(t.db, null, { code: `compl-${suffix}` });
  const set = await createOutcomeSet(t.db, null, [
    { indicatorId: proms.id, timepoints: ['baseline', '3m', '12m'] },
    { indicatorId: compl.id, timepoints: ['90d'] },
  ]);
  return { set, proms, compl };
}

describe('outcome sets', () => {
  it('lists the library templates next to the own sets of the organisation and shows a template in detail', async () => {
    const world = await createWorld(t.db);
    const other = await createWorld(t.db);
    const { set, proms } = await libraryTemplate();
    const own = await createOutcomeSet(t.db, world.organisation.id, [], { name: 'Eigen set' });
    const foreign = await createOutcomeSet(t.db, other.organisation.id, []);
    const member = await loginAs(t.app, world.users.member);
    const list = (await member.request({ method: 'GET', url: url(world.organisation.id) })).json<unknown[]>();
    const ids = list.map((s) => outcomeSetSummarySchema.parse(s).id);
    expect(ids).toContain(set.id);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(foreign.id);
    const detail = outcomeSetDetailSchema.parse((await member.request({ method: 'GET', url: url(world.organisation.id, `/${set.id}`) })).json());
    expect(detail).toMatchObject({ isTemplate: true, organisationId: null, indicatorCount: 2, caseMix: [{ code: 'asa', label: 'ASA-klasse', type: 'category' }] });
    expect(detail.indicators.map((i) => [i.indicator.id, i.timepoints])).toEqual([
      [proms.id, ['baseline', '3m', '12m']],
      [expect.any(String), ['90d']],
    ]);
    expect((await member.request({ method: 'GET', url: url(world.organisation.id, `/${foreign.id}`) })).statusCode).toBe(404);
  });

  it('instantiates a template: its indicators join the catalogue (an existing code is reused), once per organisation', async () => {
    const world = await createWorld(t.db);
    const { set, proms, compl } = await libraryTemplate();
    const existing = await createIndicatorRow(t.db, world.organisation.id, { code: compl.code });
    const analyst = await loginAs(t.app, world.users.analyst);
    const res = await analyst.request({ method: 'POST', url: url(world.organisation.id, `/${set.id}/instantiate`) });
    expect(res.statusCode).toBe(201);
    const created = outcomeSetDetailSchema.parse(res.json());
    expect(created).toMatchObject({ organisationId: world.organisation.id, isTemplate: false, templateId: set.id, name: set.name, caseMix: [{ code: 'asa' }] });
    const [copied, reused] = created.indicators;
    expect(copied).toMatchObject({ indicator: { code: proms.code, organisationId: world.organisation.id, version: 1, measure: 'mean' }, timepoints: ['baseline', '3m', '12m'] });
    expect(copied!.indicator.id).not.toBe(proms.id);
    expect(reused).toMatchObject({ indicator: { id: existing.id }, timepoints: ['90d'] });
    const again = await analyst.request({ method: 'POST', url: url(world.organisation.id, `/${set.id}/instantiate`) });
    expect(again.statusCode).toBe(409);
    const notTemplate = await analyst.request({ method: 'POST', url: url(world.organisation.id, `/${created.id}/instantiate`) });
    expect(notTemplate.statusCode).toBe(409);
    expect(await auditEventsOf(t.db, world.organisation.id, 'outcome-set.instantiate')).toEqual([
      expect.objectContaining({ resourceId: created.id, details: { templateId: set.id, name: set.name } }),
    ]);
    const lead = await loginAs(t.app, world.users.teamLead);
    expect((await lead.request({ method: 'POST', url: url(world.organisation.id, `/${set.id}/instantiate`) })).statusCode).toBe(403);
  });

  it('a team adopts every indicator of an instantiated set; a library template must be instantiated first', async () => {
    const world = await createWorld(t.db);
    const { set } = await libraryTemplate();
    const admin = await loginAs(t.app, world.users.admin);
    const lead = await loginAs(t.app, world.users.teamLead);
    const adoptSet = (outcomeSetId: string) => lead.request({ method: 'POST', url: `/api/v1/teams/${world.teamA.id}/outcome-sets`, payload: { outcomeSetId } });
    expect((await adoptSet(set.id)).statusCode).toBe(409);
    const created = outcomeSetDetailSchema.parse((await admin.request({ method: 'POST', url: url(world.organisation.id, `/${set.id}/instantiate`) })).json());
    const res = await adoptSet(created.id);
    expect(res.statusCode).toBe(200);
    const adopted = teamIndicatorsSchema.parse(res.json());
    expect(adopted.indicators.map((i) => i.indicator.id).sort()).toEqual(created.indicators.map((i) => i.indicator.id).sort());
    expect(adopted.coverage).toMatchObject({ covered: ['drom', 'prom'], isComplete: false });
    expect((await adoptSet(created.id)).statusCode).toBe(200);
    expect((await adoptSet(randomUUID())).statusCode).toBe(404);
  });
});

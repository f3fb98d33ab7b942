import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorDetailSchema, indicatorSchema } from '@leerlus/contracts/indicators';
import { createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditEventsOf } from '../organisations/testing';
import { adopt, createIndicatorRow } from './testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const url = (organisationId: string, rest = '') => `/api/v1/organisations/${organisationId}/indicators${rest}`;
const proms = {
  code: 'ohs-12m',
  nameNl: 'Oxford Hip Score na 12 maanden',
  nameEn: 'Oxford Hip Score at 12 months',
  kind: 'prom',
  measure: 'mean',
  unit: 'punten',
  improvement: 'increase',
  definition: { observationCode: 'ohs', periodGranularity: 'month', timepoint: '12m' },
};

describe('indicator catalogue', () => {
  it('a team-scoped quality advisor defines an indicator as version 1; the action is audited; a code is unique', async () => {
    const world = await createWorld(t.db);
    const advisor = await loginAs(t.app, world.users.qualityAdvisor);
    const res = await advisor.request({ method: 'POST', url: url(world.organisation.id), payload: proms });
    expect(res.statusCode).toBe(201);
    const created = indicatorDetailSchema.parse(res.json());
    expect(created).toMatchObject({ code: 'ohs-12m', version: 1, chartType: null, effectiveChartType: 'i', source: '', teamIds: [] });
    expect(created.versions).toEqual([expect.objectContaining({ version: 1, changedBy: world.users.qualityAdvisor.id, definition: proms.definition })]);
    const events = await auditEventsOf(t.db, world.organisation.id, 'indicator.create');
    expect(events).toEqual([expect.objectContaining({ resourceId: created.id, actorId: world.users.qualityAdvisor.id, details: { code: 'ohs-12m', version: 1 } })]);
    const again = await advisor.request({ method: 'POST', url: url(world.organisation.id), payload: proms });
    expect(again.statusCode).toBe(409);
  });

  it('rejects definitions that do not fit the measure, with the path of each problem', async () => {
    const world = await createWorld(t.db);
    const analyst = await loginAs(t.app, world.users.analyst);
    const post = (payload: Record<string, unknown>) => analyst.request({ method: 'POST', url: url(world.organisation.id), payload });
    const paths = async (payload: Record<string, unknown>) => {
      const res = await post(payload);
      expect(res.statusCode).toBe(400);
      return res.json<{ details: { path: string }[] }>().details.map((d) => d.path);
    };
    expect(await paths({ ...proms, measure: 'proportion' })).toEqual(['body.definition.numeratorFilter']);
    expect(await paths({ ...proms, chartType: 'p' })).toEqual(['body.chartType']);
    expect(await paths({ ...proms, definition: { ...proms.definition, periodGranularity: 'year' } })).toEqual(['body.definition.periodGranularity']);
    expect(await paths({ ...proms, code: 'met spatie' })).toEqual(['body.code']);
    expect(await paths({ ...proms, organisationId: world.organisation.id })).toEqual(['body.organisationId']);
  });

  it('versions a change to how figures are computed and keeps the old definition; other edits stay in place', async () => {
    const world = await createWorld(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    const row = await createIndicatorRow(t.db, world.organisation.id);
    const patch = (payload: Record<string, unknown>) => admin.request({ method: 'PATCH', url: url(world.organisation.id, `/${row.id}`), payload });
    const renamed = indicatorDetailSchema.parse((await patch({ nameNl: 'Complicaties binnen 90 dagen', description: 'Clavien-Dindo ≥ III' })).json());
    expect(renamed).toMatchObject({ nameNl: 'Complicaties binnen 90 dagen', version: 1 });
    const reordered = { numeratorFilter: { value: 1, op: 'eq' }, periodGranularity: 'month', observationCode: 'compl-90d' };
    expect(indicatorDetailSchema.parse((await patch({ definition: reordered })).json()).version).toBe(1);
    const weekly = { ...row.definition, periodGranularity: 'week' };
    const changed = indicatorDetailSchema.parse((await patch({ definition: weekly, chartType: 'pp' })).json());
    expect(changed).toMatchObject({ version: 2, chartType: 'pp', effectiveChartType: 'pp' });
    expect(changed.versions.map((v) => [v.version, v.definition.periodGranularity, v.chartType])).toEqual([
      [2, 'week', 'pp'],
      [1, 'month', null],
    ]);
    const bad = await patch({ measure: 'rate' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ details: [{ path: 'body.definition.exposureCode' }, { path: 'body.chartType' }] });
    const after = indicatorDetailSchema.parse((await admin.request({ method: 'GET', url: url(world.organisation.id, `/${row.id}`) })).json());
    expect(after).toMatchObject({ measure: 'proportion', version: 2 });
    const events = await auditEventsOf(t.db, world.organisation.id, 'indicator.update');
    expect(events.map((e) => e.details)).toEqual([
      { code: row.code, version: 1, versioned: false, fields: 'description,nameNl' },
      { code: row.code, version: 1, versioned: false, fields: 'definition' },
      { code: row.code, version: 2, versioned: true, fields: 'chartType,definition' },
    ]);
  });

  it('every role of the organisation reads the catalogue; only managers change it; other organisations answer 404', async () => {
    const world = await createWorld(t.db);
    const other = await createWorld(t.db);
    const mine = await createIndicatorRow(t.db, world.organisation.id);
    const theirs = await createIndicatorRow(t.db, other.organisation.id);
    const viewer = await loginAs(t.app, world.users.viewer);
    const list = await viewer.request({ method: 'GET', url: url(world.organisation.id) });
    expect(list.statusCode).toBe(200);
    expect(list.json<unknown[]>().map((i) => indicatorSchema.parse(i).id)).toEqual([mine.id]);
    expect((await viewer.request({ method: 'GET', url: url(other.organisation.id) })).statusCode).toBe(404);
    expect((await viewer.request({ method: 'GET', url: url(world.organisation.id, `/${theirs.id}`) })).statusCode).toBe(404);
    const lead = await loginAs(t.app, world.users.teamLead);
    const refused = await lead.request({ method: 'PATCH', url: url(world.organisation.id, `/${mine.id}`), payload: { nameEn: 'X' } });
    expect(refused.statusCode).toBe(403);
    expect(await auditEventsOf(t.db, world.organisation.id, 'indicator.update')).toEqual([expect.objectContaining({ outcome: 'denied', actorId: world.users.teamLead.id })]);
    const admin = await loginAs(t.app, world.users.admin);
    expect((await admin.request({ method: 'PATCH', url: url(world.organisation.id, `/${theirs.id}`), payload: { nameEn: 'X' } })).statusCode).toBe(404);
  });

  it('removes an unused indicator; one a team tracks is kept (409)', async () => {
    const world = await createWorld(t.db);
    const admin = await loginAs(t.app, world.users.admin);
    const unused = await createIndicatorRow(t.db, world.organisation.id);
    const tracked = await createIndicatorRow(t.db, world.organisation.id);
    await adopt(t.db, world.teamA.id, [tracked.id]);
    expect((await admin.request({ method: 'DELETE', url: url(world.organisation.id, `/${unused.id}`) })).statusCode).toBe(204);
    expect((await admin.request({ method: 'GET', url: url(world.organisation.id, `/${unused.id}`) })).statusCode).toBe(404);
    expect((await admin.request({ method: 'DELETE', url: url(world.organisation.id, `/${tracked.id}`) })).statusCode).toBe(409);
    const detail = indicatorDetailSchema.parse((await admin.request({ method: 'GET', url: url(world.organisation.id, `/${tracked.id}`) })).json());
    expect(detail.teamIds).toEqual([world.teamA.id]);
    expect(await auditEventsOf(t.db, world.organisation.id, 'indicator.delete')).toHaveLength(1);
  });
});

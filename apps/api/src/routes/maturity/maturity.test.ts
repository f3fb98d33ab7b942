import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerHistorySchema, assessmentDetailSchema, assessmentResultsSchema, assessmentSchema, instrumentDetailSchema, instrumentListSchema, readinessSummarySchema } from '@leerlus/contracts/maturity';
import { QUICKSCAN } from '@leerlus/domain/maturity/index';
import { createTeam, createUser, createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditEventsOf } from '../organisations/testing';
import { builtInInstrumentId } from './testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const base = (teamId: string) => `/api/v1/teams/${teamId}/maturity`;

describe('maturity instruments', () => {
  it('lists the four built-in instruments for every role and returns one with its texts; another organisation’s team is 404', async () => {
    const world = await createWorld(t.db);
    const viewer = await loginAs(t.app, world.users.viewer);
    const list = instrumentListSchema.parse((await viewer.request({ method: 'GET', url: `${base(world.teamA.id)}/instruments` })).json());
    expect(list.instruments.map((i) => [i.key, i.isBuiltIn])).toEqual([
      ['maturity-meter', true],
      ['quickscan', true],
      ['readiness', true],
      ['roadmap', true],
    ]);
    const quickscan = list.instruments.find((i) => i.key === 'quickscan')!;
    expect(quickscan).toMatchObject({ themes: 7, items: 24, recurrenceMonths: 6 });
    const detail = instrumentDetailSchema.parse((await viewer.request({ method: 'GET', url: `${base(world.teamA.id)}/instruments/${quickscan.id}` })).json());
    expect(detail.definition.themes[0]!.items[0]!.text.nl).toContain('medische conditie');
    const other = await createWorld(t.db);
    expect((await viewer.request({ method: 'GET', url: `${base(other.teamA.id)}/instruments` })).statusCode).toBe(404);
  });

  it('an organisation adds its own instrument as data; the same key makes version 2; a member may not', async () => {
    const world = await createWorld(t.db);
    const advisor = await loginAs(t.app, world.users.qualityAdvisor);
    const url = `/api/v1/organisations/${world.organisation.id}/maturity/instruments`;
    const definition = { ...QUICKSCAN, key: 'regio-scan', kind: 'custom', title: { nl: 'Regioscan', en: 'Regional scan' } };
    const first = await advisor.request({ method: 'POST', url, payload: { definition } });
    expect(first.statusCode).toBe(201);
    expect(instrumentDetailSchema.parse(first.json())).toMatchObject({ key: 'regio-scan', version: 1, isBuiltIn: false });
    const second = instrumentDetailSchema.parse((await advisor.request({ method: 'POST', url, payload: { definition: { ...definition, recurrenceMonths: 12 } } })).json());
    expect(second).toMatchObject({ id: first.json<{ id: string }>().id, version: 2, recurrenceMonths: 12 });
    const v1 = instrumentDetailSchema.parse((await advisor.request({ method: 'GET', url: `${base(world.teamA.id)}/instruments/${second.id}?version=1` })).json());
    expect(v1.definition.recurrenceMonths).toBe(6);
    const bad = await advisor.request({ method: 'POST', url, payload: { definition: { ...definition, target: 9 } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ details: { path: string }[] }>().details.map((d) => d.path)).toContain('body.definition.target');
    const member = await loginAs(t.app, world.users.member);
    expect((await member.request({ method: 'POST', url, payload: { definition } })).statusCode).toBe(403);
    const events = await auditEventsOf(t.db, world.organisation.id, 'maturity.instrument.create');
    expect(events.map((e) => [e.outcome, e.details])).toEqual([
      ['success', { key: 'regio-scan', version: 1 }],
      ['success', { key: 'regio-scan', version: 2 }],
      ['denied', expect.anything()],
    ]);
    const otherWorld = await createWorld(t.db);
    const others = instrumentListSchema.parse((await (await loginAs(t.app, otherWorld.users.viewer)).request({ method: 'GET', url: `${base(otherWorld.teamA.id)}/instruments` })).json());
    expect(others.instruments.map((i) => i.key)).not.toContain('regio-scan');
  });
});

describe('maturity assessments', () => {
  it('a baseline QuickScan answered by two members: versions, history, results, submit, lock, audit', async () => {
    const world = await createWorld(t.db);
    const instrumentId = await builtInInstrumentId(t.db, 'quickscan');
    const lead = await loginAs(t.app, world.users.teamLead);
    const created = await lead.request({ method: 'POST', url: `${base(world.teamA.id)}/assessments`, payload: { instrumentId, mode: 'individual', measuredOn: '2026-01-15' } });
    expect(created.statusCode).toBe(201);
    const assessment = assessmentSchema.parse(created.json());
    expect(assessment).toMatchObject({ kind: 'baseline', status: 'draft', nextDueOn: '2026-07-15', instrumentVersion: 1 });
    const url = `${base(world.teamA.id)}/assessments/${assessment.id}`;

    const member = await loginAs(t.app, world.users.member);
    const put = (client: typeof lead, answers: unknown[]) => client.request({ method: 'PUT', url: `${url}/answers`, payload: { answers } });
    const saved = await put(member, [
      { itemId: 'condition-defined', value: 2, evidence: 'Scope vastgelegd in zorgpad' },
      { itemId: 'leadership', value: 0 },
      { itemId: 'suppliers', value: 'na' },
    ]);
    expect(saved.statusCode).toBe(200);
    expect(assessmentDetailSchema.parse(saved.json()).answers).toHaveLength(3);
    // A correction is a new version; an unchanged answer is not stored again.
    const corrected = assessmentDetailSchema.parse((await put(member, [{ itemId: 'leadership', value: 1 }, { itemId: 'suppliers', value: 'na' }])).json());
    expect(corrected.answers.find((a) => a.itemId === 'leadership')).toMatchObject({ value: 1, version: 2 });
    expect(corrected.answers.find((a) => a.itemId === 'suppliers')).toMatchObject({ version: 1 });
    await put(lead, [{ itemId: 'condition-defined', value: 0 }, { itemId: 'leadership', value: 1 }, { itemId: 'suppliers', value: 2 }]);

    const history = answerHistorySchema.parse((await member.request({ method: 'GET', url: `${url}/answers/history` })).json());
    expect(history.versions.filter((v) => v.itemId === 'leadership').map((v) => [v.version, v.value])).toEqual([
      [1, 0],
      [2, 1],
      [1, 1],
    ]);
    // Answers are append-only in the database too.
    await expect(t.db.execute(sql`update maturity_answers set value = 2`)).rejects.toThrow();

    const bad = await put(member, [{ itemId: 'leadership', value: 5 }, { itemId: 'nonsense', value: 1 }, { itemId: 'pdca', value: 'na', extra: 1 }]);
    expect(bad.statusCode).toBe(400);
    const viewer = await loginAs(t.app, world.users.viewer);
    expect((await put(viewer, [{ itemId: 'leadership', value: 1 }])).statusCode).toBe(403);
    expect((await viewer.request({ method: 'GET', url })).statusCode).toBe(200);

    const results = assessmentResultsSchema.parse((await viewer.request({ method: 'GET', url: `${url}/results` })).json());
    expect(results.respondents).toBe(2);
    const condition = results.items.find((i) => i.itemId === 'condition-defined')!;
    expect(condition).toMatchObject({ mean: 1, isDisagreement: true, distribution: [{ value: 0, count: 1 }, { value: 1, count: 0 }, { value: 2, count: 1 }] });
    expect(condition.notes).toEqual([{ evidence: 'Scope vastgelegd in zorgpad', comment: '' }]);
    expect(results.items.find((i) => i.itemId === 'suppliers')).toMatchObject({ notApplicable: 1, mean: 2 });
    expect(results.gaps.map((g) => g.itemId)).toEqual(['condition-defined', 'leadership']);
    expect(results.findings.kinds).toContain('disagreement');
    expect(results.findings.en.join(' ')).toContain('disagrees');
    expect(results.radar.series).toHaveLength(1);

    expect((await member.request({ method: 'POST', url: `${url}/submit` })).statusCode).toBe(403);
    expect((await member.request({ method: 'POST', url: `${url}/respondents/me/submit` })).statusCode).toBe(204);
    expect(assessmentSchema.parse((await lead.request({ method: 'POST', url: `${url}/submit` })).json())).toMatchObject({ status: 'submitted', submittedRespondents: 1, respondents: 2 });
    // After submission members no longer change answers; the lead corrects (as a new version) until locked.
    expect((await put(member, [{ itemId: 'leadership', value: 2 }])).statusCode).toBe(403);
    expect((await put(lead, [{ itemId: 'leadership', value: 2 }])).statusCode).toBe(200);
    expect((await lead.request({ method: 'POST', url: `${url}/lock` })).json()).toMatchObject({ status: 'locked' });
    expect((await put(lead, [{ itemId: 'leadership', value: 0 }])).statusCode).toBe(409);
    expect((await lead.request({ method: 'DELETE', url })).statusCode).toBe(409);

    const events = (await auditEventsOf(t.db, world.organisation.id)).filter((e) => e.action.startsWith('maturity.'));
    expect(events.filter((e) => e.outcome === 'denied').map((e) => [e.action, e.actorId])).toEqual([
      ['maturity.answer.save', world.users.viewer.id],
      ['maturity.assessment.submit', world.users.member.id],
      ['maturity.answer.save', world.users.member.id],
    ]);
    const actions = events.filter((e) => e.outcome === 'success').map((e) => e.action);
    expect(actions).toEqual([
      'maturity.assessment.create',
      'maturity.answer.save',
      'maturity.answer.save',
      'maturity.answer.save',
      'maturity.respondent.submit',
      'maturity.assessment.submit',
      'maturity.answer.save',
      'maturity.assessment.lock',
    ]);
  });

  it('another team’s assessment answers 404, also through the own team’s URL', async () => {
    const world = await createWorld(t.db);
    const instrumentId = await builtInInstrumentId(t.db, 'maturity-meter');
    const admin = await loginAs(t.app, world.users.admin);
    const a = assessmentSchema.parse((await admin.request({ method: 'POST', url: `${base(world.teamB.id)}/assessments`, payload: { instrumentId, mode: 'session' } })).json());
    const member = await loginAs(t.app, world.users.member);
    expect((await member.request({ method: 'GET', url: `${base(world.teamB.id)}/assessments/${a.id}` })).statusCode).toBe(404);
    expect((await member.request({ method: 'GET', url: `${base(world.teamA.id)}/assessments/${a.id}` })).statusCode).toBe(404);
    expect((await member.request({ method: 'GET', url: `${base(world.teamA.id)}/assessments/${a.id}/results` })).statusCode).toBe(404);
    expect((await admin.request({ method: 'GET', url: `${base(world.teamA.id)}/assessments/${a.id}/export.pdf` })).statusCode).toBe(404);
  });

  it('a session re-measurement shows the trend and both measurements on the radar', async () => {
    const world = await createWorld(t.db);
    const instrumentId = await builtInInstrumentId(t.db, 'maturity-meter');
    const lead = await loginAs(t.app, world.users.teamLead);
    const measure = async (measuredOn: string, level: number) => {
      const a = assessmentSchema.parse((await lead.request({ method: 'POST', url: `${base(world.teamA.id)}/assessments`, payload: { instrumentId, mode: 'session', measuredOn } })).json());
      const items = ['goal-set', 'indicators', 'improvement-meeting', 'meeting-matrix', 'pdca', 'goal-owners', 'learning-culture', 'handover'];
      await lead.request({ method: 'PUT', url: `${base(world.teamA.id)}/assessments/${a.id}/answers`, payload: { answers: items.map((itemId) => ({ itemId, value: itemId === 'pdca' ? 3 : level })) } });
      await lead.request({ method: 'POST', url: `${base(world.teamA.id)}/assessments/${a.id}/submit` });
      return a;
    };
    const baseline = await measure('2025-06-01', 2);
    const again = await measure('2025-12-01', 4);
    expect(again.kind).toBe('remeasurement');
    expect(baseline.kind).toBe('baseline');
    const results = assessmentResultsSchema.parse((await lead.request({ method: 'GET', url: `${base(world.teamA.id)}/assessments/${again.id}/results` })).json());
    // process: (2 + 2 + 3) / 3 = 7/3 → (7/3 − 1) / 4 = 33 %; (4 + 4 + 3) / 3 = 11/3 → 67 %
    expect(results.radar.series.map((s) => [s.assessmentId, s.isCurrent, s.values.map((v) => Math.round(v!))])).toEqual([
      [baseline.id, false, [25, 33, 25]],
      [again.id, true, [75, 67, 75]],
    ]);
    expect(results.trends.map((tr) => [tr.themeId, tr.direction, tr.delta])).toEqual([
      ['purpose', 'up', 50],
      ['process', 'up', expect.closeTo(33.33, 1)],
      ['people', 'up', 50],
    ]);
    expect(results.findings.kinds).toContain('improved');
    expect(results.gaps.map((g) => g.itemId)).toEqual(['pdca']);
    expect(results.respondents).toBe(1);
  });

  it('readiness on the team page says which must-haves are missing; the next measurement is scheduled', async () => {
    const world = await createWorld(t.db);
    const instrumentId = await builtInInstrumentId(t.db, 'readiness');
    const lead = await loginAs(t.app, world.users.teamLead);
    const a = assessmentSchema.parse((await lead.request({ method: 'POST', url: `${base(world.teamA.id)}/assessments`, payload: { instrumentId, mode: 'session', measuredOn: '2026-02-01' } })).json());
    expect(a.nextDueOn).toBeNull();
    await lead.request({ method: 'PUT', url: `${base(world.teamA.id)}/assessments/${a.id}/answers`, payload: { answers: [{ itemId: 'clear-goals', value: 2 }, { itemId: 'it-support', value: 0 }] } });
    const summary = readinessSummarySchema.parse((await (await loginAs(t.app, world.users.viewer)).request({ method: 'GET', url: `${base(world.teamA.id)}/readiness` })).json());
    expect(summary.readiness).toMatchObject({ isReady: false, missingMustHaves: ['condition-defined', 'mdt-involved', 'urgency', 'it-support'], status: 'draft' });
    expect(summary.mustHaveTexts).toHaveLength(5);
    expect(summary.instruments.find((i) => i.key === 'readiness')!.latest).toMatchObject({ assessmentId: a.id });
    expect(summary.instruments.find((i) => i.key === 'quickscan')).toMatchObject({ latest: null, nextDueOn: null, isOverdue: false });
  });
});

describe('maturity comparison', () => {
  it('anonymises teams that do not share; the own team sees its name and position', async () => {
    const world = await createWorld(t.db);
    const teamC = await createTeam(t.db, world.organisation.id, 'Team C');
    const instrumentId = await builtInInstrumentId(t.db, 'quickscan');
    const admin = await loginAs(t.app, world.users.admin);
    const all = QUICKSCAN.themes.flatMap((th) => th.items.map((i) => i.id));
    for (const [team, value] of [[world.teamA, 2], [world.teamB, 1], [teamC, 0]] as const) {
      const a = assessmentSchema.parse((await admin.request({ method: 'POST', url: `${base(team.id)}/assessments`, payload: { instrumentId, mode: 'session' } })).json());
      await admin.request({ method: 'PUT', url: `${base(team.id)}/assessments/${a.id}/answers`, payload: { answers: all.map((itemId) => ({ itemId, value })) } });
      await admin.request({ method: 'POST', url: `${base(team.id)}/assessments/${a.id}/submit` });
    }
    expect((await admin.request({ method: 'PUT', url: `${base(world.teamB.id)}/sharing`, payload: { sharesComparison: true } })).statusCode).toBe(200);
    const lead = await loginAs(t.app, world.users.teamLead);
    const res = await lead.request({ method: 'GET', url: `${base(world.teamA.id)}/comparison?instrumentId=${instrumentId}` });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ entries: { label: string; teamId: string | null; isOwn: boolean }[]; own: unknown; overall: { n: number; median: number } }>();
    expect(body.entries.map((e) => [e.label, e.teamId, e.isOwn])).toEqual([
      ['Team A', world.teamA.id, true],
      ['Team B', world.teamB.id, false],
      ['A', null, false],
    ]);
    expect(res.body).not.toContain(teamC.id);
    expect(res.body).not.toContain('Team C');
    expect(body.own).toEqual({ rank: 1, of: 3, percentile: expect.closeTo(83.33, 1) });
    expect(body.overall).toMatchObject({ n: 3, median: 50 });
    const outsider = await createUser(t.db, [{ organisationId: world.organisation.id, teamId: teamC.id, role: 'member' }]);
    const c = await loginAs(t.app, outsider);
    expect((await c.request({ method: 'PUT', url: `${base(teamC.id)}/sharing`, payload: { sharesComparison: true } })).statusCode).toBe(403);
    expect((await auditEventsOf(t.db, world.organisation.id, 'maturity.sharing.update')).map((e) => e.outcome)).toEqual(['success', 'denied']);
  });
});

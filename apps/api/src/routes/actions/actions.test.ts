import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionSchema, decisionSchema } from '@leerlus/contracts/improvement';
import { auditRows } from '../../testing/audit';
import { createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { createActionRow, createDecisionRow, createGoalRow } from '../goals/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const team = (teamId: string, rest: string) => `/api/v1/teams/${teamId}/${rest}`;
const list = (json: unknown) => (json as { actions: unknown[] }).actions.map((a) => actionSchema.parse(a));

describe('action & decision log', () => {
  it('records actions, filters by status/owner/goal/overdue, searches, and stamps completion; audited', async () => {
    const world = await createWorld(t.db);
    const goal = await createGoalRow(t.db, world.teamA, { ownerId: world.users.member.id });
    const member = await loginAs(t.app, world.users.member);
    const created = await member.request({ method: 'POST', url: team(world.teamA.id, 'actions'), payload: { title: 'Wondprotocol_50% herzien', ownerId: world.users.member.id, dueDate: '2020-01-01', goalId: goal.id } });
    expect(created.statusCode).toBe(201);
    const action = actionSchema.parse(created.json());
    expect(action).toMatchObject({ isOverdue: true, goal: { id: goal.id }, status: 'open', originKind: 'goal' });
    await createActionRow(t.db, world.teamA, { title: 'Later', dueDate: '2999-01-01', status: 'doing' });
    await createActionRow(t.db, world.teamB, { title: 'Ander team' });
    const get = async (query: string) => list((await member.request({ method: 'GET', url: team(world.teamA.id, `actions${query}`) })).json()).map((a) => a.title);
    expect((await get('')).sort()).toEqual(['Later', 'Wondprotocol_50% herzien']);
    expect(await get('?overdue=true')).toEqual(['Wondprotocol_50% herzien']);
    expect(await get('?status=doing')).toEqual(['Later']);
    expect(await get(`?ownerId=${world.users.member.id}`)).toEqual(['Wondprotocol_50% herzien']);
    expect(await get(`?goalId=${goal.id}`)).toEqual(['Wondprotocol_50% herzien']);
    expect(await get('?q=50%25')).toEqual(['Wondprotocol_50% herzien']);
    expect(await get('?q=_')).toEqual(['Wondprotocol_50% herzien']);
    expect((await member.request({ method: 'GET', url: team(world.teamA.id, 'actions?status=nope') })).statusCode).toBe(400);
    const done = actionSchema.parse((await member.request({ method: 'PATCH', url: team(world.teamA.id, `actions/${action.id}`), payload: { status: 'done' } })).json());
    expect(done.completedAt).not.toBeNull();
    expect(done.isOverdue).toBe(false);
    expect((await auditRows(t.db, { resourceId: action.id })).map((r) => r.action)).toEqual(['action.create', 'action.update']);
  });

  it('viewer cannot record, member cannot delete, another team answers 404, references must be the team\'s', async () => {
    const world = await createWorld(t.db);
    const action = await createActionRow(t.db, world.teamA);
    const foreignGoal = await createGoalRow(t.db, world.teamB);
    const viewer = await loginAs(t.app, world.users.viewer);
    expect((await viewer.request({ method: 'POST', url: team(world.teamA.id, 'actions'), payload: { title: 'x' } })).statusCode).toBe(403);
    const member = await loginAs(t.app, world.users.member);
    expect((await member.request({ method: 'DELETE', url: team(world.teamA.id, `actions/${action.id}`) })).statusCode).toBe(403);
    expect((await member.request({ method: 'POST', url: team(world.teamA.id, 'actions'), payload: { title: 'x', goalId: foreignGoal.id } })).json()).toMatchObject({ details: [{ path: 'body.goalId' }] });
    expect((await member.request({ method: 'POST', url: team(world.teamA.id, 'actions'), payload: { title: '' } })).statusCode).toBe(400);
    const lead = await loginAs(t.app, world.users.teamLead);
    expect((await lead.request({ method: 'PATCH', url: team(world.teamB.id, `actions/${action.id}`), payload: { status: 'done' } })).statusCode).toBe(404);
    expect((await lead.request({ method: 'DELETE', url: team(world.teamA.id, `actions/${action.id}`) })).statusCode).toBe(204);
  });

  it('decisions: record, search and filter by date', async () => {
    const world = await createWorld(t.db);
    await createDecisionRow(t.db, world.teamA, { text: 'Oude beslissing', decidedOn: '2025-05-01' });
    const member = await loginAs(t.app, world.users.member);
    const res = await member.request({ method: 'POST', url: team(world.teamA.id, 'decisions'), payload: { text: 'Huddle verlengen naar 20 minuten', rationale: 'Meer tijd voor doelen', decidedOn: '2026-02-03', decidedBy: 'Kernteam' } });
    expect(decisionSchema.parse(res.json())).toMatchObject({ decidedBy: 'Kernteam', meetingName: null });
    const get = async (query: string) => {
      const body: { decisions: { text: string }[] } = (await member.request({ method: 'GET', url: team(world.teamA.id, `decisions${query}`) })).json();
      return body.decisions.map((d) => d.text);
    };
    expect(await get('')).toEqual(['Huddle verlengen naar 20 minuten', 'Oude beslissing']);
    expect(await get('?q=huddle')).toEqual(['Huddle verlengen naar 20 minuten']);
    expect(await get('?from=2025-01-01&to=2025-12-31')).toEqual(['Oude beslissing']);
    expect((await member.request({ method: 'POST', url: team(world.teamA.id, 'decisions'), payload: { text: 'x', decidedOn: '2026-02-30' } })).statusCode).toBe(400);
  });

  it('exports the filtered action log as CSV and the decision log as XLSX, read back', async () => {
    const world = await createWorld(t.db);
    await createActionRow(t.db, world.teamA, { title: '=SOM(A1) protocol', dueDate: '2020-02-01', ownerId: world.users.member.id });
    await createActionRow(t.db, world.teamA, { title: 'Klaar', status: 'done' });
    await createDecisionRow(t.db, world.teamA, { text: 'Huddle verlengen', decidedOn: '2026-02-03', decidedBy: 'Kernteam' });
    const viewer = await loginAs(t.app, world.users.viewer);
    const csv = await viewer.request({ method: 'GET', url: team(world.teamA.id, 'actions/export?format=csv&status=open&delimiter=semicolon') });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('Actie;Omschrijving;Eigenaar;Deadline;Status;Te laat;Doel;Herkomst;Afgerond op;Aangemaakt');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("'=SOM(A1) protocol");
    expect(lines[1]).toContain(';ja;');
    const xlsx = await viewer.request({ method: 'GET', url: team(world.teamA.id, 'decisions/export?format=xlsx') });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Besluit');
    expect(sheet.getRow(2).getCell(2).value).toBe('Huddle verlengen');
    expect(sheet.getRow(2).getCell(4).value).toBe('Kernteam');
  });
});

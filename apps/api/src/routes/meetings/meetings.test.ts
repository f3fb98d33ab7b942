import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matrixSchema, meetingSchema, occurrenceDetailSchema, occurrenceListSchema } from '@leerlus/contracts/improvement';
import { auditRows } from '../../testing/audit';
import { createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { pdfText } from '../../testing/pdf';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { createActionRow, createGoalRow, createMeetingRow } from '../goals/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const team = (teamId: string, rest: string) => `/api/v1/teams/${teamId}/${rest}`;

describe('meetings', () => {
  it('creates a meeting with chair and members, validates the schedule and people', async () => {
    const world = await createWorld(t.db);
    const lead = await loginAs(t.app, world.users.teamLead);
    const post = (payload: Record<string, unknown>) => lead.request({ method: 'POST', url: team(world.teamA.id, 'meetings'), payload });
    const base = { name: 'Verbeteroverleg', type: 'improvement', frequency: 'biweekly', startDate: '2026-01-06', startTime: '16:00' };
    const res = await post({ ...base, chairId: world.users.teamLead.id, memberIds: [world.users.member.id], standingItems: ['Mededelingen'] });
    expect(res.statusCode).toBe(201);
    const meeting = meetingSchema.parse(res.json());
    expect(meeting).toMatchObject({ chair: { id: world.users.teamLead.id }, members: [{ id: world.users.member.id }], timeZone: 'Europe/Amsterdam', durationMinutes: 60 });
    expect((await post({ ...base, frequency: 'custom' })).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await post({ ...base, frequency: 'custom', rrule: 'FREQ=HOURLY' })).statusCode).toBe(400);
    expect((await post({ ...base, startTime: '25:00' })).statusCode).toBe(400);
    expect((await post({ ...base, timeZone: 'Mars/Olympus' })).statusCode).toBe(400);
    expect((await post({ ...base, chairId: (await createWorld(t.db)).users.member.id })).json()).toMatchObject({ details: [{ path: 'body.chairId' }] });
    const custom = meetingSchema.parse((await post({ ...base, frequency: 'custom', rrule: 'FREQ=MONTHLY;BYDAY=1TU' })).json());
    expect(custom.nextOccurrence).not.toBeNull();
    expect(await auditRows(t.db, { action: 'meeting.create', organisationId: world.organisation.id })).toHaveLength(2);
  });

  it('the matrix: put cells, read warnings, reject another team\'s goal; viewer cannot edit', async () => {
    const world = await createWorld(t.db);
    const monthly = await createMeetingRow(t.db, world.teamA, { frequency: 'monthly', name: 'Maandoverleg' });
    const mdt = await createMeetingRow(t.db, world.teamA, { type: 'mdt', frequency: 'weekly', name: 'MDO' });
    const a = await createGoalRow(t.db, world.teamA, { title: 'A', ownerId: world.users.member.id });
    const b = await createGoalRow(t.db, world.teamA, { title: 'B', ownerId: world.users.member.id });
    const c = await createGoalRow(t.db, world.teamA, { title: 'C', ownerId: world.users.member.id });
    const foreign = await createGoalRow(t.db, world.teamB, { title: 'X' });
    const lead = await loginAs(t.app, world.users.teamLead);
    const put = (cells: unknown[]) => lead.request({ method: 'PUT', url: team(world.teamA.id, 'matrix'), payload: { cells } });
    const res = await put([
      { meetingId: monthly.id, goalId: a.id, cadence: 'every' },
      { meetingId: monthly.id, goalId: b.id, cadence: 'quarterly' },
      { meetingId: mdt.id, goalId: c.id, cadence: 'every-nth', nth: 2 },
    ]);
    expect(res.statusCode).toBe(200);
    const matrix = matrixSchema.parse(res.json());
    expect(matrix.cells).toHaveLength(3);
    expect(matrix.warnings).toEqual(
      expect.arrayContaining([
        { code: 'goal-discussed-less-often-than-data', goalId: b.id, discussionDays: 91, refreshDays: 30 },
        { code: 'goal-only-in-mdt', goalId: c.id },
      ]),
    );
    expect((await put([{ meetingId: monthly.id, goalId: foreign.id, cadence: 'every' }])).json()).toMatchObject({ details: [{ path: 'body.cells.0.goalId' }] });
    expect((await put([{ meetingId: monthly.id, goalId: a.id, cadence: 'every-nth' }])).statusCode).toBe(400);
    expect((await put([{ meetingId: monthly.id, goalId: a.id, cadence: 'every' }, { meetingId: monthly.id, goalId: a.id, cadence: 'quarterly' }])).statusCode).toBe(400);
    const viewer = await loginAs(t.app, world.users.viewer);
    expect((await viewer.request({ method: 'PUT', url: team(world.teamA.id, 'matrix'), payload: { cells: [] } })).statusCode).toBe(403);
    const empty = matrixSchema.parse((await put([])).json());
    expect(empty.warnings.filter((w) => w.code === 'goal-not-discussed').map((w) => ('goalId' in w ? w.goalId : '')).sort()).toEqual([a.id, b.id, c.id].sort());
    const poster = await lead.request({ method: 'GET', url: team(world.teamA.id, 'matrix/poster.pdf?lang=en') });
    expect(poster.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(poster.rawPayload);
    expect(text).toContain('Meeting x goal matrix');
    expect(text).toContain('is discussed in no meeting');
  });

  it('generates occurrences idempotently in local time and builds the agenda from the matrix', async () => {
    const world = await createWorld(t.db);
    const meeting = await createMeetingRow(t.db, world.teamA, { frequency: 'biweekly', startDate: '2026-03-17', startTime: '08:30', standingItems: ['Mededelingen'] });
    const every = await createGoalRow(t.db, world.teamA, { title: 'Elke keer', ownerId: world.users.member.id });
    const second = await createGoalRow(t.db, world.teamA, { title: 'Om de keer', ownerId: world.users.member.id });
    const lead = await loginAs(t.app, world.users.teamLead);
    await lead.request({
      method: 'PUT',
      url: team(world.teamA.id, 'matrix'),
      payload: { cells: [{ meetingId: meeting.id, goalId: every.id, cadence: 'every' }, { meetingId: meeting.id, goalId: second.id, cadence: 'every-nth', nth: 2 }] },
    });
    const generate = () => lead.request({ method: 'POST', url: team(world.teamA.id, `meetings/${meeting.id}/occurrences`), payload: { from: '2026-03-01', to: '2026-04-30' } });
    const first = occurrenceListSchema.parse((await generate()).json()).occurrences;
    expect(first.map((o) => [o.localDate, o.startsAt.slice(11, 16), o.sequence])).toEqual([
      ['2026-03-17', '07:30', 0],
      ['2026-03-31', '06:30', 1],
      ['2026-04-14', '06:30', 2],
      ['2026-04-28', '06:30', 3],
    ]);
    expect(occurrenceListSchema.parse((await generate()).json()).occurrences.map((o) => o.id)).toEqual(first.map((o) => o.id));
    const overdue = await createActionRow(t.db, world.teamA, { title: 'Te laat', dueDate: '2026-03-20', goalId: every.id });
    const agendaOf = async (id: string) => occurrenceDetailSchema.parse((await lead.request({ method: 'GET', url: team(world.teamA.id, `occurrences/${id}`) })).json());
    const detail = await agendaOf(first[1]!.id);
    expect(detail.agenda.map((i) => i.key)).toEqual(['opening', `goal:${every.id}`, 'actions-due', 'decisions', 'standing:0', 'learning', 'closing']);
    const actionsDue = detail.agenda.find((i) => i.kind === 'actions-due');
    expect(actionsDue).toMatchObject({ actions: [{ id: overdue.id, overdue: true }] });
    expect((await agendaOf(first[2]!.id)).agenda.filter((i) => i.kind === 'goal').map((i) => i.key)).toEqual([`goal:${every.id}`, `goal:${second.id}`]);
    // The chair reorders, hides and adds an item.
    const patched = await lead.request({
      method: 'PATCH',
      url: team(world.teamA.id, `occurrences/${first[1]!.id}`),
      payload: { agendaOverrides: { order: ['extra:x1'], hidden: ['standing:0'] }, extraItems: [{ id: 'x1', title: 'Nieuwe richtlijn' }] },
    });
    expect(occurrenceDetailSchema.parse(patched.json()).agenda.map((i) => i.key)).toEqual(['extra:x1', 'opening', `goal:${every.id}`, 'actions-due', 'decisions', 'learning', 'closing']);
  });

  it('meeting mode: attendance, a status update, a decision and an action on the occurrence end up in the minutes (Markdown and PDF)', async () => {
    const world = await createWorld(t.db);
    const meeting = await createMeetingRow(t.db, world.teamA, { name: 'Verbeteroverleg heup', chairId: world.users.teamLead.id });
    const goal = await createGoalRow(t.db, world.teamA, { title: 'Minder wondinfecties', ownerId: world.users.member.id });
    const lead = await loginAs(t.app, world.users.teamLead);
    await lead.request({ method: 'PUT', url: team(world.teamA.id, 'matrix'), payload: { cells: [{ meetingId: meeting.id, goalId: goal.id, cadence: 'every' }] } });
    const [occurrence] = occurrenceListSchema.parse(
      (await lead.request({ method: 'POST', url: team(world.teamA.id, `meetings/${meeting.id}/occurrences`), payload: { from: '2026-01-06', to: '2026-01-06' } })).json(),
    ).occurrences;
    const base = team(world.teamA.id, `occurrences/${occurrence!.id}`);
    const member = await loginAs(t.app, world.users.member);
    expect((await member.request({ method: 'PATCH', url: base, payload: { started: true } })).statusCode).toBe(200);
    const attendance = await member.request({
      method: 'PUT',
      url: `${base}/attendance`,
      payload: { attendance: [{ userId: world.users.teamLead.id, status: 'present' }, { userId: world.users.member.id, status: 'present' }, { userId: world.users.viewer.id, status: 'excused' }] },
    });
    expect(attendance.statusCode).toBe(200);
    await member.request({ method: 'POST', url: team(world.teamA.id, `goals/${goal.id}/status-updates`), payload: { progress: 'off-track', explanation: 'Drie infecties in maart', nextStep: 'PDSA starten', occurrenceId: occurrence!.id } });
    await member.request({ method: 'POST', url: team(world.teamA.id, 'decisions'), payload: { text: 'Nieuw wondprotocol invoeren', rationale: 'Richtlijn 2026', decidedOn: '2026-01-06', decidedBy: 'Kernteam', occurrenceId: occurrence!.id, goalId: goal.id } });
    await member.request({ method: 'POST', url: team(world.teamA.id, 'actions'), payload: { title: 'Protocol schrijven', ownerId: world.users.member.id, dueDate: '2026-02-01', originKind: 'meeting', originId: occurrence!.id, occurrenceId: occurrence!.id, goalId: goal.id } });
    await member.request({ method: 'PATCH', url: base, payload: { notes: { learning: 'Snelle signalering werkte' }, ended: true } });
    const detail = occurrenceDetailSchema.parse((await member.request({ method: 'GET', url: base })).json());
    expect(detail.occurrence.status).toBe('held');
    expect(detail.attendance.filter((a) => a.status === 'present')).toHaveLength(2);
    expect(detail.statusUpdates).toHaveLength(1);
    expect(detail.decisions.map((d) => d.meetingName)).toEqual(['Verbeteroverleg heup']);
    expect(detail.actions.map((a) => a.title)).toEqual(['Protocol schrijven']);

    const md = await member.request({ method: 'GET', url: `${base}/minutes.md` });
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.body).toContain('# Verslag Verbeteroverleg heup — 06-01-2026');
    expect(md.body).toContain('Status: niet op koers — Drie infecties in maart');
    expect(md.body).toContain('| Nieuw wondprotocol invoeren | Richtlijn 2026 | Kernteam |');
    expect(md.body).toContain('| Protocol schrijven |');
    expect(md.body).toContain('Notities: Snelle signalering werkte');
    expect(md.body).toMatch(/\*\*Afgemeld:\*\* .+/);
    const pdf = await pdfText((await member.request({ method: 'GET', url: `${base}/minutes.pdf?lang=en` })).rawPayload);
    expect(pdf).toContain('Minutes Verbeteroverleg heup');
    expect(pdf).toContain('off track');
    expect(pdf).toContain('Nieuw wondprotocol invoeren');
    expect(pdf).toContain('Protocol schrijven');
    const factsheet = await pdfText((await member.request({ method: 'GET', url: team(world.teamA.id, `meetings/${meeting.id}/factsheet.pdf`) })).rawPayload);
    expect(factsheet).toContain('Factsheet verbeteroverleg: Verbeteroverleg heup');
    expect(factsheet).toContain('Minder wondinfecties');
    expect(factsheet).toContain('Checklist goed verbeteroverleg');
    expect(await auditRows(t.db, { action: 'occurrence.attendance', resourceId: occurrence!.id })).toHaveLength(1);
    const viewer = await loginAs(t.app, world.users.viewer);
    expect((await viewer.request({ method: 'PATCH', url: base, payload: { notes: { opening: 'x' } } })).statusCode).toBe(403);
    const stranger = await loginAs(t.app, (await createWorld(t.db)).users.teamLead);
    expect((await stranger.request({ method: 'GET', url: base })).statusCode).toBe(404);
  });
});

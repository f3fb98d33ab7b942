import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, on, stubFetch } from '../../testing/fetch-stub';
import { session, TEAM_ID, teamDetail } from '../../testing/fixtures';
import { renderRoutes } from '../../testing/render';
import type { Matrix, OccurrenceDetail } from './api';
import { MatrixPage } from './matrix-page';
import { OccurrencePage } from './occurrence-page';

const GOAL = '11111111-1111-4111-8111-111111111111';
const GOAL2 = '22222222-2222-4222-8222-222222222222';
const MEETING = '33333333-3333-4333-8333-333333333333';
const OCC = '44444444-4444-4444-8444-444444444444';

const matrix: Matrix = {
  meetings: [{ id: MEETING, name: 'Verbeteroverleg', type: 'improvement', frequency: 'monthly', durationMinutes: 60 }],
  goals: [
    { id: GOAL, title: 'Minder complicaties', status: 'active', indicatorName: 'Complicaties', ownerName: 'Tessa Leider', granularity: 'month' },
    { id: GOAL2, title: 'Minder pijn', status: 'active', indicatorName: 'Pijn', ownerName: null, granularity: 'month' },
  ],
  cells: [{ meetingId: MEETING, goalId: GOAL, cadence: 'every', nth: null }],
  warnings: [{ code: 'goal-not-discussed', goalId: GOAL2 }],
};

describe('matrix page', () => {
  it('shows the warnings and saves the edited grid (every n-th with n)', async () => {
    const calls = stubFetch(
      on('GET', `/api/v1/teams/${TEAM_ID}`, () => json(200, teamDetail)),
      on('GET', `/api/v1/teams/${TEAM_ID}/matrix`, () => json(200, matrix)),
      on('PUT', `/api/v1/teams/${TEAM_ID}/matrix`, () => json(200, { ...matrix, warnings: [] })),
    );
    renderRoutes({ routes: [{ path: '/teams/:teamId/matrix', element: <MatrixPage /> }], path: `/teams/${TEAM_ID}/matrix`, session });
    expect(await screen.findByText('“Minder pijn” wordt in geen enkel overleg besproken.')).toBeTruthy();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Minder pijn in Verbeteroverleg' }), 'every-nth');
    const nth = screen.getByRole('spinbutton', { name: 'Minder pijn in Verbeteroverleg: n' });
    fireEvent.change(nth, { target: { value: '3' } });
    await user.click(screen.getByRole('button', { name: 'Matrix opslaan' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toEqual({
      cells: [
        { goalId: GOAL, meetingId: MEETING, cadence: 'every', nth: null },
        { goalId: GOAL2, meetingId: MEETING, cadence: 'every-nth', nth: 3 },
      ],
    });
    expect(await screen.findByText('Geen aandachtspunten.')).toBeTruthy();
  });
});

const meeting: OccurrenceDetail['meeting'] = {
  id: MEETING,
  teamId: TEAM_ID,
  name: 'Verbeteroverleg',
  type: 'improvement',
  purpose: '',
  frequency: 'monthly',
  rrule: null,
  chair: null,
  members: [],
  location: '',
  onlineUrl: '',
  durationMinutes: 60,
  startDate: '2026-01-13',
  startTime: '16:00',
  timeZone: 'Europe/Amsterdam',
  endDate: null,
  standingItems: [],
  goalCount: 1,
  nextOccurrence: null,
  createdAt: '2026-01-01T00:00:00.000Z',
};

const detail: OccurrenceDetail = {
  occurrence: { id: OCC, meetingId: MEETING, meetingName: 'Verbeteroverleg', localDate: '2026-03-10', startsAt: '2026-03-10T15:00:00.000Z', sequence: 2, status: 'planned', agendaOverrides: {}, extraItems: [], guests: [], notes: {}, startedAt: '2026-03-10T15:00:00.000Z', endedAt: null },
  meeting,
  agenda: [
    { key: 'opening', kind: 'opening' },
    {
      key: `goal:${GOAL}`,
      kind: 'goal',
      goal: { id: GOAL, title: 'Minder complicaties', status: 'active', ownerId: null, ownerName: 'Tessa Leider', indicatorName: 'Complicaties', targetValue: 6, deadline: null, latest: { value: 8.2, period: '2026-02-01' }, variation: 'common', assurance: 'inconsistent', lastStatus: null, runningPdsa: [] },
      openActions: [],
      statusMissing: true,
    },
    { key: 'closing', kind: 'closing' },
  ],
  attendance: [],
  statusUpdates: [],
  decisions: [],
  actions: [],
};

describe('occurrence page and meeting mode', () => {
  it('steps through the agenda with the arrow keys and records a status update and a decision on the occurrence', async () => {
    const calls = stubFetch(
      on('GET', `/api/v1/teams/${TEAM_ID}`, () => json(200, teamDetail)),
      on('GET', `/api/v1/teams/${TEAM_ID}/occurrences/${OCC}`, () => json(200, detail)),
      on('POST', `/api/v1/teams/${TEAM_ID}/goals/${GOAL}/status-updates`, (c) => json(201, { id: '55555555-5555-4555-8555-555555555555', goalId: GOAL, occurrenceId: OCC, author: null, links: [], createdAt: '2026-03-10T15:10:00.000Z', ...(c.body as object) })),
      on('POST', `/api/v1/teams/${TEAM_ID}/decisions`, (c) => json(201, { id: '66666666-6666-4666-8666-666666666666', teamId: TEAM_ID, meetingName: 'Verbeteroverleg', goal: null, links: [], createdAt: '2026-03-10T15:12:00.000Z', rationale: '', decidedBy: '', ...(c.body as object) })),
    );
    renderRoutes({ routes: [{ path: '/teams/:teamId/occurrences/:occurrenceId', element: <OccurrencePage /> }], path: `/teams/${TEAM_ID}/occurrences/${OCC}`, session });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 3, name: '2. Minder complicaties' })).toBeTruthy();
    expect(screen.getByText('Nog geen statusupdate sinds het vorige overleg')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Start vergadermodus' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Opening en aanwezigheid' })).toBeTruthy();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 1, name: 'Minder complicaties' })).toBeTruthy();
    expect(screen.getByText('Punt 2 van 3', { exact: false })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Beoordeling' }), 'off-track');
    await user.type(screen.getByRole('textbox', { name: 'Toelichting (wat gebeurde er, waarom?)' }), 'Signaal in de grafiek');
    await user.click(screen.getByRole('button', { name: 'Status opslaan' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/status-updates'))).toBe(true));
    expect(calls.find((c) => c.path.endsWith('/status-updates'))!.body).toMatchObject({ progress: 'off-track', explanation: 'Signaal in de grafiek', occurrenceId: OCC });
    await user.type(screen.getByRole('textbox', { name: 'Besluit' }), 'Nieuw wondprotocol');
    await user.click(screen.getByRole('button', { name: 'Besluit opslaan' }));
    await waitFor(() => expect(calls.some((c) => c.path === `/api/v1/teams/${TEAM_ID}/decisions`)).toBe(true));
    expect(calls.find((c) => c.path.endsWith('/decisions'))!.body).toMatchObject({ text: 'Nieuw wondprotocol', occurrenceId: OCC, goalId: GOAL });
  });
});

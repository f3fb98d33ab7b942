import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type Call } from '../../testing/fetch-stub';
import { session, TEAM_ID } from '../../testing/fixtures';
import { renderRoutes } from '../../testing/render';
import type { Pdsa } from './pdsa-api';
import { PdsaPanel } from './pdsa-panel';

const GOAL = '11111111-1111-4111-8111-111111111111';
const CYCLE = '22222222-2222-4222-8222-222222222222';

const cycle: Pdsa = {
  id: CYCLE,
  teamId: TEAM_ID,
  goal: { id: GOAL, title: 'Minder complicaties', indicatorId: null },
  parentId: null,
  rampStep: 1,
  title: 'Wondcontrole dag 3',
  owner: null,
  status: 'running',
  changeIdea: 'Bellen op dag 3',
  prediction: '',
  measures: '',
  planWho: '',
  planWhen: '',
  planWhere: '',
  doWhatHappened: '',
  doObservations: '',
  studyComparison: '',
  actOutcome: null,
  actNotes: '',
  startDate: '2026-02-02',
  checkDate: '2026-03-02',
  endDate: null,
  rebase: { status: 'none', from: null, reason: '', decidedBy: null, decidedAt: null },
  createdAt: '2026-02-01T10:00:00.000Z',
  updatedAt: '2026-02-01T10:00:00.000Z',
};

describe('PDSA panel on the goal page', () => {
  it('lists the cycles, creates a cycle with its plan and dates, and saves do/study/act', async () => {
    const calls = stubFetch((call: Call) => {
      if (call.method === 'GET' && call.path === `/api/v1/teams/${TEAM_ID}/pdsa?goalId=${GOAL}`)
        return json(200, { cycles: [cycle] });
      if (call.method === 'POST' && call.path === `/api/v1/teams/${TEAM_ID}/pdsa`)
        return json(201, { ...cycle, id: '33333333-3333-4333-8333-333333333333', ...(call.body as object) });
      if (call.method === 'PATCH' && call.path === `/api/v1/teams/${TEAM_ID}/pdsa/${CYCLE}`)
        return json(200, { ...cycle, ...(call.body as object) });
      return undefined;
    });
    renderRoutes({
      routes: [{ path: '/goal', element: <PdsaPanel teamId={TEAM_ID} goalId={GOAL} isEditable /> }],
      path: '/goal',
      session,
    });
    const user = userEvent.setup();
    expect(await screen.findByText('Wondcontrole dag 3')).toBeTruthy();
    expect(screen.getByText('Meetmoment: 02-03-2026', { exact: false })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Nieuwe PDSA-cyclus' }));
    await user.type(screen.getByRole('textbox', { name: 'Titel van de cyclus' }), 'Folder bij ontslag');
    await user.type(screen.getByRole('textbox', { name: 'Voorspelling' }), 'Minder telefoontjes');
    const start = screen.getByLabelText('Startdatum');
    await user.clear(start);
    await user.type(start, '2026-04-01');
    const end = screen.getByLabelText('Einddatum');
    await user.type(end, '2026-03-01');
    expect(screen.getByText('De einddatum ligt vóór de startdatum.')).toBeTruthy();
    await user.clear(end);
    await user.type(end, '2026-05-01');
    await user.click(screen.getByRole('button', { name: 'Cyclus opslaan' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({
      goalId: GOAL,
      title: 'Folder bij ontslag',
      prediction: 'Minder telefoontjes',
      startDate: '2026-04-01',
      checkDate: null,
      endDate: '2026-05-01',
    });

    await user.click(
      screen.getByRole('button', { name: 'Do, Study, Act van “Wondcontrole dag 3” bijwerken' }),
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Study: resultaat tegenover de voorspelling' }),
      'Minder infecties',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'completed');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Act: besluit' }), 'adopt');
    await user.click(screen.getByRole('button', { name: 'Do, Study, Act opslaan' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')!.body).toMatchObject({
      status: 'completed',
      actOutcome: 'adopt',
      studyComparison: 'Minder infecties',
    });
  });
});

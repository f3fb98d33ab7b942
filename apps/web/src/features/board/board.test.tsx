import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, on, stubFetch } from '../../testing/fetch-stub';
import { session, TEAM_ID, teamDetail } from '../../testing/fixtures';
import { renderRoutes } from '../../testing/render';
import type { Board } from './api';
import { BoardPage } from './board-page';

const COL_IDEAS = '11111111-1111-4111-8111-111111111111';
const COL_TODO = '22222222-2222-4222-8222-222222222222';
const CARD_A = '33333333-3333-4333-8333-333333333333';
const CARD_B = '44444444-4444-4444-8444-444444444444';
const ACTION = '55555555-5555-4555-8555-555555555555';

const item = (
  kind: 'card' | 'action' | 'pdsa',
  id: string,
  columnId: string,
  position: number,
  title: string,
) => ({
  kind,
  id,
  columnId,
  position,
  title,
  detail: '',
  owner: null,
  goal: null,
  date: '2026-03-05',
  status: null,
});
const board: Board = {
  teamId: TEAM_ID,
  columns: [
    {
      id: COL_IDEAS,
      key: 'ideas',
      labelNl: 'Ideeën',
      labelEn: 'Ideas',
      position: 0,
      isDone: false,
      wipLimit: null,
      items: [
        item('card', CARD_A, COL_IDEAS, 0, 'Wachttijd poli'),
        item('card', CARD_B, COL_IDEAS, 1, 'Pijnscore'),
      ],
    },
    {
      id: COL_TODO,
      key: 'todo',
      labelNl: 'Te doen',
      labelEn: 'To do',
      position: 1,
      isDone: false,
      wipLimit: 3,
      items: [item('action', ACTION, COL_TODO, 0, 'Folder maken')],
    },
  ],
};

function renderBoard() {
  return renderRoutes({
    routes: [{ path: '/teams/:teamId/board', element: <BoardPage /> }],
    path: `/teams/${TEAM_ID}/board`,
    session,
  });
}

describe('board page', () => {
  it('moves the second card right with the keyboard button: posts the stepped column and position', async () => {
    const calls = stubFetch(
      on('GET', `/api/v1/teams/${TEAM_ID}`, () => json(200, teamDetail)),
      on('GET', `/api/v1/teams/${TEAM_ID}/goals`, () => json(200, { goals: [] })),
      on('GET', `/api/v1/teams/${TEAM_ID}/board`, () => json(200, board)),
      on('POST', `/api/v1/teams/${TEAM_ID}/board/moves`, () => json(200, board)),
    );
    renderBoard();
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 3, name: 'Pijnscore' })).toBeTruthy();
    expect(screen.getAllByText('05-03-2026', { exact: false })).toHaveLength(3);
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: '“Wachttijd poli” naar links' }).disabled,
    ).toBe(true);
    const right = await screen.findByRole('button', { name: '“Pijnscore” naar rechts' });
    right.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    // Index 1 in "ideas" lands at min(1, 1 item) = position 1 of "todo".
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      kind: 'card',
      id: CARD_B,
      columnId: COL_TODO,
      position: 1,
    });
    await user.click(screen.getByRole('button', { name: 'Volledig scherm' }));
    expect(
      within(screen.getByRole('region', { name: 'Verbeterbord' })).getByRole('heading', {
        name: 'Pijnscore',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Volledig scherm sluiten' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('adds an improvement card and filters by owner', async () => {
    const calls = stubFetch(
      on('GET', `/api/v1/teams/${TEAM_ID}`, () => json(200, teamDetail)),
      on('GET', `/api/v1/teams/${TEAM_ID}/goals`, () => json(200, { goals: [] })),
      on('GET', `/api/v1/teams/${TEAM_ID}/board`, () => json(200, board)),
      on('POST', `/api/v1/teams/${TEAM_ID}/cards`, (c) =>
        json(201, {
          id: '66666666-6666-4666-8666-666666666666',
          teamId: TEAM_ID,
          goalId: null,
          owner: null,
          columnId: COL_IDEAS,
          position: 2,
          createdAt: '2026-03-05T10:00:00.000Z',
          idea: '',
          submittedBy: '',
          ...(c.body as object),
        }),
      ),
    );
    renderBoard();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Verbeterkaartje toevoegen' }));
    await user.type(screen.getByRole('textbox', { name: 'Probleem' }), 'Lange wachttijd');
    await user.type(screen.getByRole('textbox', { name: 'Idee' }), 'Extra spreekuur');
    await user.click(screen.getByRole('button', { name: 'Kaartje opslaan' }));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/cards'))).toBe(true),
    );
    expect(calls.find((c) => c.path.endsWith('/cards'))!.body).toMatchObject({
      problem: 'Lange wachttijd',
      idea: 'Extra spreekuur',
      goalId: null,
      ownerId: null,
    });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Eigenaar' }),
      teamDetail.members[1]!.userId,
    );
    await waitFor(() =>
      expect(
        calls.some(
          (c) => c.method === 'GET' && c.path.endsWith(`/board?ownerId=${teamDetail.members[1]!.userId}`),
        ),
      ).toBe(true),
    );
  });
});

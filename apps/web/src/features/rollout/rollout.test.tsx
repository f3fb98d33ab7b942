import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, on, stubFetch } from '../../testing/fetch-stub';
import { session, TEAM_ID, teamDetail } from '../../testing/fixtures';
import { renderRoutes } from '../../testing/render';
import type { Rollout } from './api';
import { RolloutPage } from './rollout-page';

const rollout: Rollout = {
  teamId: TEAM_ID,
  done: 1,
  steps: [
    {
      step: 'current-situation',
      number: 1,
      weeks: '3',
      roles: ['advisor', 'core-team'],
      done: true,
      checks: [
        { key: 'meetings-recorded', done: true },
        { key: 'matrix-filled', done: true },
      ],
    },
    {
      step: 'target-situation',
      number: 2,
      weeks: '2',
      roles: ['advisor', 'core-team'],
      done: false,
      checks: [{ key: 'system-goals', done: false }],
    },
    {
      step: 'purpose',
      number: 3,
      weeks: '4',
      roles: ['core-team'],
      done: false,
      checks: [
        { key: 'team-goals', done: true },
        { key: 'owners', done: false },
      ],
    },
    {
      step: 'process',
      number: 4,
      weeks: '1 + 1',
      roles: ['chair'],
      done: false,
      checks: [{ key: 'pdsa', done: false }],
    },
    {
      step: 'people',
      number: 5,
      weeks: '1 + 4',
      roles: ['chair'],
      done: false,
      checks: [{ key: 'status-updates', done: false }],
    },
    {
      step: 'embedding',
      number: 6,
      weeks: '2',
      roles: ['quality-advisor'],
      done: false,
      checks: [{ key: 'rhythm', done: false }],
    },
  ],
};

describe('roll-out guide page', () => {
  it('shows the six steps with their checklists and the overall progress from the server', async () => {
    stubFetch(
      on('GET', `/api/v1/teams/${TEAM_ID}`, () => json(200, teamDetail)),
      on('GET', `/api/v1/teams/${TEAM_ID}/rollout`, () => json(200, rollout)),
    );
    renderRoutes({
      routes: [{ path: '/teams/:teamId/rollout', element: <RolloutPage /> }],
      path: `/teams/${TEAM_ID}/rollout`,
      session,
    });
    expect(await screen.findByText('1 van 6 stappen afgerond')).toBeTruthy();
    expect(
      screen.getByRole<HTMLProgressElement>('progressbar', { name: 'Voortgang van het stappenplan' }).value,
    ).toBe(1);
    expect(screen.getAllByRole('heading', { name: /^\d\. / }).map((h) => h.textContent)).toEqual([
      '1. Huidige situatie',
      '2. Gewenste situatie',
      '3. Doel',
      '4. Proces',
      '5. Mensen',
      '6. Borging',
    ]);
    const purpose = screen.getByRole('list', { name: 'Controlelijst: Doel' });
    const items = within(purpose)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      '✓Doelen van het team gesteld — Afgerond',
      '○Elk doel heeft een eigenaar — Nog te doen',
    ]);
    expect(screen.getByText('4 weken · kernteam')).toBeTruthy();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, on, stubFetch, type Call } from '../../testing/fetch-stub';
import { ORG_ID, session, TEAM_ID, teamDetail } from '../../testing/fixtures';
import { renderRoutes } from '../../testing/render';
import type { Calendar } from './api';
import { CalendarPage } from './calendar-page';

const item = (
  kind: Calendar['items'][number]['kind'],
  id: string,
  date: string,
  title: string,
  overdue = false,
) => ({
  kind,
  id,
  teamId: TEAM_ID,
  teamName: teamDetail.name,
  date,
  startsAt: null,
  title,
  path: `/teams/${TEAM_ID}/goals`,
  overdue,
});
const calendar = (from: string, to: string): Calendar => ({
  from,
  to,
  items: [
    item('action-due', 'a1', '2026-03-05', 'Folder maken', true),
    item('pdsa-check', 'p1', '2026-03-20', 'Meten pijnscore'),
    item('goal-deadline', 'g1', '2026-04-30', 'Minder complicaties'),
  ],
});
const calendarHandler = (call: Call) => {
  if (call.method !== 'GET' || !call.path.startsWith(`/api/v1/teams/${TEAM_ID}/calendar?`)) return undefined;
  const q = new URL(call.path, 'http://localhost').searchParams;
  return json(200, calendar(q.get('from')!, q.get('to')!));
};

describe('calendar page', () => {
  it('groups the items by month with dd-mm-jjjj dates, and shows the feed URL after creating it', async () => {
    const feed = `/api/v1/organisations/${ORG_ID}/calendar-feed`;
    const calls = stubFetch(
      on('GET', `/api/v1/teams/${TEAM_ID}`, () => json(200, teamDetail)),
      calendarHandler,
      on('GET', feed, () => json(200, { active: false, createdAt: null, lastUsedAt: null })),
      on('POST', feed, () =>
        json(201, {
          active: true,
          createdAt: '2026-03-01T10:00:00.000Z',
          lastUsedAt: null,
          url: '/api/v1/calendar-feed/abcdefghijklmnopqrstuvwxyz0123456789.ics',
        }),
      ),
    );
    renderRoutes({
      routes: [{ path: '/teams/:teamId/calendar', element: <CalendarPage /> }],
      path: `/teams/${TEAM_ID}/calendar`,
      session,
    });
    const march = await screen.findByRole('region', { name: 'maart 2026' });
    expect(within(march).getByText('05-03-2026')).toBeTruthy();
    expect(within(march).getByText('Verlopen')).toBeTruthy();
    expect(within(march).getByRole('link', { name: 'Meten pijnscore' })).toBeTruthy();
    const april = screen.getByRole('region', { name: 'april 2026' });
    expect(within(april).getByText('30-04-2026')).toBeTruthy();
    expect(within(april).getByText('Doeldeadline')).toBeTruthy();

    const user = userEvent.setup();
    expect(await screen.findByText('Nog geen koppeling.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Koppeling maken' }));
    const url = await screen.findByRole<HTMLInputElement>('textbox', {
      name: 'Adres van je agenda-koppeling',
    });
    expect(url.value).toBe(
      `${window.location.origin}/api/v1/calendar-feed/abcdefghijklmnopqrstuvwxyz0123456789.ics`,
    );
    expect(calls.filter((c) => c.method === 'POST' && c.path === feed)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Koppeling intrekken' })).toBeTruthy();

    // Changing the range asks the server for the new period.
    const to = screen.getByLabelText('Tot en met');
    await user.clear(to);
    await user.type(to, '2026-12-31');
    await waitFor(() => expect(calls.some((c) => c.path.includes('to=2026-12-31'))).toBe(true));
  });
});

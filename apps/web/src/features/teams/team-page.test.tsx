import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, on, stubFetch } from '../../testing/fetch-stub';
import { session, TEAM_ID, teamDetail } from '../../testing/fixtures';
import { renderRoutes } from '../../testing/render';
import { TeamPage } from './team-page';

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz012345';
const created = {
  id: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
  email: 'nieuw@example.org',
  role: 'member',
  expiresAt: '2026-03-14T12:00:00.000Z',
  url: `/invite/${TOKEN}`,
};

function renderTeamPage() {
  return renderRoutes({
    routes: [{ path: '/teams/:teamId', element: <TeamPage /> }],
    path: `/teams/${TEAM_ID}`,
    session,
  });
}

describe('team page', () => {
  it('lists the members with their role labels and the organisation-wide marker', async () => {
    stubFetch(on('GET', `/api/v1/teams/${TEAM_ID}`, () => json(200, teamDetail)));
    renderTeamPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Heup- en knieartrose' })).toBeTruthy();
    const members = screen.getByRole('table', { name: 'Teamleden' });
    const rows = within(members).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Tessa Leider',
      'Kees Kwaliteit',
    ]);
    expect(within(rows[0]!).getByText('Teamleider')).toBeTruthy();
    expect(within(rows[1]!).getByText('Kwaliteitsadviseur')).toBeTruthy();
    expect(within(rows[1]!).getByText('via organisatie')).toBeTruthy();
    expect(
      within(screen.getByRole('table', { name: 'Openstaande uitnodigingen' })).getByText('07-03-2026'),
    ).toBeTruthy();
  });

  it('invites someone and shows the link once, with the CSRF token sent', async () => {
    let invited = false;
    const calls = stubFetch(
      on('GET', `/api/v1/teams/${TEAM_ID}`, () =>
        json(
          200,
          invited
            ? {
                ...teamDetail,
                invitations: [
                  ...teamDetail.invitations,
                  { id: created.id, email: created.email, role: 'member', expiresAt: created.expiresAt },
                ],
              }
            : teamDetail,
        ),
      ),
      on('POST', `/api/v1/teams/${TEAM_ID}/invitations`, () => {
        invited = true;
        return json(201, created);
      }),
    );
    renderTeamPage();
    const user = userEvent.setup();
    const invite = await screen.findByRole('region', { name: 'Iemand uitnodigen' });
    await user.type(within(invite).getByLabelText('E-mailadres'), 'Nieuw@Example.org');
    await user.selectOptions(within(invite).getByLabelText('Rol'), 'viewer');
    await user.click(within(invite).getByRole('button', { name: 'Uitnodiging maken' }));

    const link = await within(invite).findByLabelText<HTMLInputElement>('Uitnodigingslink');
    expect(link.value).toBe(`${window.location.origin}/invite/${TOKEN}`);
    expect(within(invite).getByText(/maar één keer getoond/)).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({ email: 'nieuw@example.org', role: 'viewer' });
    expect(post.headers['x-csrf-token']).toBe(session.csrfToken);

    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Openstaande uitnodigingen' })).getByText(
          'nieuw@example.org',
        ),
      ).toBeTruthy(),
    );
    await user.click(within(invite).getByRole('button', { name: 'Klaar' }));
    expect(within(invite).queryByLabelText('Uitnodigingslink')).toBeNull();
    expect(screen.queryByText(new RegExp(TOKEN))).toBeNull();
    expect(within(invite).getByLabelText('E-mailadres')).toBeTruthy();
  });

  it('revokes a pending invitation after confirmation', async () => {
    const calls = stubFetch(
      on('GET', `/api/v1/teams/${TEAM_ID}`, () => json(200, teamDetail)),
      on('DELETE', `/api/v1/teams/${TEAM_ID}/invitations/${teamDetail.invitations[0]!.id}`, () =>
        json(200, { ok: true }),
      ),
    );
    renderTeamPage();
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Uitnodiging voor oud@example.org intrekken' }),
    );
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    await user.click(
      within(screen.getByRole('dialog', { name: 'Uitnodiging intrekken?' })).getByRole('button', {
        name: 'Intrekken',
      }),
    );
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
    expect(await screen.findByText('Uitnodiging voor oud@example.org ingetrokken')).toBeTruthy();
  });

  it('hides the invite form from roles that cannot invite', async () => {
    stubFetch(on('GET', `/api/v1/teams/${TEAM_ID}`, () => json(200, { ...teamDetail, myRole: 'member' })));
    renderTeamPage();
    await screen.findByRole('table', { name: 'Teamleden' });
    expect(screen.queryByRole('region', { name: 'Iemand uitnodigen' })).toBeNull();
  });
});

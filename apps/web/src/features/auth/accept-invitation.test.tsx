import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, on, stubFetch } from '../../testing/fetch-stub';
import { session, TEAM_ID } from '../../testing/fixtures';
import { renderRoutes } from '../../testing/render';
import { AcceptInvitationPage } from './accept-invitation-page';

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz012345';
const info = {
  email: 'nieuw@example.org',
  organisationName: 'Demo Ziekenhuis',
  teamName: 'Heup- en knieartrose',
  role: 'member',
  expiresAt: new Date(2026, 2, 14, 12, 0).toISOString(),
  hasAccount: false,
};
const routes = [
  { path: '/invite/:token', element: <AcceptInvitationPage /> },
  { path: '/teams/:teamId', element: <p>team page</p> },
];
const infoStub = (hasAccount: boolean) =>
  on('GET', `/api/v1/invitations/${TOKEN}`, () => json(200, { ...info, hasAccount }));

describe('accepting an invitation', () => {
  it('creates the account with name and password and opens the team', async () => {
    const calls = stubFetch(
      infoStub(false),
      on('POST', `/api/v1/invitations/${TOKEN}/accept`, () => json(200, session)),
    );
    const { router } = renderRoutes({ routes, path: `/invite/${TOKEN}` });
    expect(
      await screen.findByText(
        'Je bent uitgenodigd voor het team Heup- en knieartrose van Demo Ziekenhuis als Teamlid.',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/Deze uitnodiging is geldig tot 14-03-2026\./)).toBeTruthy();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Je naam'), 'Nina Nieuw');
    await user.type(screen.getByLabelText('Kies een wachtwoord'), 'kort');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging accepteren' }));
    expect(screen.getByText('Het wachtwoord moet minstens 12 tekens hebben')).toBeTruthy();

    await user.type(screen.getByLabelText('Kies een wachtwoord'), ' maar nu lang genoeg');
    await user.type(screen.getByLabelText('Herhaal het wachtwoord'), 'kort maar nu lang genoeg');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging accepteren' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/teams/${TEAM_ID}`));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Nina Nieuw',
      password: 'kort maar nu lang genoeg',
    });
  });

  it('with an existing account asks only for its password, then for the MFA code when the server wants it', async () => {
    let attempts = 0;
    const calls = stubFetch(
      infoStub(true),
      on('POST', `/api/v1/invitations/${TOKEN}/accept`, () =>
        ++attempts === 1
          ? json(401, { code: 'INVALID_MFA_CODE', message: 'Enter the code', details: { mfaRequired: true } })
          : json(200, session),
      ),
    );
    const { router } = renderRoutes({ routes, path: `/invite/${TOKEN}` });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Je huidige wachtwoord'), 'mijn bestaande wachtwoord');
    expect(screen.queryByLabelText('Je naam')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Uitnodiging accepteren' }));

    await user.type(await screen.findByLabelText('Verificatiecode'), '123456');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging accepteren' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/teams/${TEAM_ID}`));
    const posts = calls.filter((c) => c.method === 'POST').map((c) => c.body);
    expect(posts).toEqual([
      { name: 'nieuw@example.org', password: 'mijn bestaande wachtwoord' },
      { name: 'nieuw@example.org', password: 'mijn bestaande wachtwoord', code: '123456' },
    ]);
  });

  it('explains an expired or used link', async () => {
    stubFetch(
      on('GET', `/api/v1/invitations/${TOKEN}`, () => json(410, { code: 'GONE', message: 'Expired' })),
    );
    renderRoutes({ routes, path: `/invite/${TOKEN}` });
    expect(await screen.findByText(/Deze uitnodiging is verlopen, al gebruikt of ingetrokken/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toBeTruthy();
  });
});

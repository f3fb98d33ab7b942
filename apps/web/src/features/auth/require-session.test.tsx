import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, on, stubFetch } from '../../testing/fetch-stub';
import { session } from '../../testing/fixtures';
import { renderRoutes } from '../../testing/render';
import { RequireSession } from './require-session';

const routes = [
  { path: '/login', element: <p>login page</p> },
  {
    path: '/account/mfa',
    element: (
      <RequireSession>
        <p>mfa page</p>
      </RequireSession>
    ),
  },
  {
    path: '/teams/:teamId',
    element: (
      <RequireSession>
        <p>team page</p>
      </RequireSession>
    ),
  },
];

describe('RequireSession', () => {
  it('sends a visitor without a session (401 UNAUTHENTICATED) to login, remembering where they were going', async () => {
    stubFetch(
      on('GET', '/api/v1/auth/session', () =>
        json(401, { code: 'UNAUTHENTICATED', message: 'Log in to continue' }),
      ),
    );
    const { router } = renderRoutes({ routes, path: '/teams/abc?tab=leden' });
    expect(await screen.findByText('login page')).toBeTruthy();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/teams/abc?tab=leden')}`);
  });

  it('sends a user whose organisation requires MFA to enrolment first', async () => {
    stubFetch(
      on('GET', '/api/v1/auth/session', () =>
        json(200, { ...session, mfa: { enabled: false, enrolmentRequired: true } }),
      ),
    );
    const { router } = renderRoutes({ routes, path: '/teams/abc' });
    expect(await screen.findByText('mfa page')).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe('/account/mfa'));
  });

  it('renders the page for a valid session', async () => {
    stubFetch(on('GET', '/api/v1/auth/session', () => json(200, session)));
    renderRoutes({ routes, path: '/teams/abc' });
    expect(await screen.findByText('team page')).toBeTruthy();
  });
});

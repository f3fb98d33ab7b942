import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, on, stubFetch } from '../../testing/fetch-stub';
import { session } from '../../testing/fixtures';
import { renderRoutes } from '../../testing/render';
import { LoginPage } from './login-page';

const unauthenticated = on('GET', '/api/v1/auth/session', () =>
  json(401, { code: 'UNAUTHENTICATED', message: 'Log in to continue' }),
);
const routes = [
  { path: '/login', element: <LoginPage /> },
  { path: '/teams/:teamId', element: <p>team page</p> },
];

async function fillCredentials() {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('E-mailadres'), 'Admin@Demo.Leerlus.nl');
  await user.type(screen.getByLabelText('Wachtwoord'), 'Leerlus-demo-2026');
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
  return user;
}

describe('login', () => {
  it('asks for the MFA code on mfa-required and resubmits the credentials with it', async () => {
    let attempts = 0;
    const calls = stubFetch(
      unauthenticated,
      on('POST', '/api/v1/auth/login', () =>
        ++attempts === 1 ? json(200, { status: 'mfa-required' }) : json(200, { status: 'ok', session }),
      ),
    );
    const { router } = renderRoutes({ routes, path: '/login?next=%2Fteams%2Fabc' });
    const user = await fillCredentials();

    const code = await screen.findByLabelText('Verificatiecode');
    expect(screen.queryByLabelText('Wachtwoord')).toBeNull();
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Verifiëren' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/teams/abc'));
    const logins = calls.filter((c) => c.path === '/api/v1/auth/login');
    expect(logins.map((c) => c.body)).toEqual([
      { email: 'admin@demo.leerlus.nl', password: 'Leerlus-demo-2026' },
      { email: 'admin@demo.leerlus.nl', password: 'Leerlus-demo-2026', code: '123456' },
    ]);
  });

  it('shows the translated message for INVALID_CREDENTIALS and stays on the form', async () => {
    stubFetch(
      unauthenticated,
      on('POST', '/api/v1/auth/login', () =>
        json(401, { code: 'INVALID_CREDENTIALS', message: 'Invalid e-mail or password' }),
      ),
    );
    const { router } = renderRoutes({ routes, path: '/login' });
    await fillCredentials();
    const message = await screen.findByText('E-mailadres of wachtwoord klopt niet.');
    expect(message.closest('[role="alert"]')).not.toBeNull();
    expect(screen.queryByText('Invalid e-mail or password')).toBeNull();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('validates locally before calling the server', async () => {
    const calls = stubFetch(unauthenticated);
    renderRoutes({ routes, path: '/login' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Inloggen' }));
    expect(screen.getByText('Vul een geldig e-mailadres in')).toBeTruthy();
    expect(screen.getByLabelText('E-mailadres').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((c) => c.path === '/api/v1/auth/login')).toBe(false);
  });
});

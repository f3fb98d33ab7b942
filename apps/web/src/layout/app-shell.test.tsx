import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, on, stubFetch } from '../testing/fetch-stub';
import { ORG_ID, session } from '../testing/fixtures';
import { renderRoutes } from '../testing/render';
import { AppShell } from './app-shell';

const routes = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <p>home</p> },
      { path: 'account', element: <p>account page</p> },
    ],
  },
  { path: '/login', element: <p>login page</p> },
];

describe('app shell', () => {
  it('switches the language: html lang, local storage and the account all follow', async () => {
    const calls = stubFetch(
      on('PATCH', '/api/v1/account', () => json(200, { ...session.user, locale: 'en' })),
      on('GET', '/api/v1/auth/session', () => json(200, session)),
    );
    renderRoutes({ routes, session });
    const user = userEvent.setup();
    await user.click(
      within(screen.getByRole('group', { name: 'Taal' })).getByRole('button', { name: 'English' }),
    );

    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('leerlus.locale')).toBe('en');
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeTruthy();
    expect(
      within(screen.getByRole('group', { name: 'Language' }))
        .getByRole('button', { name: 'English' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ locale: 'en' }));
    expect(calls.find((c) => c.method === 'PATCH')?.headers['x-csrf-token']).toBe(session.csrfToken);
  });

  it('shows the admin section only to administrators of the current organisation', () => {
    stubFetch();
    const { unmount } = renderRoutes({ routes, session });
    expect(screen.queryByRole('link', { name: 'Gebruikers' })).toBeNull();
    unmount();
    renderRoutes({
      routes,
      session: {
        ...session,
        organisations: [{ id: ORG_ID, name: 'Demo Ziekenhuis', role: 'admin', mfaRequired: false }],
      },
    });
    expect(screen.getByRole('link', { name: 'Gebruikers' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Auditlog' })).toBeTruthy();
  });

  it('opens the user menu from the keyboard, moves with the arrows and closes on Escape', async () => {
    stubFetch();
    renderRoutes({ routes, session });
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: /Tessa Leider/ });
    button.focus();
    await user.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu', { name: 'Gebruikersmenu van Tessa Leider' });
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['Mijn account', 'Uitloggen']);
    expect(document.activeElement).toBe(items[0]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items[1]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items[0]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('logs out through the user menu and lands on the login page', async () => {
    const calls = stubFetch(on('POST', '/api/v1/auth/logout', () => json(200, { ok: true })));
    const { router } = renderRoutes({ routes, session });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Tessa Leider/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Uitloggen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(calls.find((c) => c.path === '/api/v1/auth/logout')?.headers['x-csrf-token']).toBe(
      session.csrfToken,
    );
  });
});

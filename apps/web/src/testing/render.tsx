import type { SessionInfo } from '@leerlus/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { afterEach, vi } from 'vitest';
import { setCsrfToken } from '../api/client';
import { I18nProvider } from '../i18n/i18n-context';
import { SessionProvider } from '../session/session-context';
import { ToastProvider } from '../ui/toast';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
  window.localStorage.clear();
});

interface Options {
  /** Routes to mount; the element under test is usually one of them. */
  routes: RouteObject[];
  path?: string;
  /** Wraps the routes in a logged-in session (and sets its CSRF token on the client). */
  session?: SessionInfo;
}

/** Renders routes with the app's providers (Dutch, fresh query cache, toasts) in a memory router. */
export function renderRoutes({
  routes,
  path = '/',
  session,
}: Options): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const wrap = (node: ReactNode) =>
    session ? <SessionProvider session={session}>{node}</SessionProvider> : node;
  if (session) setCsrfToken(session.csrfToken);
  const router = createMemoryRouter(
    routes.map((route) => ({ ...route, element: wrap(route.element) })),
    { initialEntries: [path] },
  );
  const result = render(
    <I18nProvider initialLocale="nl">
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { ...result, router };
}

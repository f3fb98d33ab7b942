import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createQueryClient } from './api/query-client';
import { MFA_ENROLMENT_PATH } from './features/auth/require-session';
import { I18nProvider } from './i18n/i18n-context';
import { routes } from './routes';
import { ToastProvider } from './ui/toast';

function createApp() {
  const router = createBrowserRouter(routes);
  const queryClient = createQueryClient({
    onMfaEnrolmentRequired: () => void router.navigate(MFA_ENROLMENT_PATH),
  });
  return { router, queryClient };
}

/** Providers (language, data cache, toasts) around the router. */
export function App() {
  const [{ router, queryClient }] = useState(createApp);
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}

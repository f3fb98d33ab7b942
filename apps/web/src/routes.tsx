import { Navigate, type RouteObject } from 'react-router';
import { AccountPage } from './features/account/account-page';
import { MfaPage } from './features/account/mfa-page';
import { AuditPage } from './features/admin/audit-page';
import { RequireAdmin } from './features/admin/require-admin';
import { SettingsPage } from './features/admin/settings-page';
import { TeamsAdminPage } from './features/admin/teams-admin-page';
import { UsersPage } from './features/admin/users-page';
import { AcceptInvitationPage } from './features/auth/accept-invitation-page';
import { LoginPage } from './features/auth/login-page';
import { RequireSession } from './features/auth/require-session';
import { ImportPage } from './features/imports/import-page';
import { NotFoundPage } from './features/not-found-page';
import { TeamListPage } from './features/teams/team-list-page';
import { improvementRoutes } from './features/improvement/routes';
import { TeamPage } from './features/teams/team-page';
import { AppShell } from './layout/app-shell';
import { Spinner } from './ui/spinner';

/** Every page of the app. Logged-in pages sit inside the shell; admin pages also need the admin role. */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  { path: '/invite/:token', element: <AcceptInvitationPage /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppShell />
      </RequireSession>
    ),
    children: [
      { index: true, element: <TeamListPage /> },
      { path: 'teams/:teamId', element: <TeamPage /> },
      ...improvementRoutes,
      {
        path: 'teams/:teamId/board',
        hydrateFallbackElement: <Spinner />,
        lazy: async () => ({ Component: (await import('./features/board/board-page')).BoardPage }),
      },
      {
        path: 'teams/:teamId/calendar',
        hydrateFallbackElement: <Spinner />,
        lazy: async () => ({ Component: (await import('./features/calendar/calendar-page')).CalendarPage }),
      },
      {
        path: 'teams/:teamId/rollout',
        hydrateFallbackElement: <Spinner />,
        lazy: async () => ({ Component: (await import('./features/rollout/rollout-page')).RolloutPage }),
      },
      {
        path: 'teams/:teamId/maturity',
        lazy: async () => ({ Component: (await import('./features/maturity/maturity-page')).MaturityPage }),
        hydrateFallbackElement: <Spinner />,
      },
      {
        path: 'teams/:teamId/maturity/assessments/:assessmentId',
        lazy: async () => ({ Component: (await import('./features/maturity/answer-page')).AnswerPage }),
        hydrateFallbackElement: <Spinner />,
      },
      {
        path: 'teams/:teamId/maturity/assessments/:assessmentId/results',
        lazy: async () => ({ Component: (await import('./features/maturity/results-page')).ResultsPage }),
        hydrateFallbackElement: <Spinner />,
      },
      { path: 'teams/:teamId/import', element: <ImportPage /> },
      // Team dashboard, chart page, data quality and organisation overview (ECharts: loaded on demand).
      {
        path: 'teams/:teamId/dashboard',
        hydrateFallbackElement: <Spinner />,
        lazy: async () => ({
          Component: (await import('./features/dashboard/team-dashboard-page')).TeamDashboardPage,
        }),
      },
      {
        path: 'teams/:teamId/dashboard/indicators/:indicatorId',
        hydrateFallbackElement: <Spinner />,
        lazy: async () => ({
          Component: (await import('./features/dashboard/indicator-chart-page')).IndicatorChartPage,
        }),
      },
      {
        path: 'teams/:teamId/data-quality',
        hydrateFallbackElement: <Spinner />,
        lazy: async () => ({
          Component: (await import('./features/dashboard/data-quality-page')).DataQualityPage,
        }),
      },
      {
        path: 'overview',
        hydrateFallbackElement: <Spinner />,
        lazy: async () => ({
          Component: (await import('./features/dashboard/organisation-overview-page'))
            .OrganisationOverviewPage,
        }),
      },
      // Loaded on demand: the charts (ECharts) stay out of the first download.
      {
        path: 'calculator',
        hydrateFallbackElement: <Spinner />,
        lazy: async () => ({
          Component: (await import('./features/calculator/calculator-page')).CalculatorPage,
        }),
      },
      { path: 'account', element: <AccountPage /> },
      { path: 'account/mfa', element: <MfaPage /> },
      {
        path: 'admin',
        element: <RequireAdmin />,
        children: [
          { index: true, element: <Navigate to="users" replace /> },
          { path: 'users', element: <UsersPage /> },
          { path: 'teams', element: <TeamsAdminPage /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: 'audit', element: <AuditPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

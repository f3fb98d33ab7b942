import type { RouteObject } from 'react-router';
import { Spinner } from '../../ui/spinner';
import { ActionLogPage } from './action-log-page';
import { GoalsPage } from './goals-page';
import { MatrixPage } from './matrix-page';
import { MeetingsPage } from './meetings-page';
import { OccurrencePage } from './occurrence-page';

/** The improvement system's pages under a team. The goal page (ECharts) loads on demand. */
export const improvementRoutes: RouteObject[] = [
  { path: 'teams/:teamId/goals', element: <GoalsPage /> },
  { path: 'teams/:teamId/goals/:goalId', hydrateFallbackElement: <Spinner />, lazy: async () => ({ Component: (await import('./goal-page')).GoalPage }) },
  { path: 'teams/:teamId/meetings', element: <MeetingsPage /> },
  { path: 'teams/:teamId/matrix', element: <MatrixPage /> },
  { path: 'teams/:teamId/occurrences/:occurrenceId', element: <OccurrencePage /> },
  { path: 'teams/:teamId/log', element: <ActionLogPage /> },
];

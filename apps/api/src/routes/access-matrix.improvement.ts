import type { Caller, MatrixContext, MatrixRow } from './access-matrix.table';
import type { ExpectBuilders } from './access-matrix.indicators';
import { createActionRow, createDecisionRow, createGoalRow, createMeetingRow, createOccurrenceRow } from './goals/testing';

type Role = Exclude<Caller, 'anonymous'>;

/** improvement:contribute and improvement:manage (improvement:read is every role). */
const CONTRIBUTORS: readonly Role[] = ['admin', 'qualityAdvisor', 'teamLead', 'member', 'analyst'];
const MANAGERS: readonly Role[] = ['admin', 'qualityAdvisor', 'teamLead'];

const team = (c: MatrixContext, rest: string) => `/api/v1/teams/${c.world.teamA.id}/${rest}`;
const goal = (c: MatrixContext) => createGoalRow(c.t.db, c.world.teamA, { status: 'draft' });
const meeting = (c: MatrixContext) => createMeetingRow(c.t.db, c.world.teamA);
const occurrence = async (c: MatrixContext) => createOccurrenceRow(c.t.db, await meeting(c));
const NEW_MEETING = { name: 'Verbeteroverleg', type: 'improvement', frequency: 'monthly', startDate: '2026-01-13', startTime: '16:00' };

/** The rows of the goal, meeting, matrix, occurrence, action and decision routes. */
export function improvementRows({ signedIn, only }: ExpectBuilders): MatrixRow[] {
  return [
    { method: 'GET', route: '/api/v1/teams/:teamId/goals', request: (c) => ({ url: team(c, 'goals') }), expect: signedIn(200) },
    { method: 'POST', route: '/api/v1/teams/:teamId/goals', request: (c) => ({ url: team(c, 'goals'), payload: { title: 'Doel', scope: 'improvement-system', indicatorId: null } }), expect: only(MANAGERS, 201) },
    { method: 'GET', route: '/api/v1/teams/:teamId/goals/:goalId', request: async (c) => ({ url: team(c, `goals/${(await goal(c)).id}`) }), expect: signedIn(200) },
    { method: 'PATCH', route: '/api/v1/teams/:teamId/goals/:goalId', request: async (c) => ({ url: team(c, `goals/${(await goal(c)).id}`), payload: { title: 'Nieuw' } }), expect: only(MANAGERS, 200) },
    { method: 'DELETE', route: '/api/v1/teams/:teamId/goals/:goalId', request: async (c) => ({ url: team(c, `goals/${(await goal(c)).id}`) }), expect: only(MANAGERS, 204) },
    { method: 'GET', route: '/api/v1/teams/:teamId/goals/:goalId/status-updates', request: async (c) => ({ url: team(c, `goals/${(await goal(c)).id}/status-updates`) }), expect: signedIn(200) },
    {
      method: 'POST',
      route: '/api/v1/teams/:teamId/goals/:goalId/status-updates',
      request: async (c) => ({ url: team(c, `goals/${(await goal(c)).id}/status-updates`), payload: { progress: 'on-track' } }),
      expect: only(CONTRIBUTORS, 201),
    },
    { method: 'GET', route: '/api/v1/teams/:teamId/meetings', request: (c) => ({ url: team(c, 'meetings') }), expect: signedIn(200) },
    { method: 'POST', route: '/api/v1/teams/:teamId/meetings', request: (c) => ({ url: team(c, 'meetings'), payload: NEW_MEETING }), expect: only(MANAGERS, 201) },
    { method: 'GET', route: '/api/v1/teams/:teamId/meetings/:meetingId', request: async (c) => ({ url: team(c, `meetings/${(await meeting(c)).id}`) }), expect: signedIn(200) },
    { method: 'PATCH', route: '/api/v1/teams/:teamId/meetings/:meetingId', request: async (c) => ({ url: team(c, `meetings/${(await meeting(c)).id}`), payload: { durationMinutes: 45 } }), expect: only(MANAGERS, 200) },
    { method: 'DELETE', route: '/api/v1/teams/:teamId/meetings/:meetingId', request: async (c) => ({ url: team(c, `meetings/${(await meeting(c)).id}`) }), expect: only(MANAGERS, 204) },
    { method: 'GET', route: '/api/v1/teams/:teamId/meetings/:meetingId/factsheet.pdf', request: async (c) => ({ url: team(c, `meetings/${(await meeting(c)).id}/factsheet.pdf`) }), expect: signedIn(200) },
    {
      method: 'POST',
      route: '/api/v1/teams/:teamId/meetings/:meetingId/occurrences',
      request: async (c) => ({ url: team(c, `meetings/${(await meeting(c)).id}/occurrences`), payload: { from: '2026-01-01', to: '2026-02-28' } }),
      expect: only(CONTRIBUTORS, 200),
    },
    { method: 'GET', route: '/api/v1/teams/:teamId/matrix', request: (c) => ({ url: team(c, 'matrix') }), expect: signedIn(200) },
    { method: 'PUT', route: '/api/v1/teams/:teamId/matrix', request: (c) => ({ url: team(c, 'matrix'), payload: { cells: [] } }), expect: only(MANAGERS, 200) },
    { method: 'GET', route: '/api/v1/teams/:teamId/matrix/poster.pdf', request: (c) => ({ url: team(c, 'matrix/poster.pdf') }), expect: signedIn(200) },
    { method: 'GET', route: '/api/v1/teams/:teamId/occurrences', request: (c) => ({ url: team(c, 'occurrences') }), expect: signedIn(200) },
    { method: 'GET', route: '/api/v1/teams/:teamId/occurrences/:occurrenceId', request: async (c) => ({ url: team(c, `occurrences/${(await occurrence(c)).id}`) }), expect: signedIn(200) },
    {
      method: 'PATCH',
      route: '/api/v1/teams/:teamId/occurrences/:occurrenceId',
      request: async (c) => ({ url: team(c, `occurrences/${(await occurrence(c)).id}`), payload: { notes: { opening: 'Welkom' } } }),
      expect: only(CONTRIBUTORS, 200),
    },
    {
      method: 'PUT',
      route: '/api/v1/teams/:teamId/occurrences/:occurrenceId/attendance',
      request: async (c) => ({ url: team(c, `occurrences/${(await occurrence(c)).id}/attendance`), payload: { attendance: [] } }),
      expect: only(CONTRIBUTORS, 200),
    },
    { method: 'GET', route: '/api/v1/teams/:teamId/occurrences/:occurrenceId/minutes.md', request: async (c) => ({ url: team(c, `occurrences/${(await occurrence(c)).id}/minutes.md`) }), expect: signedIn(200) },
    { method: 'GET', route: '/api/v1/teams/:teamId/occurrences/:occurrenceId/minutes.pdf', request: async (c) => ({ url: team(c, `occurrences/${(await occurrence(c)).id}/minutes.pdf`) }), expect: signedIn(200) },
    { method: 'GET', route: '/api/v1/teams/:teamId/actions', request: (c) => ({ url: team(c, 'actions') }), expect: signedIn(200) },
    { method: 'POST', route: '/api/v1/teams/:teamId/actions', request: (c) => ({ url: team(c, 'actions'), payload: { title: 'Actie' } }), expect: only(CONTRIBUTORS, 201) },
    {
      method: 'PATCH',
      route: '/api/v1/teams/:teamId/actions/:actionId',
      request: async (c) => ({ url: team(c, `actions/${(await createActionRow(c.t.db, c.world.teamA)).id}`), payload: { status: 'done' } }),
      expect: only(CONTRIBUTORS, 200),
    },
    { method: 'DELETE', route: '/api/v1/teams/:teamId/actions/:actionId', request: async (c) => ({ url: team(c, `actions/${(await createActionRow(c.t.db, c.world.teamA)).id}`) }), expect: only(MANAGERS, 204) },
    { method: 'GET', route: '/api/v1/teams/:teamId/actions/export', request: (c) => ({ url: team(c, 'actions/export?format=csv') }), expect: signedIn(200) },
    { method: 'GET', route: '/api/v1/teams/:teamId/decisions/export', request: (c) => ({ url: team(c, 'decisions/export?format=xlsx') }), expect: signedIn(200) },
    { method: 'GET', route: '/api/v1/teams/:teamId/decisions', request: (c) => ({ url: team(c, 'decisions') }), expect: signedIn(200) },
    { method: 'POST', route: '/api/v1/teams/:teamId/decisions', request: (c) => ({ url: team(c, 'decisions'), payload: { text: 'Besluit', decidedOn: '2026-01-06' } }), expect: only(CONTRIBUTORS, 201) },
    {
      method: 'PATCH',
      route: '/api/v1/teams/:teamId/decisions/:decisionId',
      request: async (c) => ({ url: team(c, `decisions/${(await createDecisionRow(c.t.db, c.world.teamA)).id}`), payload: { rationale: 'Omdat' } }),
      expect: only(CONTRIBUTORS, 200),
    },
    { method: 'DELETE', route: '/api/v1/teams/:teamId/decisions/:decisionId', request: async (c) => ({ url: team(c, `decisions/${(await createDecisionRow(c.t.db, c.world.teamA)).id}`) }), expect: only(MANAGERS, 204) },
  ];
}

import { teamIndicatorsSchema } from '@leerlus/contracts/indicators';
import {
  actionListSchema,
  actionSchema,
  decisionListSchema,
  decisionSchema,
  goalListSchema,
  goalPageSchema,
  goalSchema,
  matrixSchema,
  meetingListSchema,
  meetingSchema,
  occurrenceDetailSchema,
  occurrenceListSchema,
  statusUpdateSchema,
} from '@leerlus/contracts/improvement';
import { API_PREFIX, request, requestVoid, type Infer } from '../../api/client';

/** The improvement-system API (goals, meetings, matrix, occurrences, action & decision log). */

export type Goal = Infer<typeof goalSchema>;
export type GoalList = Infer<typeof goalListSchema>;
export type GoalPage = Infer<typeof goalPageSchema>;
export type Meeting = Infer<typeof meetingSchema>;
export type Matrix = Infer<typeof matrixSchema>;
export type OccurrenceDetail = Infer<typeof occurrenceDetailSchema>;
export type OccurrenceSummary = Infer<typeof occurrenceListSchema>['occurrences'][number];
export type Action = Infer<typeof actionSchema>;
export type Decision = Infer<typeof decisionSchema>;
export type AgendaItem = OccurrenceDetail['agenda'][number];
export type MatrixCellInput = { meetingId: string; goalId: string; cadence: 'every' | 'every-nth' | 'quarterly'; nth: number | null };

const base = (teamId: string) => `/teams/${teamId}`;

export const improvementKeys = {
  all: (teamId: string) => ['improvement', teamId] as const,
  goals: (teamId: string) => ['improvement', teamId, 'goals'] as const,
  goal: (teamId: string, goalId: string) => ['improvement', teamId, 'goal', goalId] as const,
  meetings: (teamId: string) => ['improvement', teamId, 'meetings'] as const,
  matrix: (teamId: string) => ['improvement', teamId, 'matrix'] as const,
  occurrences: (teamId: string) => ['improvement', teamId, 'occurrences'] as const,
  occurrence: (teamId: string, id: string) => ['improvement', teamId, 'occurrence', id] as const,
  actions: (teamId: string, filter: object) => ['improvement', teamId, 'actions', filter] as const,
  decisions: (teamId: string, filter: object) => ['improvement', teamId, 'decisions', filter] as const,
};

export const getGoals = (teamId: string) => request(goalListSchema, `${base(teamId)}/goals`);
export const getGoalPage = (teamId: string, goalId: string) => request(goalPageSchema, `${base(teamId)}/goals/${goalId}`);
export const createGoal = (teamId: string, body: Record<string, unknown>) => request(goalSchema, `${base(teamId)}/goals`, { method: 'POST', body });
export const updateGoal = (teamId: string, goalId: string, body: Record<string, unknown>) => request(goalSchema, `${base(teamId)}/goals/${goalId}`, { method: 'PATCH', body });
export const postStatusUpdate = (teamId: string, goalId: string, body: { progress: string; explanation: string; nextStep: string; occurrenceId?: string | null }) =>
  request(statusUpdateSchema, `${base(teamId)}/goals/${goalId}/status-updates`, { method: 'POST', body });

export const getMeetings = (teamId: string) => request(meetingListSchema, `${base(teamId)}/meetings`);
export const createMeeting = (teamId: string, body: Record<string, unknown>) => request(meetingSchema, `${base(teamId)}/meetings`, { method: 'POST', body });
export const updateMeeting = (teamId: string, meetingId: string, body: Record<string, unknown>) => request(meetingSchema, `${base(teamId)}/meetings/${meetingId}`, { method: 'PATCH', body });
export const deleteMeeting = (teamId: string, meetingId: string) => requestVoid(`${base(teamId)}/meetings/${meetingId}`, { method: 'DELETE' });
export const generateOccurrences = (teamId: string, meetingId: string, from: string, to: string) =>
  request(occurrenceListSchema, `${base(teamId)}/meetings/${meetingId}/occurrences`, { method: 'POST', body: { from, to } });

export const getMatrix = (teamId: string) => request(matrixSchema, `${base(teamId)}/matrix`);
export const putMatrix = (teamId: string, cells: MatrixCellInput[]) => request(matrixSchema, `${base(teamId)}/matrix`, { method: 'PUT', body: { cells } });

export const getOccurrences = (teamId: string, from?: string, to?: string) => request(occurrenceListSchema, `${base(teamId)}/occurrences`, { query: { from, to } });
export const getOccurrence = (teamId: string, id: string) => request(occurrenceDetailSchema, `${base(teamId)}/occurrences/${id}`);
export const updateOccurrence = (teamId: string, id: string, body: Record<string, unknown>) => request(occurrenceDetailSchema, `${base(teamId)}/occurrences/${id}`, { method: 'PATCH', body });
export const putAttendance = (teamId: string, id: string, attendance: { userId: string; status: string }[]) =>
  request(occurrenceDetailSchema, `${base(teamId)}/occurrences/${id}/attendance`, { method: 'PUT', body: { attendance } });

export const getActions = (teamId: string, query: Record<string, string | undefined>) => request(actionListSchema, `${base(teamId)}/actions`, { query });
export const createAction = (teamId: string, body: Record<string, unknown>) => request(actionSchema, `${base(teamId)}/actions`, { method: 'POST', body });
export const updateAction = (teamId: string, id: string, body: Record<string, unknown>) => request(actionSchema, `${base(teamId)}/actions/${id}`, { method: 'PATCH', body });
export const getDecisions = (teamId: string, query: Record<string, string | undefined>) => request(decisionListSchema, `${base(teamId)}/decisions`, { query });
export const createDecision = (teamId: string, body: Record<string, unknown>) => request(decisionSchema, `${base(teamId)}/decisions`, { method: 'POST', body });

/** Links to downloads (the browser fetches them with the session cookie). */
export const documentUrl = {
  minutesMd: (teamId: string, id: string, lang: string) => `${API_PREFIX}${base(teamId)}/occurrences/${id}/minutes.md?lang=${lang}`,
  minutesPdf: (teamId: string, id: string, lang: string) => `${API_PREFIX}${base(teamId)}/occurrences/${id}/minutes.pdf?lang=${lang}`,
  factsheet: (teamId: string, meetingId: string, lang: string) => `${API_PREFIX}${base(teamId)}/meetings/${meetingId}/factsheet.pdf?lang=${lang}`,
  actionsExport: (teamId: string, format: 'csv' | 'xlsx', query: Record<string, string | undefined>) =>
    `${API_PREFIX}${base(teamId)}/actions/export?${new URLSearchParams({ format, ...(format === 'csv' ? { delimiter: 'semicolon' } : {}), ...Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined)) }).toString()}`,
  decisionsExport: (teamId: string, format: 'csv' | 'xlsx') => `${API_PREFIX}${base(teamId)}/decisions/export?format=${format}${format === 'csv' ? '&delimiter=semicolon' : ''}`,
  poster: (teamId: string, lang: string) => `${API_PREFIX}${base(teamId)}/matrix/poster.pdf?lang=${lang}`,
};

/** The indicators the team tracks (for the goal form). */
export const getTeamIndicators = (teamId: string) => request(teamIndicatorsSchema, `${base(teamId)}/indicators`);

import { z } from 'zod';
import { isLocalTime, isTimeZone } from '@leerlus/domain/improvement/calendar-dates';
import { parseRRule } from '@leerlus/domain/improvement/rrule';
import {
  ACTION_ORIGINS,
  ACTION_STATUSES,
  ATTENDANCE_STATUSES,
  BASELINE_SOURCES,
  GOAL_KINDS,
  GOAL_PROGRESS,
  GOAL_SCOPES,
  GOAL_STATUSES,
  MATRIX_CADENCES,
  MEETING_FREQUENCIES,
  MEETING_TYPES,
  OCCURRENCE_STATUSES,
} from '@leerlus/domain/improvement/types';
import { idSchema, isoDateSchema, timestampSchema } from './common';
import { tabularExportQuery } from './tabular-export';
import { goalDomainCoverageSchema, improvementSchema, indicatorSchema } from './indicators';
import { indicatorSeriesSchema } from './dashboard';

/**
 * The improvement system (issue 6): goals, meetings, the matrix, occurrences and their agendas, status
 * updates, decisions and actions. One schema per boundary; requests are strict (no mass assignment).
 */

const text = (max: number) => z.string().trim().max(max);
const urlSchema = z.url({ protocol: /^https?$/ }).max(2000);

export const linkSchema = z
  .object({
    kind: z.enum(['action', 'pdsa', 'a3', 'decision', 'goal', 'url']),
    id: idSchema.optional(),
    url: urlSchema.optional(),
    label: text(200).optional(),
  })
  .strict()
  .refine(
    (l) => (l.kind === 'url' ? l.url !== undefined : l.id !== undefined),
    'a record link needs an id, a url link a url',
  );

export const milestoneSchema = z
  .object({ date: isoDateSchema, value: z.number(), label: text(200).optional() })
  .strict();
const person = z.object({ id: idSchema, name: z.string() }).nullable();

// ── Goals ────────────────────────────────────────────────────────────────────────────────────────

const goalFields = {
  indicatorId: idSchema.nullable(),
  title: text(200).min(1),
  description: text(4000),
  kind: z.enum(GOAL_KINDS),
  scope: z.enum(GOAL_SCOPES),
  ownerId: idSchema.nullable(),
  direction: improvementSchema,
  baselineValue: z.number().nullable(),
  baselineFrom: isoDateSchema.nullable(),
  baselineTo: isoDateSchema.nullable(),
  baselineSource: z.enum(BASELINE_SOURCES).nullable(),
  targetValue: z.number().nullable(),
  deadline: isoDateSchema.nullable(),
  milestones: z.array(milestoneSchema).max(24),
  status: z.enum(GOAL_STATUSES),
  statusReason: text(2000),
  parentGoalId: idSchema.nullable(),
};

export const createGoalRequestSchema = z
  .object({
    ...goalFields,
    description: goalFields.description.default(''),
    kind: goalFields.kind.default('small'),
    scope: goalFields.scope.default('team'),
    ownerId: goalFields.ownerId.default(null),
    direction: goalFields.direction.optional(),
    baselineValue: goalFields.baselineValue.default(null),
    baselineFrom: goalFields.baselineFrom.default(null),
    baselineTo: goalFields.baselineTo.default(null),
    baselineSource: goalFields.baselineSource.default(null),
    targetValue: goalFields.targetValue.default(null),
    deadline: goalFields.deadline.default(null),
    milestones: goalFields.milestones.default([]),
    status: goalFields.status.default('draft'),
    statusReason: goalFields.statusReason.default(''),
    parentGoalId: goalFields.parentGoalId.default(null),
  })
  .strict();
export type CreateGoalRequest = z.output<typeof createGoalRequestSchema>;

export const updateGoalRequestSchema = z.object(goalFields).partial().strict();
export type UpdateGoalRequest = z.output<typeof updateGoalRequestSchema>;

export const goalParamsSchema = z.object({ teamId: idSchema, goalId: idSchema }).strict();

export const statusUpdateSchema = z.object({
  id: idSchema,
  goalId: idSchema,
  occurrenceId: idSchema.nullable(),
  author: person,
  progress: z.enum(GOAL_PROGRESS),
  explanation: z.string(),
  nextStep: z.string(),
  links: z.array(linkSchema),
  createdAt: timestampSchema,
});
export type StatusUpdate = z.infer<typeof statusUpdateSchema>;

export const goalSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  indicator: z
    .object({
      id: idSchema,
      code: z.string(),
      nameNl: z.string(),
      nameEn: z.string(),
      kind: indicatorSchema.shape.kind,
      unit: z.string(),
    })
    .nullable(),
  title: z.string(),
  description: z.string(),
  kind: z.enum(GOAL_KINDS),
  scope: z.enum(GOAL_SCOPES),
  owner: person,
  direction: improvementSchema,
  baselineValue: z.number().nullable(),
  baselineFrom: z.string().nullable(),
  baselineTo: z.string().nullable(),
  baselineSource: z.enum(BASELINE_SOURCES).nullable(),
  targetValue: z.number().nullable(),
  deadline: z.string().nullable(),
  milestones: z.array(milestoneSchema),
  status: z.enum(GOAL_STATUSES),
  statusReason: z.string(),
  parentGoalId: idSchema.nullable(),
  isOverdue: z.boolean(),
  lastStatus: statusUpdateSchema.nullable(),
  /** Meetings where the goal is discussed (matrix cells). */
  meetingCount: z.int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Goal = z.infer<typeof goalSchema>;

export const goalListSchema = z.object({
  goals: z.array(goalSchema),
  coverage: goalDomainCoverageSchema.extend({ counts: z.record(z.string(), z.int()) }),
});
export type GoalList = z.infer<typeof goalListSchema>;

export const createStatusUpdateRequestSchema = z
  .object({
    progress: z.enum(GOAL_PROGRESS),
    explanation: text(4000).default(''),
    nextStep: text(2000).default(''),
    occurrenceId: idSchema.nullable().default(null),
    links: z.array(linkSchema).max(20).default([]),
  })
  .strict();

// ── Actions and decisions ───────────────────────────────────────────────────────────────────────

export const actionSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  title: z.string(),
  description: z.string(),
  owner: person,
  dueDate: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  originKind: z.enum(ACTION_ORIGINS),
  originId: idSchema.nullable(),
  goal: z.object({ id: idSchema, title: z.string() }).nullable(),
  occurrenceId: idSchema.nullable(),
  links: z.array(linkSchema),
  isOverdue: z.boolean(),
  completedAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Action = z.infer<typeof actionSchema>;

export const createActionRequestSchema = z
  .object({
    title: text(300).min(1),
    description: text(4000).default(''),
    ownerId: idSchema.nullable().default(null),
    dueDate: isoDateSchema.nullable().default(null),
    status: z.enum(ACTION_STATUSES).default('open'),
    originKind: z.enum(ACTION_ORIGINS).default('goal'),
    originId: idSchema.nullable().default(null),
    goalId: idSchema.nullable().default(null),
    occurrenceId: idSchema.nullable().default(null),
    links: z.array(linkSchema).max(20).default([]),
  })
  .strict();
export type CreateActionRequest = z.output<typeof createActionRequestSchema>;

export const updateActionRequestSchema = z
  .object({
    title: text(300).min(1),
    description: text(4000),
    ownerId: idSchema.nullable(),
    dueDate: isoDateSchema.nullable(),
    status: z.enum(ACTION_STATUSES),
    goalId: idSchema.nullable(),
    links: z.array(linkSchema).max(20),
  })
  .partial()
  .strict();

export const actionQuerySchema = z
  .object({
    status: z.enum(ACTION_STATUSES).optional(),
    ownerId: idSchema.optional(),
    goalId: idSchema.optional(),
    origin: z.enum(ACTION_ORIGINS).optional(),
    overdue: z.enum(['true', 'false']).optional(),
    q: text(200).optional(),
  })
  .strict();
export type ActionQuery = z.output<typeof actionQuerySchema>;

export const actionParamsSchema = z.object({ teamId: idSchema, actionId: idSchema }).strict();

export const decisionSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  occurrenceId: idSchema.nullable(),
  meetingName: z.string().nullable(),
  goal: z.object({ id: idSchema, title: z.string() }).nullable(),
  text: z.string(),
  rationale: z.string(),
  decidedOn: z.string(),
  decidedBy: z.string(),
  links: z.array(linkSchema),
  createdAt: timestampSchema,
});
export type Decision = z.infer<typeof decisionSchema>;

export const createDecisionRequestSchema = z
  .object({
    text: text(4000).min(1),
    rationale: text(4000).default(''),
    decidedOn: isoDateSchema,
    decidedBy: text(200).default(''),
    occurrenceId: idSchema.nullable().default(null),
    goalId: idSchema.nullable().default(null),
    links: z.array(linkSchema).max(20).default([]),
  })
  .strict();
export const updateDecisionRequestSchema = z
  .object({
    text: text(4000).min(1),
    rationale: text(4000),
    decidedOn: isoDateSchema,
    decidedBy: text(200),
    goalId: idSchema.nullable(),
    links: z.array(linkSchema).max(20),
  })
  .partial()
  .strict();
export const decisionQuerySchema = z
  .object({
    q: text(200).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    goalId: idSchema.optional(),
  })
  .strict();
export type DecisionQuery = z.output<typeof decisionQuerySchema>;
export const decisionParamsSchema = z.object({ teamId: idSchema, decisionId: idSchema }).strict();

// ── Meetings ────────────────────────────────────────────────────────────────────────────────────

const rruleSchema = text(500).refine((r) => parseRRule(r).ok, {
  message: 'not a supported recurrence rule (RRULE)',
});

const meetingFields = {
  name: text(200).min(1),
  type: z.enum(MEETING_TYPES),
  purpose: text(2000),
  frequency: z.enum(MEETING_FREQUENCIES),
  rrule: rruleSchema.nullable(),
  chairId: idSchema.nullable(),
  memberIds: z.array(idSchema).max(100),
  location: text(300),
  onlineUrl: z.union([urlSchema, z.literal('')]),
  durationMinutes: z.int().min(5).max(600),
  startDate: isoDateSchema,
  startTime: z.string().refine(isLocalTime, 'must be a time HH:MM'),
  timeZone: z.string().refine(isTimeZone, 'unknown time zone'),
  endDate: isoDateSchema.nullable(),
  standingItems: z.array(text(300).min(1)).max(20),
};

const meetingRules = (
  m: {
    frequency?: string | undefined;
    rrule?: string | null | undefined;
    startDate?: string | undefined;
    endDate?: string | null | undefined;
  },
  ctx: z.RefinementCtx,
) => {
  if (m.frequency === 'custom' && !m.rrule)
    ctx.addIssue({ code: 'custom', path: ['rrule'], message: 'a custom frequency needs a recurrence rule' });
  if (m.startDate && m.endDate && m.endDate < m.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before the start date' });
};

export const createMeetingRequestSchema = z
  .object({
    ...meetingFields,
    purpose: meetingFields.purpose.default(''),
    rrule: meetingFields.rrule.default(null),
    chairId: meetingFields.chairId.default(null),
    memberIds: meetingFields.memberIds.default([]),
    location: meetingFields.location.default(''),
    onlineUrl: meetingFields.onlineUrl.default(''),
    durationMinutes: meetingFields.durationMinutes.default(60),
    timeZone: meetingFields.timeZone.default('Europe/Amsterdam'),
    endDate: meetingFields.endDate.default(null),
    standingItems: meetingFields.standingItems.default([]),
  })
  .strict()
  .superRefine(meetingRules);
export type CreateMeetingRequest = z.output<typeof createMeetingRequestSchema>;
export const updateMeetingRequestSchema = z
  .object(meetingFields)
  .partial()
  .strict()
  .superRefine(meetingRules);
export type UpdateMeetingRequest = z.output<typeof updateMeetingRequestSchema>;

export const meetingSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  name: z.string(),
  type: z.enum(MEETING_TYPES),
  purpose: z.string(),
  frequency: z.enum(MEETING_FREQUENCIES),
  rrule: z.string().nullable(),
  chair: person,
  members: z.array(z.object({ id: idSchema, name: z.string() })),
  location: z.string(),
  onlineUrl: z.string(),
  durationMinutes: z.int(),
  startDate: z.string(),
  startTime: z.string(),
  timeZone: z.string(),
  endDate: z.string().nullable(),
  standingItems: z.array(z.string()),
  goalCount: z.int(),
  nextOccurrence: z
    .object({ id: idSchema.nullable(), localDate: z.string(), startsAt: timestampSchema })
    .nullable(),
  createdAt: timestampSchema,
});
export type Meeting = z.infer<typeof meetingSchema>;
export const meetingListSchema = z.object({ meetings: z.array(meetingSchema) });
export const meetingParamsSchema = z.object({ teamId: idSchema, meetingId: idSchema }).strict();

// ── Matrix ──────────────────────────────────────────────────────────────────────────────────────

export const matrixCellSchema = z
  .object({
    meetingId: idSchema,
    goalId: idSchema,
    cadence: z.enum(MATRIX_CADENCES),
    nth: z.int().min(2).max(52).nullable().default(null),
  })
  .strict()
  .refine((c) => (c.cadence === 'every-nth') === (c.nth !== null), {
    message: 'every-nth needs n (2…52); other cadences take none',
    path: ['nth'],
  });
export const putMatrixRequestSchema = z.object({ cells: z.array(matrixCellSchema).max(2000) }).strict();

export const matrixWarningSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('goal-not-discussed'), goalId: idSchema }),
  z.object({
    code: z.literal('goal-discussed-less-often-than-data'),
    goalId: idSchema,
    discussionDays: z.number(),
    refreshDays: z.number(),
  }),
  z.object({ code: z.literal('goal-only-in-mdt'), goalId: idSchema }),
  z.object({
    code: z.literal('meeting-too-many-goals'),
    meetingId: idSchema,
    goalsPerOccurrence: z.number(),
    max: z.number(),
  }),
]);
export type MatrixWarning = z.infer<typeof matrixWarningSchema>;

export const matrixSchema = z.object({
  meetings: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      type: z.enum(MEETING_TYPES),
      frequency: z.enum(MEETING_FREQUENCIES),
      durationMinutes: z.int(),
    }),
  ),
  goals: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      status: z.enum(GOAL_STATUSES),
      indicatorName: z.string().nullable(),
      ownerName: z.string().nullable(),
      granularity: z.string().nullable(),
    }),
  ),
  cells: z.array(
    z.object({
      meetingId: idSchema,
      goalId: idSchema,
      cadence: z.enum(MATRIX_CADENCES),
      nth: z.int().nullable(),
    }),
  ),
  warnings: z.array(matrixWarningSchema),
});
export type Matrix = z.infer<typeof matrixSchema>;

// ── Occurrences and agenda ──────────────────────────────────────────────────────────────────────

export const occurrenceSummarySchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  meetingName: z.string(),
  localDate: z.string(),
  startsAt: timestampSchema,
  sequence: z.int().nullable(),
  status: z.enum(OCCURRENCE_STATUSES),
});
export type OccurrenceSummary = z.infer<typeof occurrenceSummarySchema>;
export const occurrenceListSchema = z.object({ occurrences: z.array(occurrenceSummarySchema) });
export const occurrenceQuerySchema = z
  .object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() })
  .strict();
export const generateOccurrencesRequestSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .strict()
  .refine((r) => r.from <= r.to, { message: 'from must not be after to', path: ['to'] })
  .refine((r) => (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 <= 800, {
    message: 'at most about two years at once',
    path: ['to'],
  });
export const occurrenceParamsSchema = z.object({ teamId: idSchema, occurrenceId: idSchema }).strict();

const agendaActionSchema = z.object({
  id: idSchema,
  title: z.string(),
  ownerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  goalId: idSchema.nullable(),
});
export const agendaGoalSchema = z.object({
  id: idSchema,
  title: z.string(),
  status: z.enum(GOAL_STATUSES),
  ownerId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  indicatorName: z.string().nullable(),
  targetValue: z.number().nullable(),
  deadline: z.string().nullable(),
  latest: z.object({ value: z.number(), period: z.string() }).nullable(),
  variation: z.string().nullable(),
  assurance: z.string().nullable(),
  lastStatus: z
    .object({
      progress: z.enum(GOAL_PROGRESS),
      explanation: z.string(),
      nextStep: z.string(),
      createdAt: z.string(),
      authorName: z.string().nullable(),
    })
    .nullable(),
  runningPdsa: z.array(z.object({ id: idSchema, title: z.string(), checkDate: z.string().nullable() })),
});
export const extraAgendaItemSchema = z
  .object({
    id: z.string().min(1).max(40),
    title: text(300).min(1),
    description: text(2000).optional(),
    durationMinutes: z.int().min(1).max(240).optional(),
  })
  .strict();

export const agendaItemSchema = z.discriminatedUnion('kind', [
  z.object({ key: z.literal('opening'), kind: z.literal('opening') }),
  z.object({
    key: z.string(),
    kind: z.literal('goal'),
    goal: agendaGoalSchema,
    openActions: z.array(agendaActionSchema),
    statusMissing: z.boolean(),
  }),
  z.object({
    key: z.literal('actions-due'),
    kind: z.literal('actions-due'),
    actions: z.array(agendaActionSchema.extend({ overdue: z.boolean() })),
  }),
  z.object({ key: z.literal('decisions'), kind: z.literal('decisions') }),
  z.object({ key: z.literal('learning'), kind: z.literal('learning') }),
  z.object({ key: z.string(), kind: z.literal('standing'), title: z.string() }),
  z.object({ key: z.string(), kind: z.literal('extra'), item: extraAgendaItemSchema }),
  z.object({ key: z.literal('closing'), kind: z.literal('closing') }),
]);
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const occurrenceDetailSchema = z.object({
  occurrence: occurrenceSummarySchema.extend({
    agendaOverrides: z.object({
      order: z.array(z.string()).optional(),
      hidden: z.array(z.string()).optional(),
    }),
    extraItems: z.array(extraAgendaItemSchema),
    guests: z.array(z.string()),
    notes: z.record(z.string(), z.string()),
    startedAt: timestampSchema.nullable(),
    endedAt: timestampSchema.nullable(),
  }),
  meeting: meetingSchema,
  agenda: z.array(agendaItemSchema),
  attendance: z.array(
    z.object({ userId: idSchema, name: z.string(), status: z.enum(ATTENDANCE_STATUSES).nullable() }),
  ),
  statusUpdates: z.array(statusUpdateSchema),
  decisions: z.array(decisionSchema),
  actions: z.array(actionSchema),
});
export type OccurrenceDetail = z.infer<typeof occurrenceDetailSchema>;

export const updateOccurrenceRequestSchema = z
  .object({
    status: z.enum(OCCURRENCE_STATUSES),
    agendaOverrides: z
      .object({
        order: z.array(z.string().max(80)).max(200).optional(),
        hidden: z.array(z.string().max(80)).max(200).optional(),
      })
      .strict(),
    extraItems: z.array(extraAgendaItemSchema).max(30),
    guests: z.array(text(200).min(1)).max(50),
    notes: z
      .record(z.string().max(80), text(8000))
      .refine((n) => Object.keys(n).length <= 200, 'too many notes'),
    started: z.boolean(),
    ended: z.boolean(),
  })
  .partial()
  .strict();

export const putAttendanceRequestSchema = z
  .object({
    attendance: z
      .array(z.object({ userId: idSchema, status: z.enum(ATTENDANCE_STATUSES) }).strict())
      .max(200),
  })
  .strict();

export const documentQuerySchema = z.object({ lang: z.enum(['nl', 'en']).default('nl') }).strict();

// ── Goal page ───────────────────────────────────────────────────────────────────────────────────

export const goalPageSchema = z.object({
  goal: goalSchema,
  /** The indicator's series with its SPC chart, computed with the goal's target (assurance icon). */
  series: indicatorSeriesSchema.nullable(),
  statusUpdates: z.array(statusUpdateSchema),
  actions: z.array(actionSchema),
  decisions: z.array(decisionSchema),
  meetings: z.array(
    z.object({ id: idSchema, name: z.string(), cadence: z.enum(MATRIX_CADENCES), nth: z.int().nullable() }),
  ),
  pdsaCycles: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      status: z.string(),
      startDate: z.string(),
      endDate: z.string().nullable(),
      actOutcome: z.string().nullable(),
    }),
  ),
});
export type GoalPage = z.infer<typeof goalPageSchema>;

export const actionListSchema = z.object({ actions: z.array(actionSchema) });
export const decisionListSchema = z.object({ decisions: z.array(decisionSchema) });

/** Export of the action log: its filters plus the tabular export's format and delimiter. */
export const actionExportQuerySchema = actionQuerySchema.extend(tabularExportQuery.shape).strict();
/** Export of the decision log: its filters plus the tabular export's format and delimiter. */
export const decisionExportQuerySchema = decisionQuerySchema.extend(tabularExportQuery.shape).strict();

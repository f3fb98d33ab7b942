import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { IMPROVEMENT_DIRECTIONS } from '@leerlus/domain/indicators/types';
import {
  A3_STATUSES,
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
  PDSA_OUTCOMES,
  PDSA_STATUSES,
  REBASE_STATUSES,
  type A3Sections,
  type AgendaOverrides,
  type ExtraAgendaItem,
  type GoalMilestone,
  type ImprovementLink,
} from '@leerlus/domain/improvement/types';
import { users } from './accounts';
import { indicators } from './indicators';
import { organisations, teams } from './tenancy';

/*
 * The improvement system (issue 6). Every table carries its team (and goals/meetings their
 * organisation) so that team-scoped queries never need a join to decide access; another team's row
 * answers 404. People are users (members of the team); `on delete set null` keeps history when an
 * account goes.
 */

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const teamRef = () =>
  uuid('team_id')
    .notNull()
    .references(() => teams.id, { onDelete: 'cascade' });
const userRef = (name: string) => uuid(name).references(() => users.id, { onDelete: 'set null' });

/**
 * A goal (SMART) of a team on one of its indicators. Improvement-system goals (seed 000 step 2: goals on
 * purpose, process and people of the improvement system itself) may have no indicator; team goals must.
 */
export const goals = pgTable(
  'goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    teamId: teamRef(),
    indicatorId: uuid('indicator_id').references(() => indicators.id),
    title: text('title').notNull(),
    /** The SMART formulation (specific, measurable, acceptable, realistic, time-bound). */
    description: text('description').notNull().default(''),
    kind: text('kind', { enum: GOAL_KINDS }).notNull().default('small'),
    scope: text('scope', { enum: GOAL_SCOPES }).notNull().default('team'),
    ownerId: userRef('owner_id'),
    direction: text('direction', { enum: IMPROVEMENT_DIRECTIONS }).notNull(),
    baselineValue: doublePrecision('baseline_value'),
    baselineFrom: date('baseline_from', { mode: 'string' }),
    baselineTo: date('baseline_to', { mode: 'string' }),
    baselineSource: text('baseline_source', { enum: BASELINE_SOURCES }),
    targetValue: doublePrecision('target_value'),
    deadline: date('deadline', { mode: 'string' }),
    milestones: jsonb('milestones').$type<GoalMilestone[]>().notNull().default([]),
    status: text('status', { enum: GOAL_STATUSES }).notNull().default('draft'),
    /** Why the goal was stopped or judged achieved. */
    statusReason: text('status_reason').notNull().default(''),
    /** A larger goal this one contributes to (small goals under a big goal). */
    parentGoalId: uuid('parent_goal_id').references((): AnyPgColumn => goals.id, { onDelete: 'set null' }),
    createdBy: userRef('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('goals_team_idx').on(t.teamId, t.status),
    index('goals_indicator_idx').on(t.indicatorId),
    index('goals_owner_idx').on(t.ownerId),
    check('goals_team_has_indicator_ck', sql`${t.scope} <> 'team' or ${t.indicatorId} is not null`),
    check('goals_baseline_period_ck', sql`${t.baselineFrom} is null or ${t.baselineTo} is null or ${t.baselineFrom} <= ${t.baselineTo}`),
  ],
);

/** A recurring meeting of a team (huddle, improvement meeting, MDT, quality, management, other). */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    teamId: teamRef(),
    name: text('name').notNull(),
    type: text('type', { enum: MEETING_TYPES }).notNull(),
    /** The factsheet's purpose line. */
    purpose: text('purpose').notNull().default(''),
    frequency: text('frequency', { enum: MEETING_FREQUENCIES }).notNull(),
    /** RFC 5545 RRULE (without DTSTART) when frequency is `custom`. */
    rrule: text('rrule'),
    chairId: userRef('chair_id'),
    location: text('location').notNull().default(''),
    onlineUrl: text('online_url').notNull().default(''),
    durationMinutes: integer('duration_minutes').notNull().default(60),
    /** First occurrence's local date and wall-clock time ("HH:MM") in `time_zone`. */
    startDate: date('start_date', { mode: 'string' }).notNull(),
    startTime: text('start_time').notNull(),
    timeZone: text('time_zone').notNull().default('Europe/Amsterdam'),
    /** Last local date on which it may occur; null = open-ended. */
    endDate: date('end_date', { mode: 'string' }),
    /** Standing agenda items of the fixed agenda (seed 000: vaste agenda), in order. */
    standingItems: jsonb('standing_items').$type<string[]>().notNull().default([]),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdBy: userRef('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('meetings_team_idx').on(t.teamId),
    check('meetings_rrule_ck', sql`${t.frequency} <> 'custom' or ${t.rrule} is not null`),
    check('meetings_duration_ck', sql`${t.durationMinutes} between 5 and 600`),
  ],
);

/** The participants of a meeting (besides its chair). */
export const meetingMembers = pgTable(
  'meeting_members',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Free text role in the meeting (e.g. "notulist"). */
    role: text('role').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] }), index('meeting_members_user_idx').on(t.userId)],
);

/**
 * A cell of the meeting × goal matrix: the goal is discussed in the meeting at every occurrence, every
 * n-th occurrence (`nth`, counted from the meeting's first occurrence), or at the first occurrence of
 * each calendar quarter.
 */
export const meetingGoals = pgTable(
  'meeting_goals',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    teamId: teamRef(),
    cadence: text('cadence', { enum: MATRIX_CADENCES }).notNull().default('every'),
    nth: integer('nth'),
    /** Order of the goal on the meeting's agenda. */
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.goalId] }),
    index('meeting_goals_goal_idx').on(t.goalId),
    index('meeting_goals_team_idx').on(t.teamId),
    check('meeting_goals_nth_ck', sql`(${t.cadence} = 'every-nth') = (${t.nth} is not null and ${t.nth} >= 2)`),
  ],
);

/** One (generated or added) occurrence of a meeting, with the chair's changes to its agenda. */
export const meetingOccurrences = pgTable(
  'meeting_occurrences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    teamId: teamRef(),
    /** The instant it starts (computed from the local date and time in the meeting's zone). */
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    /** Its local date in the meeting's zone. */
    localDate: date('local_date', { mode: 'string' }).notNull(),
    /** 0-based position in the meeting's series (for every-n-th cells); null for extra occurrences. */
    sequence: integer('sequence'),
    status: text('status', { enum: OCCURRENCE_STATUSES }).notNull().default('planned'),
    agendaOverrides: jsonb('agenda_overrides').$type<AgendaOverrides>().notNull().default({}),
    extraItems: jsonb('extra_items').$type<ExtraAgendaItem[]>().notNull().default([]),
    /** Guests who are not members (names only). */
    guests: text('guests').array().notNull().default(sql`'{}'::text[]`),
    /** Free notes per agenda item key, recorded in meeting mode. */
    notes: jsonb('notes').$type<Record<string, string>>().notNull().default({}),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('meeting_occurrences_meeting_start_uq').on(t.meetingId, t.startsAt),
    index('meeting_occurrences_team_start_idx').on(t.teamId, t.startsAt),
  ],
);

/** Attendance of members at an occurrence. */
export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    occurrenceId: uuid('occurrence_id')
      .notNull()
      .references(() => meetingOccurrences.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ATTENDANCE_STATUSES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.occurrenceId, t.userId] })],
);

/** The owner's status update on a goal in the performance dialogue (before or during a meeting). */
export const statusUpdates = pgTable(
  'status_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: teamRef(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    occurrenceId: uuid('occurrence_id').references(() => meetingOccurrences.id, { onDelete: 'set null' }),
    authorId: userRef('author_id'),
    progress: text('progress', { enum: GOAL_PROGRESS }).notNull(),
    /** What happened and why. */
    explanation: text('explanation').notNull().default(''),
    nextStep: text('next_step').notNull().default(''),
    links: jsonb('links').$type<ImprovementLink[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [index('status_updates_goal_idx').on(t.goalId, t.createdAt), index('status_updates_occurrence_idx').on(t.occurrenceId)],
);

/** A decision in the action & decision log. */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: teamRef(),
    occurrenceId: uuid('occurrence_id').references(() => meetingOccurrences.id, { onDelete: 'set null' }),
    goalId: uuid('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    rationale: text('rationale').notNull().default(''),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    /** Who decided (a person or a body, e.g. "kernteam"). */
    decidedBy: text('decided_by').notNull().default(''),
    links: jsonb('links').$type<ImprovementLink[]>().notNull().default([]),
    createdBy: userRef('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('decisions_team_idx').on(t.teamId, t.decidedOn), index('decisions_occurrence_idx').on(t.occurrenceId)],
);

/** A configurable column of a team's improvement board (kanban). */
export const boardColumns = pgTable(
  'board_columns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: teamRef(),
    /** Stable key (e.g. "ideas", "doing", or a custom slug). */
    key: text('key').notNull(),
    labelNl: text('label_nl').notNull(),
    labelEn: text('label_en').notNull(),
    position: integer('position').notNull(),
    /** Items in this column count as finished. */
    isDone: boolean('is_done').notNull().default(false),
    wipLimit: integer('wip_limit'),
    createdAt: createdAt(),
  },
  (t) => [unique('board_columns_team_key_uq').on(t.teamId, t.key), index('board_columns_team_idx').on(t.teamId, t.position)],
);

/** An action in the action & decision log, with the record it came from. */
export const actions = pgTable(
  'actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: teamRef(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    ownerId: userRef('owner_id'),
    dueDate: date('due_date', { mode: 'string' }),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('open'),
    originKind: text('origin_kind', { enum: ACTION_ORIGINS }).notNull(),
    /** The originating record (occurrence, goal, PDSA cycle, A3, maturity gap, mirror cycle). */
    originId: uuid('origin_id'),
    /** The goal the action serves (shown on the goal page), if any. */
    goalId: uuid('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    /** The occurrence where it was agreed, if any. */
    occurrenceId: uuid('occurrence_id').references(() => meetingOccurrences.id, { onDelete: 'set null' }),
    links: jsonb('links').$type<ImprovementLink[]>().notNull().default([]),
    /** Placement on the improvement board; null = placed by status. */
    boardColumnId: uuid('board_column_id').references(() => boardColumns.id, { onDelete: 'set null' }),
    boardPosition: integer('board_position'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdBy: userRef('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('actions_team_status_idx').on(t.teamId, t.status, t.dueDate),
    index('actions_goal_idx').on(t.goalId),
    index('actions_owner_idx').on(t.ownerId),
    index('actions_origin_idx').on(t.originKind, t.originId),
  ],
);

/** A PDSA cycle on a goal; `parent_id` chains cycles into a ramp. */
export const pdsaCycles = pgTable(
  'pdsa_cycles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: teamRef(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => pdsaCycles.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    ownerId: userRef('owner_id'),
    status: text('status', { enum: PDSA_STATUSES }).notNull().default('planned'),
    // Plan
    changeIdea: text('change_idea').notNull().default(''),
    prediction: text('prediction').notNull().default(''),
    measures: text('measures').notNull().default(''),
    planWho: text('plan_who').notNull().default(''),
    planWhen: text('plan_when').notNull().default(''),
    planWhere: text('plan_where').notNull().default(''),
    // Do
    doWhatHappened: text('do_what_happened').notNull().default(''),
    doObservations: text('do_observations').notNull().default(''),
    // Study
    studyComparison: text('study_comparison').notNull().default(''),
    // Act
    actOutcome: text('act_outcome', { enum: PDSA_OUTCOMES }),
    actNotes: text('act_notes').notNull().default(''),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    /** When the team checks the cycle's effect (shown in the calendar). */
    checkDate: date('check_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    /** A rebase of the goal's chart after "adopt": proposed, then confirmed or rejected by a person with a reason. */
    rebaseStatus: text('rebase_status', { enum: REBASE_STATUSES }).notNull().default('none'),
    rebaseFrom: date('rebase_from', { mode: 'string' }),
    rebaseReason: text('rebase_reason').notNull().default(''),
    rebaseDecidedBy: userRef('rebase_decided_by'),
    rebaseDecidedAt: timestamp('rebase_decided_at', { withTimezone: true }),
    boardColumnId: uuid('board_column_id').references(() => boardColumns.id, { onDelete: 'set null' }),
    boardPosition: integer('board_position'),
    createdBy: userRef('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('pdsa_cycles_goal_idx').on(t.goalId, t.startDate),
    index('pdsa_cycles_team_idx').on(t.teamId, t.status),
    index('pdsa_cycles_parent_idx').on(t.parentId),
    check('pdsa_cycles_dates_ck', sql`${t.endDate} is null or ${t.startDate} <= ${t.endDate}`),
  ],
);

/** An A3 report; sections as jsonb keyed by A3 section (background … follow-up). */
export const a3Reports = pgTable(
  'a3_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: teamRef(),
    goalId: uuid('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    ownerId: userRef('owner_id'),
    coachId: userRef('coach_id'),
    status: text('status', { enum: A3_STATUSES }).notNull().default('draft'),
    sections: jsonb('sections').$type<A3Sections>().notNull().default({}),
    createdBy: userRef('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('a3_reports_team_idx').on(t.teamId), index('a3_reports_goal_idx').on(t.goalId)],
);

/** An improvement card (seed 000 "verbeterkaartje"): problem, idea, who, date; a card on the board. */
export const improvementCards = pgTable(
  'improvement_cards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: teamRef(),
    goalId: uuid('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    problem: text('problem').notNull(),
    idea: text('idea').notNull().default(''),
    /** Who raised it (name as written on the card). */
    submittedBy: text('submitted_by').notNull().default(''),
    submittedById: userRef('submitted_by_id'),
    cardDate: date('card_date', { mode: 'string' }).notNull(),
    ownerId: userRef('owner_id'),
    columnId: uuid('column_id')
      .notNull()
      .references(() => boardColumns.id),
    position: integer('position').notNull().default(0),
    createdBy: userRef('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('improvement_cards_team_column_idx').on(t.teamId, t.columnId, t.position)],
);

/** A personal iCalendar feed token (the secret URL); only its SHA-256 is stored; revocable. */
export const calendarFeedTokens = pgTable(
  'calendar_feed_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    label: text('label').notNull().default(''),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('calendar_feed_tokens_user_idx').on(t.userId)],
);

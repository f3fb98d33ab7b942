/**
 * The improvement system (issue 6; seed 000 "Stappenplan Verbetersysteem"): goals with owners, meetings
 * and the meeting × goal matrix, occurrences with generated agendas, the performance dialogue (status
 * updates), decisions and actions, PDSA cycles, A3 reports, improvement cards and the board.
 * Pure enumerations and value types shared by the database schema, the contracts and the API.
 */

/** Big goal (the team's headline ambition) or small goal (a step towards it). */
export const GOAL_KINDS = ['big', 'small'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

/** A goal on the team's care (team) or on the improvement system itself (purpose/process/people). */
export const GOAL_SCOPES = ['team', 'improvement-system'] as const;
export type GoalScope = (typeof GOAL_SCOPES)[number];

export const GOAL_STATUSES = ['draft', 'active', 'achieved', 'stopped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Where a goal's baseline comes from: computed from the indicator's data, or entered by hand. */
export const BASELINE_SOURCES = ['computed', 'entered'] as const;
export type BaselineSource = (typeof BASELINE_SOURCES)[number];

/** An interim milestone of a goal: the value to reach by a date. */
export interface GoalMilestone {
  /** ISO date (yyyy-mm-dd). */
  date: string;
  value: number;
  label?: string | undefined;
}

/**
 * Meeting types. A clinical case discussion (MDO/MDT) is not an improvement meeting (seed 000, tips
 * of step 1): the type makes that explicit, and the matrix warns when goals are only discussed there.
 */
export const MEETING_TYPES = ['huddle', 'improvement', 'mdt', 'quality', 'management', 'other'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

/** How often a meeting recurs; `custom` uses the meeting's RRULE (RFC 5545 subset). */
export const MEETING_FREQUENCIES = ['weekly', 'biweekly', 'monthly', 'quarterly', 'custom'] as const;
export type MeetingFrequency = (typeof MEETING_FREQUENCIES)[number];

/** Meetings are planned in local (wall-clock) time of this zone; DST changes keep the local time. */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/** A matrix cell: the goal is discussed at every occurrence, every n-th occurrence, or once a quarter. */
export const MATRIX_CADENCES = ['every', 'every-nth', 'quarterly'] as const;
export type MatrixCadence = (typeof MATRIX_CADENCES)[number];

export const OCCURRENCE_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** An item the chair added to one occurrence's agenda. */
export interface ExtraAgendaItem {
  id: string;
  title: string;
  description?: string | undefined;
  durationMinutes?: number | undefined;
}

/**
 * The chair's changes to one occurrence's generated agenda: the item keys in the order to show
 * (keys not named keep their generated order after the named ones), and keys to leave out.
 */
export interface AgendaOverrides {
  order?: string[] | undefined;
  hidden?: string[] | undefined;
}

/** The owner's judgement in the performance dialogue (prestatiedialoog). */
export const GOAL_PROGRESS = ['on-track', 'at-risk', 'off-track'] as const;
export type GoalProgress = (typeof GOAL_PROGRESS)[number];

/** A link from a status update, action or decision to another record or a web address. */
export interface ImprovementLink {
  kind: 'action' | 'pdsa' | 'a3' | 'decision' | 'goal' | 'url';
  /** Record id for record links. */
  id?: string | undefined;
  /** Web address for `url` links. */
  url?: string | undefined;
  label?: string | undefined;
}

export const ACTION_STATUSES = ['open', 'doing', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Where an action comes from; `origin_id` names the record (occurrence, goal, cycle, report, gap, cycle). */
export const ACTION_ORIGINS = ['meeting', 'goal', 'pdsa', 'a3', 'maturity-gap', 'mirror-cycle'] as const;
export type ActionOrigin = (typeof ACTION_ORIGINS)[number];

/** The Act step of a PDSA cycle. */
export const PDSA_OUTCOMES = ['adopt', 'adapt', 'abandon'] as const;
export type PdsaOutcome = (typeof PDSA_OUTCOMES)[number];

export const PDSA_STATUSES = ['planned', 'running', 'completed', 'cancelled'] as const;
export type PdsaStatus = (typeof PDSA_STATUSES)[number];

/** A rebase proposed after an "adopt": never automatic, confirmed by a person with a reason. */
export const REBASE_STATUSES = ['none', 'proposed', 'confirmed', 'rejected'] as const;
export type RebaseStatus = (typeof REBASE_STATUSES)[number];

/** The classic A3 sections, in print order. */
export const A3_SECTIONS = ['background', 'current-condition', 'goal', 'root-cause', 'countermeasures', 'plan', 'follow-up'] as const;
export type A3Section = (typeof A3_SECTIONS)[number];
export const A3_STATUSES = ['draft', 'active', 'closed'] as const;
export type A3Status = (typeof A3_STATUSES)[number];

/** The content of one A3 section; `data` holds structured parts (fishbone, 5-why, plan rows, chart reference). */
export interface A3SectionContent {
  text: string;
  data?: Record<string, unknown> | undefined;
}
export type A3Sections = Partial<Record<A3Section, A3SectionContent>>;

/** The default board columns of a new team (seed 000: ideas → to do → doing → done → standardised). */
export const DEFAULT_BOARD_COLUMNS = ['ideas', 'todo', 'doing', 'done', 'standardised'] as const;

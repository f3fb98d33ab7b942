import { z } from 'zod';
import { FISHBONE_CATEGORIES, type FishboneCategory } from '@leerlus/domain/cycles/a3';
import { BOARD_ITEM_KINDS } from '@leerlus/domain/cycles/board';
/** The keyboard step of a board item (web mirrors the server's placement rules; pure). */
export { stepMove } from '@leerlus/domain/cycles/board';
import { ROLLOUT_STEPS } from '@leerlus/domain/cycles/rollout';
import { isIsoDate } from '@leerlus/domain/indicators/periods';
import {
  A3_SECTIONS,
  A3_STATUSES,
  PDSA_OUTCOMES,
  PDSA_STATUSES,
  REBASE_STATUSES,
} from '@leerlus/domain/improvement/types';
import { idSchema, localeSchema, timestampSchema } from './common';

/**
 * The second half of the improvement system (issue 6): PDSA cycles and their chart annotations, A3
 * reports, improvement cards, the improvement board, the improvement calendar with its iCalendar feed,
 * and the roll-out guide. Requests are strict (no mass assignment).
 */

const dateSchema = z.string().refine(isIsoDate, 'must be a date YYYY-MM-DD');
const text = (max: number) => z.string().trim().max(max);
const person = z.object({ id: idSchema, name: z.string() }).nullable();

// ── PDSA cycles ──────────────────────────────────────────────────────────────────────────────────

const pdsaFields = {
  goalId: idSchema,
  parentId: idSchema.nullable(),
  title: text(200).min(1),
  ownerId: idSchema.nullable(),
  status: z.enum(PDSA_STATUSES),
  changeIdea: text(4000),
  prediction: text(4000),
  measures: text(4000),
  planWho: text(500),
  planWhen: text(500),
  planWhere: text(500),
  doWhatHappened: text(4000),
  doObservations: text(4000),
  studyComparison: text(4000),
  actOutcome: z.enum(PDSA_OUTCOMES).nullable(),
  actNotes: text(4000),
  startDate: dateSchema,
  checkDate: dateSchema.nullable(),
  endDate: dateSchema.nullable(),
};
const datesInOrder = (
  c: { startDate?: string | undefined; endDate?: string | null | undefined },
  ctx: z.RefinementCtx,
) => {
  if (c.startDate && c.endDate && c.endDate < c.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before startDate' });
};
export const createPdsaRequestSchema = z
  .object({
    ...pdsaFields,
    parentId: pdsaFields.parentId.default(null),
    ownerId: pdsaFields.ownerId.default(null),
    status: pdsaFields.status.default('planned'),
  })
  .partial({
    changeIdea: true,
    prediction: true,
    measures: true,
    planWho: true,
    planWhen: true,
    planWhere: true,
    doWhatHappened: true,
    doObservations: true,
    studyComparison: true,
    actOutcome: true,
    actNotes: true,
    checkDate: true,
    endDate: true,
  })
  .strict()
  .superRefine(datesInOrder);
export type CreatePdsaRequest = z.output<typeof createPdsaRequestSchema>;
export const updatePdsaRequestSchema = z
  .object(pdsaFields)
  .omit({ goalId: true })
  .partial()
  .strict()
  .superRefine(datesInOrder);
export type UpdatePdsaRequest = z.output<typeof updatePdsaRequestSchema>;

export const pdsaSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  goal: z.object({ id: idSchema, title: z.string(), indicatorId: idSchema.nullable() }),
  parentId: idSchema.nullable(),
  rampStep: z.int(),
  title: z.string(),
  owner: person,
  status: z.enum(PDSA_STATUSES),
  changeIdea: z.string(),
  prediction: z.string(),
  measures: z.string(),
  planWho: z.string(),
  planWhen: z.string(),
  planWhere: z.string(),
  doWhatHappened: z.string(),
  doObservations: z.string(),
  studyComparison: z.string(),
  actOutcome: z.enum(PDSA_OUTCOMES).nullable(),
  actNotes: z.string(),
  startDate: z.string(),
  checkDate: z.string().nullable(),
  endDate: z.string().nullable(),
  rebase: z.object({
    status: z.enum(REBASE_STATUSES),
    from: z.string().nullable(),
    reason: z.string(),
    decidedBy: person,
    decidedAt: timestampSchema.nullable(),
  }),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Pdsa = z.infer<typeof pdsaSchema>;
export const pdsaListSchema = z.object({ cycles: z.array(pdsaSchema) });
export const pdsaQuerySchema = z
  .object({ goalId: idSchema.optional(), status: z.enum(PDSA_STATUSES).optional() })
  .strict();
export const pdsaParamsSchema = z.object({ teamId: idSchema, cycleId: idSchema }).strict();

/** Propose a new phase (rebase) after "adopt"; `from` defaults to the day after the cycle ended. */
export const proposeRebaseRequestSchema = z.object({ from: dateSchema.optional() }).strict();
/** A person confirms or rejects the proposed phase, always with a reason; may correct the start date. */
export const decideRebaseRequestSchema = z
  .object({ decision: z.enum(['confirm', 'reject']), reason: text(2000).min(1), from: dateSchema.optional() })
  .strict();

/** Chart annotations of a goal (or of every goal on an indicator) and the confirmed phase starts. */
export const chartAnnotationsQuerySchema = z
  .object({ goalId: idSchema.optional(), indicatorId: idSchema.optional() })
  .strict()
  .refine(
    (q) => (q.goalId === undefined) !== (q.indicatorId === undefined),
    'give either goalId or indicatorId',
  );
export const chartAnnotationSchema = z.object({
  kind: z.enum(['pdsa', 'rebase']),
  date: z.string(),
  label: z.string(),
  cycleId: idSchema,
  goalId: idSchema,
  rampStep: z.int(),
});
export type ChartAnnotation = z.infer<typeof chartAnnotationSchema>;
export const chartAnnotationsSchema = z.object({
  annotations: z.array(chartAnnotationSchema),
  phaseStarts: z.array(z.string()),
});
export type ChartAnnotations = z.infer<typeof chartAnnotationsSchema>;

// ── A3 reports ───────────────────────────────────────────────────────────────────────────────────

const sectionContentSchema = z
  .object({
    text: text(8000),
    data: z
      .object({
        fishbone: z
          .object(
            Object.fromEntries(
              FISHBONE_CATEGORIES.map((c) => [c, z.array(text(300)).max(20).optional()]),
            ) as Record<FishboneCategory, z.ZodOptional<z.ZodArray<z.ZodString>>>,
          )
          .strict()
          .optional(),
        whys: z.array(text(500)).max(7).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export const a3SectionsSchema = z
  .object(
    Object.fromEntries(A3_SECTIONS.map((k) => [k, sectionContentSchema.optional()])) as Record<
      (typeof A3_SECTIONS)[number],
      z.ZodOptional<typeof sectionContentSchema>
    >,
  )
  .strict();
const a3Fields = {
  goalId: idSchema.nullable(),
  title: text(200).min(1),
  ownerId: idSchema.nullable(),
  coachId: idSchema.nullable(),
  status: z.enum(A3_STATUSES),
  sections: a3SectionsSchema,
};
export const createA3RequestSchema = z
  .object(a3Fields)
  .partial({ goalId: true, ownerId: true, coachId: true, status: true, sections: true })
  .strict();
export type CreateA3Request = z.output<typeof createA3RequestSchema>;
export const updateA3RequestSchema = z.object(a3Fields).partial().strict();
export type UpdateA3Request = z.output<typeof updateA3RequestSchema>;
export const a3Schema = z.object({
  id: idSchema,
  teamId: idSchema,
  goal: z.object({ id: idSchema, title: z.string(), indicatorId: idSchema.nullable() }).nullable(),
  title: z.string(),
  owner: person,
  coach: person,
  status: z.enum(A3_STATUSES),
  sections: a3SectionsSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type A3 = z.infer<typeof a3Schema>;
export const a3ListSchema = z.object({ reports: z.array(a3Schema) });
export const a3ParamsSchema = z.object({ teamId: idSchema, reportId: idSchema }).strict();
export const a3PdfQuerySchema = z.object({ lang: localeSchema.default('nl') }).strict();

// ── Improvement cards and the board ─────────────────────────────────────────────────────────────

const cardFields = {
  goalId: idSchema.nullable(),
  problem: text(2000).min(1),
  idea: text(2000),
  submittedBy: text(200),
  cardDate: dateSchema,
  ownerId: idSchema.nullable(),
  columnId: idSchema,
};
export const createCardRequestSchema = z
  .object(cardFields)
  .partial({ goalId: true, idea: true, submittedBy: true, ownerId: true, columnId: true })
  .strict();
export type CreateCardRequest = z.output<typeof createCardRequestSchema>;
export const updateCardRequestSchema = z.object(cardFields).omit({ columnId: true }).partial().strict();
export type UpdateCardRequest = z.output<typeof updateCardRequestSchema>;
export const cardParamsSchema = z.object({ teamId: idSchema, cardId: idSchema }).strict();
export const cardSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  goalId: idSchema.nullable(),
  problem: z.string(),
  idea: z.string(),
  submittedBy: z.string(),
  cardDate: z.string(),
  owner: person,
  columnId: idSchema,
  position: z.int(),
  createdAt: timestampSchema,
});
export type Card = z.infer<typeof cardSchema>;

export const boardColumnSchema = z.object({
  id: idSchema,
  key: z.string(),
  labelNl: z.string(),
  labelEn: z.string(),
  position: z.int(),
  isDone: z.boolean(),
  wipLimit: z.int().nullable(),
});
export type BoardColumn = z.infer<typeof boardColumnSchema>;
export const boardItemSchema = z.object({
  kind: z.enum(BOARD_ITEM_KINDS),
  id: idSchema,
  columnId: idSchema,
  position: z.int(),
  title: z.string(),
  detail: z.string(),
  owner: person,
  goal: z.object({ id: idSchema, title: z.string() }).nullable(),
  /** Due date (action), check date (PDSA) or card date. */
  date: z.string().nullable(),
  status: z.string().nullable(),
});
export type BoardItem = z.infer<typeof boardItemSchema>;
export const boardSchema = z.object({
  teamId: idSchema,
  columns: z.array(boardColumnSchema.extend({ items: z.array(boardItemSchema) })),
});
export type Board = z.infer<typeof boardSchema>;
export const boardQuerySchema = z
  .object({ goalId: idSchema.optional(), ownerId: idSchema.optional() })
  .strict();
export const moveBoardItemRequestSchema = z
  .object({
    kind: z.enum(BOARD_ITEM_KINDS),
    id: idSchema,
    columnId: idSchema,
    position: z.int().min(0).max(10_000),
  })
  .strict();
export type MoveBoardItemRequest = z.infer<typeof moveBoardItemRequestSchema>;
const columnKey = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes');
export const putBoardColumnsRequestSchema = z
  .object({
    columns: z
      .array(
        z
          .object({
            id: idSchema.optional(),
            key: columnKey,
            labelNl: text(60).min(1),
            labelEn: text(60).min(1),
            isDone: z.boolean().default(false),
            wipLimit: z.int().min(1).max(100).nullable().default(null),
          })
          .strict(),
      )
      .min(1)
      .max(12),
  })
  .strict()
  .refine(
    (b) => new Set(b.columns.map((c) => c.key)).size === b.columns.length,
    'column keys must be unique',
  );
export type PutBoardColumnsRequest = z.output<typeof putBoardColumnsRequestSchema>;

// ── Calendar ─────────────────────────────────────────────────────────────────────────────────────

export const CALENDAR_ITEM_KINDS = ['meeting', 'pdsa-check', 'action-due', 'goal-deadline'] as const;
export const calendarItemSchema = z.object({
  kind: z.enum(CALENDAR_ITEM_KINDS),
  /** The record (occurrence, cycle, action, goal). */
  id: z.string(),
  teamId: idSchema,
  teamName: z.string(),
  date: z.string(),
  /** ISO instant for meetings. */
  startsAt: z.string().nullable(),
  title: z.string(),
  /** In-app path to open the item. */
  path: z.string(),
  overdue: z.boolean(),
});
export type CalendarItem = z.infer<typeof calendarItemSchema>;
export const calendarQuerySchema = z
  .object({ from: dateSchema, to: dateSchema })
  .strict()
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'must not be before from' })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 400 * 86_400_000, {
    path: ['to'],
    message: 'at most 400 days',
  });
export const calendarSchema = z.object({
  from: z.string(),
  to: z.string(),
  items: z.array(calendarItemSchema),
});
export type Calendar = z.infer<typeof calendarSchema>;

export const calendarFeedStatusSchema = z.object({
  active: z.boolean(),
  createdAt: timestampSchema.nullable(),
  lastUsedAt: timestampSchema.nullable(),
});
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusSchema>;
/** The secret URL is shown once, when (re)generated. */
export const calendarFeedCreatedSchema = calendarFeedStatusSchema.extend({ url: z.string() });
export const calendarFeedRequestSchema = z.object({ organisationId: idSchema }).strict();
export const calendarFeedParamsSchema = z
  .object({ token: z.string().regex(/^[A-Za-z0-9_-]{32,64}\.ics$/) })
  .strict();

// ── Roll-out guide ───────────────────────────────────────────────────────────────────────────────

export const rolloutSchema = z.object({
  teamId: idSchema,
  steps: z.array(
    z.object({
      step: z.enum(ROLLOUT_STEPS),
      number: z.int(),
      weeks: z.string(),
      roles: z.array(z.string()),
      checks: z.array(z.object({ key: z.string(), done: z.boolean() })),
      done: z.boolean(),
    }),
  ),
  done: z.int(),
});
export type Rollout = z.infer<typeof rolloutSchema>;

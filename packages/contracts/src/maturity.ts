import { z } from 'zod';
import { INSTRUMENT_KINDS, instrumentDefinitionSchema, ROADMAP_STAGES } from '@leerlus/domain/maturity/instrument';
import { idSchema, timestampSchema } from './common';

/**
 * Maturity and readiness (issue 7): instruments (data-defined, versioned), assessments per team,
 * append-only answers, results, comparison, readiness. The instrument definition's schema is the
 * domain's (one format for built-in and own instruments).
 */

export { instrumentDefinitionSchema };
export type InstrumentDefinition = z.output<typeof instrumentDefinitionSchema>;

const isoDate = z.iso.date();
const localized = z.object({ nl: z.string(), en: z.string() });

export const ASSESSMENT_KIND_VALUES = ['baseline', 'remeasurement'] as const;
export const ASSESSMENT_MODE_VALUES = ['individual', 'session'] as const;
export const ASSESSMENT_STATUS_VALUES = ['draft', 'submitted', 'locked'] as const;

export const instrumentSummarySchema = z.object({
  id: idSchema,
  key: z.string(),
  kind: z.enum(INSTRUMENT_KINDS),
  version: z.number().int(),
  isBuiltIn: z.boolean(),
  title: localized,
  description: localized,
  themes: z.number().int(),
  items: z.number().int(),
  recurrenceMonths: z.number().int().nullable(),
});
export type InstrumentSummary = z.infer<typeof instrumentSummarySchema>;
export const instrumentListSchema = z.object({ instruments: z.array(instrumentSummarySchema) });

export const instrumentDetailSchema = instrumentSummarySchema.extend({ definition: instrumentDefinitionSchema });
export type InstrumentDetail = z.infer<typeof instrumentDetailSchema>;

export const teamInstrumentParamsSchema = z.object({ teamId: idSchema, instrumentId: idSchema }).strict();
export const instrumentVersionQuerySchema = z.object({ version: z.coerce.number().int().min(1).optional() }).strict();
/** An organisation's own instrument; the server assigns the version (a known key gets the next one). */
export const createInstrumentRequestSchema = z.object({ definition: instrumentDefinitionSchema }).strict();

export const assessmentSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  instrumentId: idSchema,
  instrumentKey: z.string(),
  instrumentVersion: z.number().int(),
  instrumentTitle: localized,
  kind: z.enum(ASSESSMENT_KIND_VALUES),
  mode: z.enum(ASSESSMENT_MODE_VALUES),
  status: z.enum(ASSESSMENT_STATUS_VALUES),
  title: z.string(),
  measuredOn: isoDate,
  nextDueOn: isoDate.nullable(),
  createdAt: timestampSchema,
  submittedAt: timestampSchema.nullable(),
  lockedAt: timestampSchema.nullable(),
  /** Individual respondents who answered anything / who submitted. */
  respondents: z.number().int(),
  submittedRespondents: z.number().int(),
  overallPercent: z.number().nullable(),
});
export type Assessment = z.infer<typeof assessmentSchema>;
export const assessmentListSchema = z.object({ assessments: z.array(assessmentSchema) });

export const assessmentParamsSchema = z.object({ teamId: idSchema, assessmentId: idSchema }).strict();
export const assessmentListQuerySchema = z.object({ instrumentId: idSchema.optional() }).strict();

export const createAssessmentRequestSchema = z
  .object({
    instrumentId: idSchema,
    /** Default: baseline for the team's first measurement with the instrument, re-measurement after. */
    kind: z.enum(ASSESSMENT_KIND_VALUES).optional(),
    mode: z.enum(ASSESSMENT_MODE_VALUES),
    title: z.string().trim().max(200).default(''),
    measuredOn: isoDate.optional(),
    /** Default: measuredOn + the instrument's rhythm (QuickScan: 6 months); null = none. */
    nextDueOn: isoDate.nullable().optional(),
  })
  .strict();
export type CreateAssessmentRequest = z.input<typeof createAssessmentRequestSchema>;

export const updateAssessmentRequestSchema = z
  .object({ title: z.string().trim().max(200), measuredOn: isoDate, nextDueOn: isoDate.nullable() })
  .partial()
  .strict()
  .refine((r) => Object.keys(r).length > 0, 'change at least one field');

export const answerValueSchema = z.union([z.number().int().min(0).max(100), z.literal('na')]);

export const answerInputSchema = z
  .object({
    itemId: z.string().min(1).max(60),
    value: answerValueSchema,
    evidence: z.string().trim().max(4000).default(''),
    comment: z.string().trim().max(4000).default(''),
  })
  .strict();
export const saveAnswersRequestSchema = z.object({ answers: z.array(answerInputSchema).min(1).max(200) }).strict();
export type SaveAnswersRequest = z.input<typeof saveAnswersRequestSchema>;

export const answerSchema = z.object({
  itemId: z.string(),
  value: answerValueSchema,
  evidence: z.string(),
  comment: z.string(),
  version: z.number().int(),
  answeredAt: timestampSchema,
  answeredBy: z.string().nullable(),
});
export type Answer = z.infer<typeof answerSchema>;

export const assessmentDetailSchema = z.object({
  assessment: assessmentSchema,
  definition: instrumentDefinitionSchema,
  /** The caller's current answers (session mode: the team's). */
  answers: z.array(answerSchema),
  /** Has the caller submitted their individual answers? */
  isSubmittedByMe: z.boolean(),
  canAnswer: z.boolean(),
  canManage: z.boolean(),
});
export type AssessmentDetail = z.infer<typeof assessmentDetailSchema>;

export const answerHistorySchema = z.object({ versions: z.array(answerSchema.extend({ respondent: z.string().nullable() })) });

const itemScoreSchema = z.object({
  itemId: z.string(),
  themeId: z.string(),
  stage: z.enum(ROADMAP_STAGES).nullable(),
  respondents: z.number().int(),
  notApplicable: z.number().int(),
  distribution: z.array(z.object({ value: z.number(), count: z.number().int() })),
  mean: z.number().nullable(),
  median: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  percent: z.number().nullable(),
  spreadSteps: z.number().nullable(),
  isDisagreement: z.boolean(),
  target: z.number(),
  status: z.enum(['unanswered', 'not-applicable', 'below-target', 'on-target']),
  /** Evidence and comments given with the current answers. */
  notes: z.array(z.object({ evidence: z.string(), comment: z.string() })),
});

const themeScoreSchema = z.object({
  themeId: z.string(),
  items: z.number().int(),
  answered: z.number().int(),
  notApplicable: z.number().int(),
  unanswered: z.number().int(),
  mean: z.number().nullable(),
  percent: z.number().nullable(),
  belowTarget: z.number().int(),
  disagreements: z.number().int(),
  onTarget: z.number().int(),
});

const directionSchema = z.enum(['up', 'down', 'same', 'unknown']);

export const gapSchema = z.object({
  itemId: z.string(),
  themeId: z.string(),
  stage: z.enum(ROADMAP_STAGES).nullable(),
  value: z.number(),
  target: z.number(),
  gapPercent: z.number(),
  isDisagreement: z.boolean(),
  /** The action made from this gap, if any. */
  actionId: idSchema.nullable(),
});
export type Gap = z.infer<typeof gapSchema>;

export const readinessSchema = z.object({
  isReady: z.boolean(),
  missingMustHaves: z.array(z.string()),
  mustHaves: z.array(z.object({ itemId: z.string(), status: z.string() })),
  niceToHaves: z.array(z.object({ itemId: z.string(), status: z.string() })),
  niceToHavesPresent: z.number().int(),
});

export const assessmentResultsSchema = z.object({
  assessment: assessmentSchema,
  definition: instrumentDefinitionSchema,
  respondents: z.number().int(),
  overall: z.object({ mean: z.number().nullable(), percent: z.number().nullable(), answered: z.number().int(), notApplicable: z.number().int(), items: z.number().int(), completeness: z.number() }),
  themes: z.array(themeScoreSchema),
  items: z.array(itemScoreSchema),
  stages: z.array(z.object({ stage: z.enum(ROADMAP_STAGES), items: z.number().int(), onTarget: z.number().int(), percent: z.number().nullable() })),
  gaps: z.array(gapSchema),
  findings: z.object({ kinds: z.array(z.string()), nl: z.array(z.string()), en: z.array(z.string()) }),
  readiness: readinessSchema.nullable(),
  /** Radar: this measurement and the team's earlier submitted measurements with the same instrument, oldest first. */
  radar: z.object({
    axes: z.array(z.object({ themeId: z.string(), title: localized })),
    series: z.array(z.object({ assessmentId: idSchema, measuredOn: isoDate, kind: z.enum(ASSESSMENT_KIND_VALUES), isCurrent: z.boolean(), values: z.array(z.number().nullable()) })),
  }),
  trends: z.array(
    z.object({
      themeId: z.string(),
      points: z.array(z.object({ measurementId: idSchema, date: isoDate, percent: z.number().nullable() })),
      delta: z.number().nullable(),
      direction: directionSchema,
    }),
  ),
  overallTrend: z.object({ delta: z.number().nullable(), direction: directionSchema }),
});
export type AssessmentResults = z.infer<typeof assessmentResultsSchema>;

const spreadSchema = z.object({ n: z.number().int(), min: z.number().nullable(), q1: z.number().nullable(), median: z.number().nullable(), q3: z.number().nullable(), max: z.number().nullable() });

export const comparisonQuerySchema = z.object({ instrumentId: idSchema }).strict();
export const comparisonSchema = z.object({
  instrument: instrumentSummarySchema,
  entries: z.array(
    z.object({
      teamId: idSchema.nullable(),
      label: z.string(),
      isOwn: z.boolean(),
      isAnonymous: z.boolean(),
      overallPercent: z.number().nullable(),
      themes: z.array(z.object({ themeId: z.string(), percent: z.number().nullable() })),
    }),
  ),
  overall: spreadSchema,
  themes: z.array(spreadSchema.extend({ themeId: z.string() })),
  own: z.object({ rank: z.number().int().nullable(), of: z.number().int(), percentile: z.number().nullable() }).nullable(),
  sharesComparison: z.boolean(),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const sharingSchema = z.object({ sharesComparison: z.boolean() }).strict();

export const readinessSummarySchema = z.object({
  /** The latest readiness (must-haves) measurement; null when the team has none. */
  readiness: readinessSchema.extend({ assessmentId: idSchema, measuredOn: isoDate, status: z.enum(ASSESSMENT_STATUS_VALUES) }).nullable(),
  mustHaveTexts: z.array(z.object({ itemId: z.string(), text: localized })),
  /** Per instrument the latest measurement and the next due date. */
  instruments: z.array(
    z.object({
      instrumentId: idSchema,
      key: z.string(),
      title: localized,
      latest: z.object({ assessmentId: idSchema, measuredOn: isoDate, status: z.enum(ASSESSMENT_STATUS_VALUES), overallPercent: z.number().nullable() }).nullable(),
      nextDueOn: isoDate.nullable(),
      isOverdue: z.boolean(),
    }),
  ),
});
export type ReadinessSummary = z.infer<typeof readinessSummarySchema>;

export const exportQuerySchema = z.object({ locale: z.enum(['nl', 'en']).default('nl') }).strict();

export const gapParamsSchema = z.object({ teamId: idSchema, assessmentId: idSchema, itemId: z.string().min(1).max(60) }).strict();
/** Turning a gap into an action on the team's board; the title defaults to the item's text. */
export const createGapActionRequestSchema = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    description: z.string().trim().max(4000).optional(),
    ownerId: idSchema.nullable().optional(),
    dueDate: isoDate.nullable().optional(),
    locale: z.enum(['nl', 'en']).default('nl'),
  })
  .strict();
export const gapActionSchema = z.object({ actionId: idSchema, assessmentId: idSchema, itemId: z.string(), title: z.string() });
export type GapAction = z.infer<typeof gapActionSchema>;

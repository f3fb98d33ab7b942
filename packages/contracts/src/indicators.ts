import { z } from 'zod';
import { CASE_MIX_TYPES } from '@leerlus/domain/indicators/case-mix';
import { GOAL_DOMAINS } from '@leerlus/domain/indicators/coverage';
import { CODE_PATTERN, definitionIssues } from '@leerlus/domain/indicators/definition';
import { GRANULARITIES, IMPROVEMENT_DIRECTIONS, INDICATOR_CHARTS, INDICATOR_KINDS, MEASURES } from '@leerlus/domain/indicators/types';
import { idSchema, timestampSchema } from './common';

/**
 * The indicator catalogue, outcome sets and a team's adopted indicators (issue 5). Definitions are
 * checked for shape here and across fields by the domain's definitionIssues, each problem with the
 * path of the offending field.
 */

export const indicatorKindSchema = z.enum(INDICATOR_KINDS);
export const measureSchema = z.enum(MEASURES);
export const granularitySchema = z.enum(GRANULARITIES);
export const improvementSchema = z.enum(IMPROVEMENT_DIRECTIONS);
export const indicatorChartSchema = z.enum(INDICATOR_CHARTS);
export const codeSchema = z.string().regex(CODE_PATTERN, 'use letters, digits and . _ : - (at most 100)');

export const valueFilterSchema = z.discriminatedUnion('op', [
  z.object({ op: z.enum(['eq', 'ne', 'lt', 'lte', 'gt', 'gte']), value: z.number() }).strict(),
  z.object({ op: z.literal('between'), min: z.number(), max: z.number() }).strict(),
  z.object({ op: z.literal('in'), values: z.array(z.string().max(200)).max(100) }).strict(),
]);

export const indicatorDefinitionSchema = z
  .object({
    observationCode: codeSchema,
    periodGranularity: granularitySchema,
    timepoint: z.string().trim().min(1).max(50).optional(),
    numeratorFilter: valueFilterSchema.optional(),
    denominatorFilter: valueFilterSchema.optional(),
    exposureCode: codeSchema.optional(),
    multiplier: z.number().positive().max(1e9).optional(),
  })
  .strict();

const text = (max: number) => z.string().trim().max(max);
const indicatorFields = {
  code: codeSchema,
  nameNl: text(200).min(1),
  nameEn: text(200).min(1),
  description: text(4000).default(''),
  kind: indicatorKindSchema,
  unit: text(50).default(''),
  measure: measureSchema,
  definition: indicatorDefinitionSchema,
  improvement: improvementSchema.default('neutral'),
  chartType: indicatorChartSchema.nullable().default(null),
  source: text(500).default(''),
};

/** Defining an indicator; the measure, definition and chart type are checked together. */
export const createIndicatorRequestSchema = z
  .object(indicatorFields)
  .strict()
  .superRefine((r, ctx) => {
    for (const issue of definitionIssues(r.measure, r.definition, r.chartType)) {
      ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
    }
  });
export type CreateIndicatorRequest = z.output<typeof createIndicatorRequestSchema>;

/**
 * Changing an indicator (the code is its identity in imports and stays). A change to the measure,
 * unit, definition, improvement direction or chart type makes a new version; the API checks the
 * result of the change with the domain's definitionIssues.
 */
export const updateIndicatorRequestSchema = z
  .object({
    nameNl: indicatorFields.nameNl,
    nameEn: indicatorFields.nameEn,
    description: text(4000),
    kind: indicatorKindSchema,
    unit: text(50),
    measure: measureSchema,
    definition: indicatorDefinitionSchema,
    improvement: improvementSchema,
    chartType: indicatorChartSchema.nullable(),
    source: text(500),
  })
  .partial()
  .strict();
export type UpdateIndicatorRequest = z.output<typeof updateIndicatorRequestSchema>;

export const indicatorSchema = z.object({
  id: idSchema,
  organisationId: idSchema.nullable(),
  code: z.string(),
  nameNl: z.string(),
  nameEn: z.string(),
  description: z.string(),
  kind: indicatorKindSchema,
  unit: z.string(),
  measure: measureSchema,
  definition: indicatorDefinitionSchema,
  improvement: improvementSchema,
  chartType: indicatorChartSchema.nullable(),
  /** The chart used: the override, or the measure's default. */
  effectiveChartType: indicatorChartSchema,
  source: z.string(),
  version: z.int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorVersionSchema = z.object({
  version: z.int(),
  measure: measureSchema,
  unit: z.string(),
  definition: indicatorDefinitionSchema,
  improvement: improvementSchema,
  chartType: indicatorChartSchema.nullable(),
  changedAt: timestampSchema,
  changedBy: idSchema.nullable(),
});

export const indicatorDetailSchema = indicatorSchema.extend({
  /** Every version, newest first (the current one included). */
  versions: z.array(indicatorVersionSchema),
  /** Teams of the organisation that track it. */
  teamIds: z.array(idSchema),
});
export type IndicatorDetail = z.infer<typeof indicatorDetailSchema>;

export const indicatorParamsSchema = z.object({ organisationId: idSchema, indicatorId: idSchema }).strict();
export const outcomeSetParamsSchema = z.object({ organisationId: idSchema, outcomeSetId: idSchema }).strict();
export const teamIndicatorParamsSchema = z.object({ teamId: idSchema, indicatorId: idSchema }).strict();

export const outcomeSetSummarySchema = z.object({
  id: idSchema,
  /** null for a template of the shared library. */
  organisationId: idSchema.nullable(),
  isTemplate: z.boolean(),
  templateId: idSchema.nullable(),
  name: z.string(),
  condition: z.string(),
  description: z.string(),
  indicatorCount: z.int(),
});
export type OutcomeSetSummary = z.infer<typeof outcomeSetSummarySchema>;

export const caseMixVariableSchema = z.object({ code: z.string(), label: z.string(), type: z.enum(CASE_MIX_TYPES) });

export const outcomeSetDetailSchema = outcomeSetSummarySchema.extend({
  indicators: z.array(z.object({ indicator: indicatorSchema, timepoints: z.array(z.string()) })),
  caseMix: z.array(caseMixVariableSchema),
});
export type OutcomeSetDetail = z.infer<typeof outcomeSetDetailSchema>;

export const goalDomainCoverageSchema = z.object({
  covered: z.array(z.enum(GOAL_DOMAINS)),
  missing: z.array(z.enum(GOAL_DOMAINS)),
  isComplete: z.boolean(),
});

export const teamIndicatorSchema = z.object({ indicator: indicatorSchema, adoptedAt: timestampSchema });
export const teamIndicatorsSchema = z.object({
  indicators: z.array(teamIndicatorSchema),
  /** Which goal domains of the minimal goal set the adopted indicators cover. */
  coverage: goalDomainCoverageSchema,
});
export type TeamIndicators = z.infer<typeof teamIndicatorsSchema>;

/** Adopting every indicator of an outcome set at once. */
export const adoptOutcomeSetRequestSchema = z.object({ outcomeSetId: idSchema }).strict();

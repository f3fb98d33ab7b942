import { z } from 'zod';
import { SEXES } from '@leerlus/domain/indicators/case-mix';
import { isoDateSchema } from './common';
import { qualityFactsSchema } from './data-quality';
import {
  caseMixVariableSchema,
  goalDomainCoverageSchema,
  granularitySchema,
  indicatorSchema,
} from './indicators';
import { spcResultSchema, spcWarningSchema } from './spc';

/**
 * The team dashboard (summary icon table) and one indicator's chart data. Case-mix filters come as
 * query parameters: `ageMin`, `ageMax`, `sex` (repeatable) and `caseMix` (repeatable,
 * `code:value` or `code:min..max`).
 */

/** A query parameter given once (a string) or repeated (an array): always an array. */
const repeatable = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item).max(20)]).transform((v) => (Array.isArray(v) ? v : [v]));

/** The dashboard's filters: period and case mix. */
export const dashboardFilterShape = {
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  ageMin: z.coerce.number().int().min(0).max(130).optional(),
  ageMax: z.coerce.number().int().min(0).max(130).optional(),
  sex: repeatable(z.enum(SEXES)).optional(),
  caseMix: repeatable(z.string().min(3).max(120)).optional(),
};

/** Cross-field checks of the filters (from ≤ to, ageMin ≤ ageMax), for every query built on dashboardFilterShape. */
export function refineDashboardFilters(
  q: {
    from?: string | undefined;
    to?: string | undefined;
    ageMin?: number | undefined;
    ageMax?: number | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  if (q.from !== undefined && q.to !== undefined && q.from > q.to)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  if (q.ageMin !== undefined && q.ageMax !== undefined && q.ageMin > q.ageMax)
    ctx.addIssue({ code: 'custom', path: ['ageMax'], message: 'must not be below ageMin' });
}

export const dashboardQuerySchema = z
  .object(dashboardFilterShape)
  .strict()
  .superRefine(refineDashboardFilters);
export type DashboardQuery = z.output<typeof dashboardQuerySchema>;

export const seriesSourceSchema = z.enum(['patient-level', 'aggregate', 'mixed', 'none']);

export const latestValueSchema = z.object({
  periodStart: z.string(),
  label: z.string(),
  /** On the display scale (percent for proportions unless the definition says otherwise). */
  value: z.number(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  n: z.int().nullable(),
});

export const dashboardRowSchema = z.object({
  indicator: indicatorSchema,
  latest: latestValueSchema.nullable(),
  /** The goal's target comes with the improvement system; null until then. */
  target: z.number().nullable(),
  spc: z
    .object({
      chart: z.string(),
      variation: spcResultSchema.shape.variation,
      assurance: spcResultSchema.shape.assurance,
      warnings: z.array(spcWarningSchema),
    })
    .nullable(),
  /** Observations counted over the shown periods (null when the data are aggregates only). */
  n: z.int().nullable(),
  periods: z.int(),
  source: seriesSourceSchema,
  /** When the newest contributing row was written. */
  lastUpdated: z.string().nullable(),
  /** N, completeness, delay and last update of the indicator's data (not case-mix filtered). */
  quality: qualityFactsSchema,
});
export type DashboardRow = z.infer<typeof dashboardRowSchema>;

export const dashboardSchema = z.object({
  teamId: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** True when a case-mix filter is active: imported aggregates cannot be split and are left out. */
  caseMixFiltered: z.boolean(),
  coverage: goalDomainCoverageSchema,
  /** The case-mix variables of the outcome sets behind the team's indicators (filter fields besides age and sex). */
  caseMixFields: z.array(caseMixVariableSchema),
  rows: z.array(dashboardRowSchema),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const seriesPointSchema = z.object({
  periodStart: z.string(),
  label: z.string(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** Unscaled (a proportion as a fraction); the chart's points carry the display scale. */
  value: z.number().nullable(),
  n: z.int().nullable(),
  source: z.enum(['patient-level', 'aggregate']).nullable(),
  indicatorVersion: z.int().nullable(),
});

export const indicatorSeriesSchema = z.object({
  indicator: indicatorSchema,
  granularity: granularitySchema,
  multiplier: z.number(),
  caseMixFiltered: z.boolean(),
  points: z.array(seriesPointSchema),
  /** The SPC chart of the points; null when there are none. */
  spc: spcResultSchema.nullable(),
});
export type IndicatorSeries = z.infer<typeof indicatorSeriesSchema>;

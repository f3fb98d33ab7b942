import { z } from 'zod';
import { SEXES } from '@leerlus/domain/indicators/case-mix';
import { isIsoDate } from '@leerlus/domain/indicators/periods';
import { idSchema } from './common';
import { dashboardFilterShape, latestValueSchema, refineDashboardFilters } from './dashboard';
import { qualityFactsSchema } from './data-quality';
import { indicatorSchema } from './indicators';
import { spcResultSchema } from './spc';
import { tabularExportQuery } from './tabular-export';

/**
 * The views around the team dashboard: the data export of a chart, the drill-down to the
 * contributing (pseudonymised) patients of one period, and the organisation overview.
 */

/** A chart's data as CSV or XLSX, with the dashboard's filters. */
export const seriesExportQuerySchema = z
  .object({ ...dashboardFilterShape, ...tabularExportQuery.shape })
  .strict()
  .superRefine(refineDashboardFilters);
export type SeriesExportQuery = z.output<typeof seriesExportQuerySchema>;

/** The drill-down's period (any date in it) and the dashboard's case-mix filters. */
export const drillDownQuerySchema = z
  .object({
    ...dashboardFilterShape,
    period: z.string().refine(isIsoDate, 'must be a date YYYY-MM-DD'),
  })
  .omit({ from: true, to: true })
  .strict()
  .superRefine(refineDashboardFilters);
export type DrillDownQuery = z.output<typeof drillDownQuerySchema>;

export const drillDownRowSchema = z.object({
  pseudonym: z.string(),
  birthYear: z.int().nullable(),
  sex: z.enum(SEXES).nullable(),
  carePath: z.string().nullable(),
  episodeStart: z.string().nullable(),
  effectiveDate: z.string(),
  code: z.string(),
  timepoint: z.string().nullable(),
  valueNumber: z.number().nullable(),
  valueText: z.string().nullable(),
  /** For a proportion: counted in the numerator. Null for other measures and for exposure rows. */
  inNumerator: z.boolean().nullable(),
});
export type DrillDownRow = z.infer<typeof drillDownRowSchema>;

/** The observations behind one period's figure (a read of patient data: audited). */
export const drillDownSchema = z.object({
  indicator: indicatorSchema,
  periodStart: z.string(),
  label: z.string(),
  /** All contributing observations (the list holds at most `limit` of them). */
  total: z.int(),
  limit: z.int(),
  rows: z.array(drillDownRowSchema),
});
export type DrillDown = z.infer<typeof drillDownSchema>;

export const overviewCellSchema = z.object({
  teamId: idSchema,
  latest: latestValueSchema.nullable(),
  variation: spcResultSchema.shape.variation.nullable(),
  assurance: spcResultSchema.shape.assurance.nullable(),
  n: z.int().nullable(),
  completeness: qualityFactsSchema.shape.completeness,
});
export type OverviewCell = z.infer<typeof overviewCellSchema>;

/** Indicators × teams of an organisation (for managers): one cell per team that tracks the indicator. */
export const organisationOverviewSchema = z.object({
  organisationId: idSchema,
  teams: z.array(z.object({ id: idSchema, name: z.string() })),
  rows: z.array(z.object({ indicator: indicatorSchema, cells: z.array(overviewCellSchema) })),
});
export type OrganisationOverview = z.infer<typeof organisationOverviewSchema>;

export const overviewQuerySchema = z
  .object({ from: dashboardFilterShape.from, to: dashboardFilterShape.to })
  .strict()
  .superRefine(refineDashboardFilters);

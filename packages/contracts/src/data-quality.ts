import { z } from 'zod';
import { indicatorSchema } from './indicators';

/**
 * Data quality per team × indicator (issue 5): N, completeness (observations present at the
 * indicator's timepoint vs expected from the team's episodes), delay from event to import, last update.
 */
export const qualityFactsSchema = z.object({
  /** Patient-level observations in the shown periods. */
  n: z.int(),
  /** Imported aggregate periods in the shown periods. */
  aggregatePeriods: z.int(),
  /** Observations expected from episodes whose timepoint has passed; null when episodes set no expectation. */
  expected: z.int().nullable(),
  present: z.int().nullable(),
  /** present / expected (0..1); null when nothing is expected. */
  completeness: z.number().nullable(),
  /** Median days from the event (or the end of an aggregate's period) to its import. */
  medianDelayDays: z.number().nullable(),
  /** When the newest row was written (ISO timestamp). */
  lastUpdated: z.string().nullable(),
});
export type QualityFacts = z.infer<typeof qualityFactsSchema>;

export const qualityGapSchema = z.object({
  periodStart: z.string(),
  label: z.string(),
  expected: z.int(),
  present: z.int(),
  missing: z.int(),
  completeness: z.number(),
});

export const dataQualityRowSchema = z.object({
  indicator: indicatorSchema,
  quality: qualityFactsSchema,
  /** The periods with the most missing observations, worst first. */
  worstPeriods: z.array(qualityGapSchema),
});
export type DataQualityRow = z.infer<typeof dataQualityRowSchema>;

/** The data-quality page: the team's indicators, the worst gaps first. */
export const dataQualitySchema = z.object({
  teamId: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  rows: z.array(dataQualityRowSchema),
});
export type DataQuality = z.infer<typeof dataQualitySchema>;

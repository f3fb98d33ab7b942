import { z } from 'zod';
import { localeSchema } from './common';
import { spcResultSchema } from './spc';

/**
 * `POST /api/v1/spc/explain?locale=nl|en`: the `spc` result of the contract plus the engine's plain-language
 * explanations in one language, for the app's charts (tooltips, the table of signals, the rebase suggestion).
 * `POST /api/v1/spc` itself keeps exactly the contract's result shape.
 */

export const spcExplainQuerySchema = z.object({ locale: localeSchema.default('nl') }).strict();
export type SpcExplainQuery = z.output<typeof spcExplainQuerySchema>;

/** Sentences for one flagged point (only points with at least one sentence are listed). */
export const spcPointExplanationSchema = z.object({ index: z.int(), sentences: z.array(z.string()) });

/** Sentences for one phase: Anhøj runs signals and trial limits (only phases with sentences are listed). */
export const spcPhaseExplanationSchema = z.object({ phase: z.int(), sentences: z.array(z.string()) });

/** A suggested new phase (never applied automatically: a person confirms it). */
export const spcRebaseExplanationSchema = z.object({
  index: z.int().describe('0-based index where the new phase would start (for the request\u2019s `phases`)'),
  rule: z.enum(['shift', 'runs']),
  length: z.int(),
  side: z.enum(['above', 'below']),
  sentence: z.string(),
});

export const spcExplanationsSchema = z.object({
  locale: localeSchema,
  chart: z.array(z.string()).describe('about the chart as a whole, e.g. why p-chart limits vary'),
  phases: z.array(spcPhaseExplanationSchema),
  points: z.array(spcPointExplanationSchema),
  rebase: spcRebaseExplanationSchema.nullable(),
});
export type SpcExplanations = z.output<typeof spcExplanationsSchema>;

/** The answer of `POST /api/v1/spc/explain`. */
export const spcExplainedSchema = z.object({ result: spcResultSchema, explanations: spcExplanationsSchema });
export type SpcExplained = z.output<typeof spcExplainedSchema>;

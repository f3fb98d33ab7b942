import { z } from 'zod';
import type { SpcRequest as DomainSpcRequest, SpcResult as DomainSpcResult } from '@leerlus/domain/spc/index';

/**
 * The `spc` request and result of the contract (/work/shared/spc-contract.md), used by the CLI
 * (`leerlus spc`), POST /api/v1/spc and its OpenAPI document. Unknown fields are rejected at every level.
 */

/** At most a million points per series (the engine's benchmark size). */
const MAX_POINTS = 1_000_000;

/** Chart types: run, XmR individuals (i), moving range (mr), p, Laney p′ (pp), u, Laney u′ (up), c. */
export const spcChartSchema = z.enum(['run', 'i', 'mr', 'p', 'pp', 'u', 'up', 'c']);
/** Named conventions: MDC (NHSRplotthedots), the MDC Excel tool, qicharts2, PowerBI-SPC. */
export const spcPresetSchema = z.enum(['mdc', 'mdc-excel', 'qic', 'pbi-spc']);
/** Which direction of change is an improvement (default neutral). */
export const spcImprovementSchema = z.enum(['increase', 'decrease', 'neutral']);

/** A rule length (N points in a row) or false to switch the rule off. */
const ruleLength = z.union([z.int().min(2).max(100), z.literal(false)]);

/** Per-rule overrides of the preset; `false` switches a rule off. */
export const spcRulesSchema = z
  .object({
    outside: z.boolean().optional(),
    shift: ruleLength.optional(),
    trend: ruleLength.optional(),
    trendTies: z.enum(['break', 'skip']).optional(),
    twoOfThree: z.union([z.enum(['mdc2023', 'mdc2019', 'beyond2sigma']), z.literal(false)]).optional(),
    anhoej: z.boolean().optional(),
  })
  .strict();

/** Overrides of the preset's calculation conventions. */
export const spcOptionsSchema = z
  .object({
    xmrConstant: z.enum(['2.66', '3/1.128']).optional(),
    screenMovingRanges: z.boolean().optional(),
    centre: z.enum(['mean', 'median']).optional(),
    rules: spcRulesSchema.optional(),
  })
  .strict();

/** Freeze centre and limits on the first `points` points of each phase (default) or of the series. */
export const spcBaselineSchema = z
  .object({ points: z.int().min(1).max(MAX_POINTS), scope: z.enum(['phase', 'series']).default('phase') })
  .strict();

const ATTRIBUTE_CHARTS = new Set(['p', 'pp', 'u', 'up']);
const COUNT_CHARTS = new Set(['p', 'pp', 'u', 'up', 'c']);
const PROPORTION_CHARTS = new Set(['p', 'pp']);

const requestObject = z
  .object({
    chart: spcChartSchema,
    values: z.array(z.number().nullable()).min(1).max(MAX_POINTS),
    denominators: z.array(z.number().nullable()).max(MAX_POINTS).optional(),
    labels: z.array(z.string().max(200)).max(MAX_POINTS).optional(),
    phases: z.array(z.int()).optional(),
    baseline: spcBaselineSchema.optional(),
    exclude: z.array(z.int()).optional(),
    multiplier: z.number().positive().optional(),
    improvement: spcImprovementSchema.optional(),
    target: z.number().optional(),
    preset: spcPresetSchema.optional(),
    options: spcOptionsSchema.optional(),
  })
  .strict();

type RequestShape = z.output<typeof requestObject>;
type Ctx = z.core.$RefinementCtx<RequestShape>;

function issue(ctx: Ctx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

function checkDenominators(r: RequestShape, ctx: Ctx): void {
  const den = r.denominators;
  if (den === undefined) {
    if (ATTRIBUTE_CHARTS.has(r.chart)) issue(ctx, ['denominators'], `required for a ${r.chart} chart`);
    return;
  }
  if (r.chart === 'c')
    return issue(ctx, ['denominators'], 'not allowed for a c chart (use u for counts per unit)');
  if (den.length !== r.values.length) {
    return issue(
      ctx,
      ['denominators'],
      `must have the same length as values (${den.length} ≠ ${r.values.length})`,
    );
  }
  den.forEach((d, k) => {
    const v = r.values[k];
    if (d !== null && d < 0) issue(ctx, ['denominators', k], 'must not be negative');
    if (d === null && v !== null) issue(ctx, ['denominators', k], 'missing while the value is given');
    if (PROPORTION_CHARTS.has(r.chart) && d !== null && v != null && v > d) {
      issue(ctx, ['values', k], `numerator ${v} exceeds its denominator ${d}`);
    }
  });
}

function checkValues(r: RequestShape, ctx: Ctx): void {
  if (!COUNT_CHARTS.has(r.chart)) return;
  r.values.forEach((v, k) => {
    if (v !== null && v < 0) issue(ctx, ['values', k], `a count must not be negative for a ${r.chart} chart`);
  });
}

function checkIndices(r: RequestShape, ctx: Ctx): void {
  const n = r.values.length;
  if (r.labels !== undefined && r.labels.length !== n) {
    issue(ctx, ['labels'], `must have the same length as values (${r.labels.length} ≠ ${n})`);
  }
  r.phases?.forEach((p, k) => {
    if (p <= 0 || p >= n)
      issue(ctx, ['phases', k], `a phase start must be > 0 and < ${n} (the number of values)`);
    else if (k > 0 && p <= r.phases![k - 1]!)
      issue(ctx, ['phases', k], 'phase starts must be strictly increasing');
  });
  r.exclude?.forEach((e, k) => {
    if (e < 0 || e >= n) issue(ctx, ['exclude', k], `an excluded index must be ≥ 0 and < ${n}`);
  });
}

/** The `spc` request: shape, then cross-field checks, each issue with the path of the offending field. */
export const spcRequestSchema = requestObject.superRefine((r, ctx) => {
  checkDenominators(r, ctx);
  checkValues(r, ctx);
  checkIndices(r, ctx);
});
/** A request as sent (before defaults). */
export type SpcRequestInput = z.input<typeof spcRequestSchema>;
/** A validated request, ready for computeSpc. */
export type SpcRequest = z.output<typeof spcRequestSchema>;

const num = z.number().nullable();

/** The rules that fired for a point. */
export const spcSignalsSchema = z.object({
  outside: z.boolean(),
  shift: z.boolean(),
  trend: z.boolean(),
  twoOfThree: z.boolean(),
});

/** One point of the result (numbers on the multiplied scale; null where there is none). */
export const spcPointSchema = z.object({
  index: z.int(),
  label: z.string().nullable(),
  value: num,
  phase: z.int(),
  excluded: z.boolean(),
  centre: num,
  lower: num.describe('3-sigma lower limit'),
  upper: num.describe('3-sigma upper limit'),
  lower2: num,
  upper2: num,
  lower1: num,
  upper1: num,
  signals: spcSignalsSchema,
  type: z.enum(['common', 'improvement', 'concern', 'neutral']),
});

/** Anhøj runs analysis of a phase. */
export const spcRunsSchema = z.object({
  nObs: z.int(),
  nUseful: z.int(),
  longestRun: z.int(),
  longestRunMax: z.int().nullable(),
  crossings: z.int(),
  crossingsMin: z.int().nullable(),
  signal: z.boolean(),
});

/** Stable warning codes. */
export const spcWarningSchema = z.enum(['trial-limits', 'no-usable-points', 'zero-denominator']);

/** One phase (rebase group) of the result. */
export const spcPhaseSchema = z.object({
  start: z.int(),
  end: z.int(),
  centre: num,
  lower: num.describe('when the same for every point of the phase, else null'),
  upper: num.describe('when the same for every point of the phase, else null'),
  meanMovingRange: num.describe('i/mr/pp/up only (pp/up: of the z-scores)'),
  runs: spcRunsSchema.nullable().describe('Anhøj runs analysis; null when it is off'),
  warnings: z.array(spcWarningSchema),
});

/** The `spc` result (for the OpenAPI document and response serialisation). */
export const spcResultSchema = z.object({
  chart: spcChartSchema,
  points: z.array(spcPointSchema),
  phases: z.array(spcPhaseSchema),
  variation: z.enum([
    'common',
    'improvement-high',
    'improvement-low',
    'concern-high',
    'concern-low',
    'neutral-high',
    'neutral-low',
  ]),
  assurance: z.enum(['pass', 'fail', 'inconsistent']).nullable(),
  warnings: z.array(spcWarningSchema),
});
/** The `spc` result as the schema describes it (the domain's SpcResult satisfies it). */
export type SpcResult = z.output<typeof spcResultSchema>;

// Compile-time checks: a parsed request is a valid domain input, and a domain result fits the schema.
type Assert<T extends true> = T;
type Extends<A, B> = [A] extends [B] ? true : false;
type _SpcRequestFitsDomain = Assert<Extends<SpcRequest, DomainSpcRequest>>;
type _SpcResultFitsSchema = Assert<Extends<DomainSpcResult, SpcResult>>;

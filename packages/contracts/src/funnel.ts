import { z } from 'zod';
import {
  isLimitsMethodAllowed,
  isTargetInRange,
  isZScoreScaleAllowed,
  type FunnelRequest,
  type FunnelResult,
} from '@leerlus/domain/funnel/index';

/*
 * The funnel request and result of the SPC contract (shared/spc-contract.md, "funnel request and
 * result"): one schema for the CLI (`leerlus funnel`), the API (POST /api/v1/funnel) and OpenAPI.
 * Unknown fields are rejected at every level; cross-field rules report the exact path.
 */

const FUNNEL_TYPES = ['ratio', 'proportion', 'rate'] as const;
const LIMITS_METHODS = ['exact', 'normal', 'wilson', 'byar'] as const;
const Z_SCORE_SCALES = ['none', 'log', 'sqrt', 'arcsine'] as const;

/** Bounds that keep one request to a board-sized computation. */
const MAX_UNITS = 100_000;
const MAX_CURVE_POINTS = 10_000;
const MAX_LEVELS = 10;

const countSchema = z.number().nonnegative();
const sizeSchema = z.number().positive();

/** One unit: observed/expected for ratios, numerator/denominator for proportions and rates. */
export const funnelUnitSchema = z.strictObject({
  id: z.string().min(1).max(200).describe('Unit identifier, unique within the request'),
  observed: countSchema.optional().describe('Observed count (ratio)'),
  expected: sizeSchema.optional().describe('Expected count, e.g. case-mix adjusted (ratio); the x axis'),
  numerator: countSchema.optional().describe('Events (proportion, rate)'),
  denominator: sizeSchema.optional().describe('Cases or exposure (proportion, rate); the x axis'),
});

/** Overdispersion options: method, z-score scale and optional trimming before φ (Spiegelhalter 2005). */
export const funnelOverdispersionSchema = z.strictObject({
  method: z.enum(['multiplicative', 'additive']).describe('Inflate by √φ, or add the between-unit variance τ²'),
  zScore: z.enum(Z_SCORE_SCALES).optional().describe('z-score scale; default log (ratio, rate) or arcsine (proportion)'),
  trim: z
    .strictObject({
      method: z.enum(['winsorise', 'truncate']),
      fraction: z.number().min(0).lt(0.5).describe('Fraction per tail, in [0, 0.5)'),
    })
    .optional(),
});

const funnelRequestShape = z.strictObject({
  type: z.enum(FUNNEL_TYPES),
  units: z.array(funnelUnitSchema).max(MAX_UNITS),
  target: z.number().optional().describe('On the multiplied scale; default 1 (ratio) or the pooled value'),
  levels: z.array(z.number().gt(0).lt(1)).min(1).max(MAX_LEVELS).optional().describe('Two-sided coverages; default [0.95, 0.998]'),
  limits: z.enum(LIMITS_METHODS).optional().describe('Default exact'),
  overdispersion: funnelOverdispersionSchema.optional(),
  boundary: z.enum(['within', 'outside']).optional().describe('A value on a limit: within (default) or outside'),
  multiplier: z.number().positive().optional().describe('Scales value, limits and target (not x); default 1'),
  curve: z.array(z.number().positive()).max(MAX_CURVE_POINTS).optional().describe('x values at which to return the limits'),
});

type FunnelRequestShape = z.infer<typeof funnelRequestShape>;
type Issue = { message: string; path: (string | number)[] };

const UNIT_FIELDS = {
  ratio: { required: ['observed', 'expected'], forbidden: ['numerator', 'denominator'] },
  proportion: { required: ['numerator', 'denominator'], forbidden: ['observed', 'expected'] },
  rate: { required: ['numerator', 'denominator'], forbidden: ['observed', 'expected'] },
} as const;

/** Unit fields must match the type; proportions need numerator ≤ denominator; ids are unique. */
function unitIssues(request: FunnelRequestShape): Issue[] {
  const issues: Issue[] = [];
  const { required, forbidden } = UNIT_FIELDS[request.type];
  const firstIndexById = new Map<string, number>();
  request.units.forEach((unit, i) => {
    for (const field of required) {
      if (unit[field] === undefined) issues.push({ path: ['units', i, field], message: `${request.type} units need '${field}'` });
    }
    for (const field of forbidden) {
      if (unit[field] !== undefined) {
        issues.push({ path: ['units', i, field], message: `'${field}' is not allowed for ${request.type} units (use ${required.join('/')})` });
      }
    }
    if (request.type === 'proportion' && unit.numerator !== undefined && unit.denominator !== undefined && unit.numerator > unit.denominator) {
      issues.push({ path: ['units', i, 'numerator'], message: 'numerator must not exceed denominator for a proportion' });
    }
    const first = firstIndexById.get(unit.id);
    if (first === undefined) firstIndexById.set(unit.id, i);
    else issues.push({ path: ['units', i, 'id'], message: `duplicate unit id '${unit.id}' (also units[${first}])` });
  });
  return issues;
}

/** Target presence and range, methods and scales that fit the type, distinct levels. */
function optionIssues(request: FunnelRequestShape): Issue[] {
  const issues: Issue[] = [];
  const multiplier = request.multiplier ?? 1;
  if (request.target === undefined && request.units.length === 0 && request.type !== 'ratio') {
    issues.push({ path: ['target'], message: `target is required for ${request.type} funnels without units` });
  }
  if (request.target !== undefined && !isTargetInRange(request.type, request.target / multiplier)) {
    const range = request.type === 'proportion' ? `between 0 and ${multiplier}` : request.type === 'rate' ? 'at least 0' : 'greater than 0';
    issues.push({ path: ['target'], message: `target for a ${request.type} must be ${range}` });
  }
  if (request.limits !== undefined && !isLimitsMethodAllowed(request.type, request.limits)) {
    const allowed = request.limits === 'wilson' ? 'proportions' : 'ratios and rates';
    issues.push({ path: ['limits'], message: `${request.limits} limits apply to ${allowed} only` });
  }
  const scale = request.overdispersion?.zScore;
  if (scale !== undefined && !isZScoreScaleAllowed(request.type, scale)) {
    const allowed = request.type === 'proportion' ? 'none or arcsine' : 'none, log or sqrt';
    issues.push({ path: ['overdispersion', 'zScore'], message: `z-score scale for a ${request.type} must be ${allowed}` });
  }
  request.levels?.forEach((level, i) => {
    if (request.levels!.indexOf(level) !== i) issues.push({ path: ['levels', i], message: `level ${level} is listed twice` });
  });
  return issues;
}

/** A funnel request (contract "funnel request"): strict, with cross-field checks. */
export const funnelRequestSchema = funnelRequestShape.superRefine((request, ctx) => {
  for (const issue of [...unitIssues(request), ...optionIssues(request)]) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  }
});

/** A parsed funnel request; assignable to the engine's `FunnelRequest` (checked below). */
export type FunnelRequestBody = z.infer<typeof funnelRequestSchema>;

const limitsByLevelSchema = z
  .record(z.string(), z.tuple([z.number(), z.number()]))
  .describe('[lower, upper] per level, keyed by the level ("0.95", "0.998")');
const classificationSchema = z.enum(['within', 'high', 'low']);

/** A funnel result (contract "funnel result"), for response validation and OpenAPI. */
export const funnelResultSchema = z.object({
  target: z.number().describe('On the multiplied scale'),
  units: z.array(
    z.object({
      id: z.string(),
      value: z.number().describe('Multiplied'),
      x: z.number().describe('Expected or denominator; never multiplied'),
      limits: limitsByLevelSchema,
      classification: z.record(z.string(), classificationSchema),
    }),
  ),
  overdispersion: z
    .object({ phi: z.number(), tau2: z.number(), applied: z.boolean() })
    .nullable()
    .describe('null when no overdispersion was requested'),
  curve: z.array(z.object({ x: z.number(), limits: limitsByLevelSchema })),
});

/** A funnel result as the schema describes it; the engine's `FunnelResult` is assignable to it. */
export type FunnelResultBody = z.infer<typeof funnelResultSchema>;

type IsAssignable<From, To> = [From] extends [To] ? true : false;
type Expect<T extends true> = T;
/** Compile-time checks: a parsed request is a valid engine input, and an engine result fits the schema. */
export type FunnelSchemaChecks = [Expect<IsAssignable<FunnelRequestBody, FunnelRequest>>, Expect<IsAssignable<FunnelResult, FunnelResultBody>>];

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { computeFunnel } from '@leerlus/domain/funnel/index';
import { funnelRequestSchema, funnelResultSchema } from './funnel';

/** The issues of a failed parse as "path: message" pairs, sorted, for readable expectations. */
function issuePaths(input: unknown): string[] {
  const result = funnelRequestSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => issue.path.join('.')).sort();
}

const ratioUnit = { id: 'A', observed: 12, expected: 9.4 };
const countUnit = { id: 'A', numerator: 30, denominator: 200 };

describe('funnel request schema: valid requests', () => {
  it('accepts the contract examples and the minimal request', () => {
    expect(funnelRequestSchema.parse({ type: 'ratio', units: [ratioUnit] })).toEqual({ type: 'ratio', units: [ratioUnit] });
    const full = {
      type: 'proportion',
      units: [countUnit, { id: 'B', numerator: 0, denominator: 10 }],
      target: 12,
      levels: [0.95, 0.998],
      limits: 'wilson',
      overdispersion: { method: 'multiplicative', zScore: 'arcsine', trim: { method: 'winsorise', fraction: 0.1 } },
      boundary: 'outside',
      multiplier: 100,
      curve: [10, 20, 50, 100],
    };
    expect(funnelRequestSchema.safeParse(full).success).toBe(true);
    expect(funnelRequestSchema.safeParse({ type: 'rate', units: [], target: 0.02, curve: [100] }).success).toBe(true);
    expect(funnelRequestSchema.safeParse({ type: 'ratio', units: [], curve: [5, 10] }).success).toBe(true);
    expect(funnelRequestSchema.safeParse({ type: 'ratio', units: [ratioUnit], limits: 'byar', overdispersion: { method: 'additive' } }).success).toBe(true);
  });

  it('a parsed request runs through the engine and its result passes the result schema', () => {
    const request = funnelRequestSchema.parse({
      type: 'ratio',
      units: [ratioUnit, { id: 'B', observed: 40, expected: 20 }, { id: 'C', observed: 5, expected: 12 }],
      overdispersion: { method: 'additive', zScore: 'log', trim: { method: 'truncate', fraction: 0.1 } },
      curve: [10, 100],
    });
    const result = computeFunnel(request);
    expect(funnelResultSchema.safeParse(result).success).toBe(true);
  });

  it('both schemas convert to JSON Schema for OpenAPI', () => {
    expect(() => z.toJSONSchema(funnelRequestSchema)).not.toThrow();
    expect(() => z.toJSONSchema(funnelResultSchema)).not.toThrow();
  });
});

describe('funnel request schema: invalid requests report the exact path', () => {
  it.each<[string, unknown, string[]]>([
    ['unknown top-level field', { type: 'ratio', units: [], extra: 1 }, ['']],
    ['unknown unit field', { type: 'ratio', units: [{ ...ratioUnit, weight: 2 }] }, ['units.0']],
    ['unknown overdispersion field', { type: 'ratio', units: [], overdispersion: { method: 'additive', phi: 2 } }, ['overdispersion']],
    ['unknown trim field', { type: 'ratio', units: [], overdispersion: { method: 'additive', trim: { method: 'winsorise', fraction: 0.1, by: 1 } } }, ['overdispersion.trim']],
    ['unknown type', { type: 'mean', units: [] }, ['type']],
    ['ratio unit without expected', { type: 'ratio', units: [{ id: 'A', observed: 3 }] }, ['units.0.expected']],
    ['ratio unit with numerator/denominator', { type: 'ratio', units: [{ id: 'A', numerator: 3, denominator: 4 }] }, ['units.0.denominator', 'units.0.expected', 'units.0.numerator', 'units.0.observed']],
    ['proportion unit with observed', { type: 'proportion', units: [{ ...countUnit, observed: 3 }] }, ['units.0.observed']],
    ['rate unit without numerator', { type: 'rate', units: [{ id: 'A', denominator: 4 }] }, ['units.0.numerator']],
    ['negative count', { type: 'rate', units: [{ id: 'A', numerator: -1, denominator: 4 }] }, ['units.0.numerator']],
    ['zero denominator', { type: 'proportion', units: [{ id: 'A', numerator: 0, denominator: 0 }] }, ['units.0.denominator']],
    ['zero expected', { type: 'ratio', units: [{ id: 'A', observed: 1, expected: 0 }] }, ['units.0.expected']],
    ['numerator above denominator', { type: 'proportion', units: [{ id: 'A', numerator: 5, denominator: 4 }] }, ['units.0.numerator']],
    ['duplicate ids', { type: 'ratio', units: [ratioUnit, { ...ratioUnit }, { ...ratioUnit, id: 'B' }] }, ['units.1.id']],
    ['empty id', { type: 'ratio', units: [{ ...ratioUnit, id: '' }] }, ['units.0.id']],
    ['level of 1', { type: 'ratio', units: [], levels: [0.95, 1] }, ['levels.1']],
    ['level of 0', { type: 'ratio', units: [], levels: [0] }, ['levels.0']],
    ['no levels', { type: 'ratio', units: [], levels: [] }, ['levels']],
    ['repeated level', { type: 'ratio', units: [], levels: [0.95, 0.998, 0.95] }, ['levels.2']],
    ['proportion without units or target', { type: 'proportion', units: [], curve: [10] }, ['target']],
    ['rate without units or target', { type: 'rate', units: [] }, ['target']],
    ['proportion target above the multiplied scale', { type: 'proportion', units: [countUnit], target: 1.5 }, ['target']],
    ['ratio target of 0', { type: 'ratio', units: [], target: 0 }, ['target']],
    ['negative rate target', { type: 'rate', units: [countUnit], target: -0.1 }, ['target']],
    ['wilson for a ratio', { type: 'ratio', units: [], limits: 'wilson' }, ['limits']],
    ['byar for a proportion', { type: 'proportion', units: [countUnit], limits: 'byar' }, ['limits']],
    ['unknown limits method', { type: 'ratio', units: [], limits: 'poisson' }, ['limits']],
    ['log scale for a proportion', { type: 'proportion', units: [countUnit], overdispersion: { method: 'additive', zScore: 'log' } }, ['overdispersion.zScore']],
    ['arcsine scale for a ratio', { type: 'ratio', units: [], overdispersion: { method: 'additive', zScore: 'arcsine' } }, ['overdispersion.zScore']],
    ['sqrt scale for a proportion', { type: 'proportion', units: [countUnit], overdispersion: { method: 'multiplicative', zScore: 'sqrt' } }, ['overdispersion.zScore']],
    ['trim fraction of 0.5', { type: 'ratio', units: [], overdispersion: { method: 'additive', trim: { method: 'truncate', fraction: 0.5 } } }, ['overdispersion.trim.fraction']],
    ['negative trim fraction', { type: 'ratio', units: [], overdispersion: { method: 'additive', trim: { method: 'winsorise', fraction: -0.1 } } }, ['overdispersion.trim.fraction']],
    ['missing overdispersion method', { type: 'ratio', units: [], overdispersion: { zScore: 'log' } }, ['overdispersion.method']],
    ['zero multiplier', { type: 'ratio', units: [], multiplier: 0 }, ['multiplier']],
    ['non-positive curve x', { type: 'ratio', units: [], curve: [10, 0, -1] }, ['curve.1', 'curve.2']],
    ['unknown boundary', { type: 'ratio', units: [], boundary: 'on' }, ['boundary']],
    ['infinite count', { type: 'ratio', units: [{ id: 'A', observed: Infinity, expected: 1 }] }, ['units.0.observed']],
  ])('%s', (_name, input, paths) => {
    expect(issuePaths(input)).toEqual(paths);
  });

  it('messages say which field and what was wrong', () => {
    const result = funnelRequestSchema.safeParse({ type: 'ratio', units: [{ id: 'A', numerator: 3, denominator: 4, observed: 1 }] });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toContain("units.0.expected: ratio units need 'expected'");
    expect(messages).toContain("units.0.numerator: 'numerator' is not allowed for ratio units (use observed/expected)");
  });
});

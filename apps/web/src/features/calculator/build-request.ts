import type { SpcRequestInput } from '@leerlus/contracts/spc';
import { parseNumber } from './parse-number';
import type { ParsedSeries } from './parse-series';

export type ChartType = SpcRequestInput['chart'];
export type Improvement = NonNullable<SpcRequestInput['improvement']>;
export type Preset = NonNullable<SpcRequestInput['preset']>;

/** The calculator's settings as typed in the form (numbers and point lists still text). */
export interface CalculatorSettings {
  chart: ChartType;
  improvement: Improvement;
  preset: Preset;
  target: string;
  multiplier: string;
  phases: string;
  exclude: string;
}

export type SettingsField = 'target' | 'multiplier' | 'phases' | 'exclude';

export type SettingsError =
  | { field: 'data'; kind: 'denominatorsRequired' }
  | { field: 'target' | 'multiplier'; kind: 'number' }
  | { field: 'phases' | 'exclude'; kind: 'token'; token: string };

const NEEDS_DENOMINATORS = new Set<ChartType>(['p', 'pp', 'u', 'up']);

/** The chart types that need a denominator per point. */
export const needsDenominators = (chart: ChartType): boolean => NEEDS_DENOMINATORS.has(chart);

/** Point labels as the user sees them: the series' own labels, else 1-based point numbers. */
export const pointLabels = (series: ParsedSeries): string[] =>
  series.labels ?? series.values.map((_, k) => String(k + 1));

/**
 * Resolves a list of points typed by the user to 0-based indices: each token is a label of the series, or
 * else a 1-based point number. Tokens are separated by commas or semicolons when present (labels may
 * then hold spaces), otherwise by spaces. Returns the sorted distinct indices and the tokens not found.
 */
export function resolvePoints(text: string, series: ParsedSeries): { indices: number[]; unknown: string[] } {
  const tokens = text.split(/[,;]/).length > 1 ? text.split(/[,;]/) : text.split(/\s+/);
  const labels = series.labels ?? [];
  const indices = new Set<number>();
  const unknown: string[] = [];
  for (const token of tokens.map((s) => s.trim()).filter(Boolean)) {
    const byLabel = labels.indexOf(token);
    const number = /^\d+$/.test(token) ? Number(token) : NaN;
    if (byLabel >= 0) indices.add(byLabel);
    else if (number >= 1 && number <= series.values.length) indices.add(number - 1);
    else unknown.push(token);
  }
  return { indices: [...indices].sort((a, b) => a - b), unknown };
}

function optionalNumber(
  text: string,
  field: 'target' | 'multiplier',
  errors: SettingsError[],
): number | undefined {
  if (text.trim() === '') return undefined;
  const value = parseNumber(text);
  if (value === null || value === undefined) {
    errors.push({ field, kind: 'number' });
    return undefined;
  }
  return value;
}

function pointList(
  text: string,
  field: 'phases' | 'exclude',
  series: ParsedSeries,
  errors: SettingsError[],
): number[] | undefined {
  const { indices, unknown } = resolvePoints(text, series);
  for (const token of unknown) errors.push({ field, kind: 'token', token });
  return indices.length > 0 ? indices : undefined;
}

/**
 * The `spc` request for a parsed series and the form's settings, or the problems that the user can fix
 * before asking the server. Labels are always sent (1-based numbers when the series has none), so the
 * engine's sentences name points the way the page does.
 */
export function buildRequest(
  series: ParsedSeries,
  settings: CalculatorSettings,
): { request: SpcRequestInput | null; errors: SettingsError[] } {
  const errors: SettingsError[] = [];
  const requiresDenominators = needsDenominators(settings.chart);
  if (requiresDenominators && series.denominators === null)
    errors.push({ field: 'data', kind: 'denominatorsRequired' });
  const target = optionalNumber(settings.target, 'target', errors);
  const multiplier = optionalNumber(settings.multiplier, 'multiplier', errors);
  const phases = pointList(settings.phases, 'phases', series, errors);
  const exclude = pointList(settings.exclude, 'exclude', series, errors);
  if (errors.length > 0) return { request: null, errors };
  const request: SpcRequestInput = {
    chart: settings.chart,
    values: series.values,
    labels: pointLabels(series),
    improvement: settings.improvement,
    preset: settings.preset,
    ...(series.denominators !== null && settings.chart !== 'c' ? { denominators: series.denominators } : {}),
    ...(target === undefined ? {} : { target }),
    ...(multiplier === undefined ? {} : { multiplier }),
    ...(phases === undefined ? {} : { phases }),
    ...(exclude === undefined ? {} : { exclude }),
  };
  return { request, errors };
}

import { isChartCompatible } from './chart-type';
import type { IndicatorChart, IndicatorDefinition, Measure, ValueFilter } from './types';

/** One problem with a definition: the field path (relative to the indicator) and a reason. */
export interface DefinitionIssue {
  path: string;
  message: string;
}

/** Observation and case-mix codes: letters, digits and . _ : - (they appear in CSV headers and FHIR codes). */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

function filterIssues(filter: ValueFilter | undefined, path: string): DefinitionIssue[] {
  if (!filter) return [];
  switch (filter.op) {
    case 'between':
      return filter.min > filter.max ? [{ path: `${path}.min`, message: 'min must not be greater than max' }] : [];
    case 'in':
      return filter.values.length === 0 ? [{ path: `${path}.values`, message: 'list at least one value' }] : [];
    case 'eq':
    case 'ne':
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return Number.isFinite(filter.value) ? [] : [{ path: `${path}.value`, message: 'must be a finite number' }];
  }
}

/** What each measure needs or forbids (see IndicatorDefinition for the semantics). */
function measureIssues(measure: Measure, d: IndicatorDefinition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const forbid = (field: 'numeratorFilter' | 'exposureCode', why: string) => {
    if (d[field] !== undefined) issues.push({ path: `definition.${field}`, message: `not used by a ${measure} (${why})` });
  };
  switch (measure) {
    case 'proportion':
      if (!d.numeratorFilter) issues.push({ path: 'definition.numeratorFilter', message: 'a proportion needs the filter that selects its numerator' });
      forbid('exposureCode', 'only rates have an exposure');
      break;
    case 'rate':
      if (!d.exposureCode) issues.push({ path: 'definition.exposureCode', message: 'a rate needs the observation code of its exposure (e.g. patient-days)' });
      else if (d.exposureCode === d.observationCode) issues.push({ path: 'definition.exposureCode', message: 'must differ from the observation code' });
      break;
    case 'count':
    case 'mean':
    case 'median':
      forbid('numeratorFilter', 'use denominatorFilter to restrict the observations');
      forbid('exposureCode', 'only rates have an exposure');
      break;
  }
  return issues;
}

/**
 * Cross-field validation of an indicator's computation definition against its measure and chart
 * override. Shape (types, required fields) is checked by the contract's zod schema; this checks what
 * the shape cannot say. Returns no issues for a valid definition.
 */
export function definitionIssues(measure: Measure, definition: IndicatorDefinition, chartType: IndicatorChart | null = null): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  if (!CODE_PATTERN.test(definition.observationCode)) {
    issues.push({ path: 'definition.observationCode', message: 'use letters, digits and . _ : - (at most 100)' });
  }
  if (definition.exposureCode !== undefined && !CODE_PATTERN.test(definition.exposureCode)) {
    issues.push({ path: 'definition.exposureCode', message: 'use letters, digits and . _ : - (at most 100)' });
  }
  if (definition.multiplier !== undefined && !(definition.multiplier > 0 && Number.isFinite(definition.multiplier))) {
    issues.push({ path: 'definition.multiplier', message: 'must be a positive number' });
  }
  issues.push(...measureIssues(measure, definition));
  issues.push(...filterIssues(definition.numeratorFilter, 'definition.numeratorFilter'));
  issues.push(...filterIssues(definition.denominatorFilter, 'definition.denominatorFilter'));
  if (chartType !== null && !isChartCompatible(measure, chartType)) {
    issues.push({ path: 'chartType', message: `a ${chartType} chart does not fit a ${measure}` });
  }
  return issues;
}

/** Key order-independent equality of two definitions (a change of key order is not a new version). */
export function sameDefinition(a: IndicatorDefinition, b: IndicatorDefinition): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

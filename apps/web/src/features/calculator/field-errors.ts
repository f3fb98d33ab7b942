import type { ApiIssue } from '../../api/statistics';
import type { PlainMessageKey, Translate } from '../../i18n/translate';
import type { SettingsError } from './build-request';
import type { ParseError } from './parse-series';

/** The inputs of the calculator form that can carry an error. */
export type CalculatorField = 'data' | 'target' | 'multiplier' | 'phases' | 'exclude';
export type FieldErrors = Partial<Record<CalculatorField, string[]>>;

function add(errors: FieldErrors, field: CalculatorField, message: string): FieldErrors {
  return { ...errors, [field]: [...(errors[field] ?? []), message] };
}

/** A parse problem of the pasted data, in the user's language. */
export function parseErrorMessage(t: Translate, error: ParseError): string {
  switch (error.kind) {
    case 'noData':
      return t('calc.error.noData');
    case 'number':
      return t('calc.error.number', { line: error.line, text: error.text });
    case 'columns':
      return t('calc.error.columns', { line: error.line, found: error.found, expected: error.expected });
    case 'tooManyColumns':
      return t('calc.error.tooManyColumns', { line: error.line });
  }
}

/** The form's own checks, per field. */
export function settingsErrors(t: Translate, errors: readonly SettingsError[]): FieldErrors {
  return errors.reduce<FieldErrors>((out, e) => {
    switch (e.kind) {
      case 'denominatorsRequired':
        return add(out, e.field, t('calc.error.denominatorsRequired'));
      case 'number':
        return add(out, e.field, t('calc.error.number.field'));
      case 'token':
        return add(out, e.field, t('calc.error.token', { token: e.token }));
    }
  }, {});
}

/** The server's reasons (English, from the shared schema) mapped to our translated phrases. */
const REASONS: readonly [RegExp, PlainMessageKey][] = [
  [/^required for a/, 'calc.api.requiredDenominators'],
  [/same length/, 'calc.api.sameLength'],
  [/must not be negative/, 'calc.api.negative'],
  [/missing while the value/, 'calc.api.missingDenominator'],
  [/exceeds its denominator/, 'calc.api.exceeds'],
  [/not allowed for a c chart/, 'calc.api.notAllowed'],
  [/phase start must be/, 'calc.api.phaseRange'],
  [/strictly increasing/, 'calc.api.phaseOrder'],
  [/excluded index/, 'calc.api.excludeRange'],
];

const reason = (t: Translate, message: string): string =>
  t(REASONS.find(([pattern]) => pattern.test(message))?.[1] ?? 'calc.api.invalid');

/**
 * The API's 400 details placed next to the input they concern, in the user's language: `values.3` and
 * `denominators.3` at the data (with the point and its source line), `phases.0` at the phases, and so on.
 */
export function apiFieldErrors(
  t: Translate,
  issues: readonly ApiIssue[],
  lines: readonly number[],
): FieldErrors {
  return issues.reduce<FieldErrors>((out, issue) => {
    const [head, index] = issue.path.split('.');
    const detail = reason(t, issue.message);
    if (head === 'values' || head === 'denominators' || head === 'labels') {
      if (index === undefined) return add(out, 'data', t('calc.error.api.denominators', { detail }));
      const k = Number(index);
      return add(out, 'data', t('calc.error.api.point', { n: k + 1, line: lines[k] ?? k + 1, detail }));
    }
    if (head === 'phases' || head === 'exclude' || head === 'target' || head === 'multiplier') {
      return add(out, head, t('calc.error.api.field', { detail }));
    }
    return add(out, 'data', t('calc.error.api.field', { detail: `${issue.path}: ${detail}` }));
  }, {});
}

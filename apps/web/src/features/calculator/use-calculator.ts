import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SpcRequestInput } from '@leerlus/contracts/spc';
import type { SpcExplained } from '@leerlus/contracts/spc-explain';
import { useMemo, useState } from 'react';
import { isApiError, type ApiError } from '../../api/client';
import { explainSpc, issuesOf } from '../../api/statistics';
import { useI18n } from '../../i18n/i18n-context';
import { buildRequest, pointLabels, type CalculatorSettings } from './build-request';
import { apiFieldErrors, parseErrorMessage, settingsErrors, type FieldErrors } from './field-errors';
import { parseSeries, type ParseOutcome, type ParsedSeries } from './parse-series';

const INITIAL_SETTINGS: CalculatorSettings = {
  chart: 'i',
  improvement: 'neutral',
  preset: 'mdc',
  target: '',
  multiplier: '',
  phases: '',
  exclude: '',
};

interface Submitted {
  request: SpcRequestInput;
  series: ParsedSeries;
}

export interface Calculator {
  data: string;
  setData: (text: string) => void;
  settings: CalculatorSettings;
  setSettings: (settings: CalculatorSettings) => void;
  parsed: ParseOutcome;
  /** Problems per input: the form's own checks, or the server's 400 details. */
  errors: FieldErrors;
  explained: SpcExplained | null;
  target: number | null;
  isBusy: boolean;
  /** The server refused the request (shown at the inputs). */
  isInvalid: boolean;
  /** Any other failure (network, server). */
  failure: ApiError | Error | null;
  calculate: () => void;
  applyRebase: (index: number) => void;
}

/**
 * The calculator's state: the typed data and settings, what was last submitted, and the server's answer
 * in the current language (asked again when the language changes). Nothing is sent while the input has
 * problems the page can name itself.
 */
export function useCalculator(): Calculator {
  const { t, locale } = useI18n();
  const [data, setData] = useState('');
  const [settings, setSettings] = useState(INITIAL_SETTINGS);
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const [formErrors, setFormErrors] = useState<FieldErrors>({});
  const parsed = useMemo(() => parseSeries(data), [data]);
  const query = useQuery({
    queryKey: ['statistics', 'spc-explain', locale, submitted?.request],
    queryFn: () => explainSpc(submitted!.request, locale),
    enabled: submitted !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const invalid = isApiError(query.error, 'VALIDATION_FAILED') ? query.error : null;

  const calculateWith = (withSettings: CalculatorSettings) => {
    if (!parsed.ok) {
      setFormErrors({ data: parsed.errors.map((e) => parseErrorMessage(t, e)) });
      return setSubmitted(null);
    }
    const { request, errors } = buildRequest(parsed.series, withSettings);
    setFormErrors(settingsErrors(t, errors));
    setSubmitted(request ? { request, series: parsed.series } : null);
  };
  const applyRebase = (index: number) => {
    if (!submitted) return;
    const label = pointLabels(submitted.series)[index] ?? String(index + 1);
    const next = {
      ...settings,
      phases: settings.phases.trim() === '' ? label : `${settings.phases.trim()}, ${label}`,
    };
    setSettings(next);
    calculateWith(next);
  };
  return {
    data,
    setData,
    settings,
    setSettings,
    parsed,
    errors:
      invalid && submitted
        ? apiFieldErrors(t, issuesOf(invalid.details), submitted.series.lines)
        : formErrors,
    explained: query.data && !query.isError ? query.data : null,
    target: submitted?.request.target ?? null,
    isBusy: query.isFetching,
    isInvalid: invalid !== null,
    failure: query.error && !invalid ? query.error : null,
    calculate: () => calculateWith(settings),
    applyRebase,
  };
}

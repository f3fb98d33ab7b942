import type { IndicatorKind, Measure } from './types';

/**
 * Data quality of an indicator's figures (issue 5, "Data quality"): N, completeness, delay and last
 * update. The repository counts per period in SQL; these rules say what is expected and how the
 * periods add up.
 *
 * Completeness compares the observations present with those expected from the team's episodes:
 * every episode whose indicator timepoint has passed (its start date + the timepoint's offset is not
 * after today) should have at least one observation with the indicator's code (at that timepoint).
 */

/** How long after an episode's start a timepoint falls. */
export interface TimepointOffset {
  months: number;
  days: number;
}

const TIMEPOINT = /^(\d{1,3})\s*(d|w|m|y)$/i;

/**
 * The offset of an outcome-set timepoint label: `baseline` 0, `30d` 30 days, `6w` 42 days, `3m` 3
 * months, `1y` 12 months. Labels without a fixed offset (`yearly`, `death`, `weekly`, `last-30d`)
 * give null: no episode-based expectation.
 */
export function timepointOffset(timepoint: string | undefined): TimepointOffset | null {
  if (timepoint === undefined || timepoint === 'baseline') return { months: 0, days: 0 };
  const match = TIMEPOINT.exec(timepoint.trim());
  if (!match) return null;
  const amount = Number(match[1]);
  switch (match[2]!.toLowerCase()) {
    case 'd':
      return { months: 0, days: amount };
    case 'w':
      return { months: 0, days: amount * 7 };
    case 'm':
      return { months: amount, days: 0 };
    default:
      return { months: amount * 12, days: 0 };
  }
}

/**
 * Whether an indicator expects one observation per episode: proportions, means and medians of
 * patient outcomes do; counts and rates (events, exposure) and staff satisfaction (not about patients)
 * do not, and neither do timepoints without a fixed offset.
 */
export function expectsObservationPerEpisode(spec: {
  kind: IndicatorKind;
  measure: Measure;
  timepoint?: string | undefined;
}): boolean {
  if (spec.kind === 'staff-satisfaction' || spec.kind === 'volume') return false;
  if (spec.measure === 'count' || spec.measure === 'rate') return false;
  return timepointOffset(spec.timepoint) !== null;
}

/** Expected and present observations of one period (episodes bucketed by the period of their start). */
export interface PeriodCompleteness {
  periodStart: string;
  expected: number;
  present: number;
}

/** present / expected, or null when nothing was expected. */
export function completenessRatio(present: number, expected: number): number | null {
  return expected > 0 ? Math.min(1, present / expected) : null;
}

export interface CompletenessSummary {
  expected: number;
  present: number;
  /** 0..1; null when nothing was expected. */
  completeness: number | null;
  /** The periods with the most missing observations, worst first (at most `limit`). */
  worstPeriods: (PeriodCompleteness & { missing: number; completeness: number })[];
}

/** Adds up the periods and picks the worst ones (most missing, then lowest completeness, then oldest). */
export function summariseCompleteness(
  periods: readonly PeriodCompleteness[],
  limit = 3,
): CompletenessSummary {
  let expected = 0;
  let present = 0;
  for (const p of periods) {
    expected += p.expected;
    present += Math.min(p.present, p.expected);
  }
  const worstPeriods = periods
    .filter((p) => p.expected > p.present)
    .map((p) => ({
      ...p,
      missing: p.expected - p.present,
      completeness: completenessRatio(p.present, p.expected) ?? 0,
    }))
    .sort(
      (a, b) =>
        b.missing - a.missing ||
        a.completeness - b.completeness ||
        a.periodStart.localeCompare(b.periodStart),
    )
    .slice(0, limit);
  return { expected, present, completeness: completenessRatio(present, expected), worstPeriods };
}

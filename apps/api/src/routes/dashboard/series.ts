import type { z } from 'zod';
import type { seriesPointSchema } from '@leerlus/contracts/dashboard';
import { spcRequestSchema } from '@leerlus/contracts/spc';
import type { SeriesRow } from '@leerlus/db/repositories/indicator-values';
import {
  fillPeriods,
  indicatorSpcRequest,
  periodLabel,
  type IndicatorSpec,
} from '@leerlus/domain/indicators/index';
import { computeSpc, type SpcResult } from '@leerlus/domain/spc/index';

export type SeriesPointOut = z.infer<typeof seriesPointSchema>;

const EMPTY = (periodStart: string): Omit<SeriesPointOut, 'label'> => ({
  periodStart,
  numerator: null,
  denominator: null,
  value: null,
  n: null,
  source: null,
  indicatorVersion: null,
});

/**
 * The computed rows on a gap-free sequence of periods (missing periods as empty points, so the chart
 * shows the gap), labelled per the indicator's granularity.
 */
export function chartPoints(
  spec: Pick<IndicatorSpec, 'definition'>,
  rows: readonly SeriesRow[],
): SeriesPointOut[] {
  const granularity = spec.definition.periodGranularity;
  const byPeriod = new Map<string, Omit<SeriesPointOut, 'label'>>(
    rows.map(({ lastUpdated: _lastUpdated, ...row }) => [row.periodStart, row]),
  );
  return fillPeriods(byPeriod, granularity, EMPTY).map(({ start, row }) => ({
    ...row,
    label: periodLabel(start, granularity),
  }));
}

/**
 * The SPC chart of the points, with the indicator's chart type and improvement direction; null when
 * no point has a value. The request is checked against the SPC contract first: figures that cannot
 * be charted (e.g. an imported numerator above its denominator) give no chart rather than an error.
 */
export function chartOf(
  spec: Pick<IndicatorSpec, 'measure' | 'definition' | 'improvement' | 'chartType'>,
  points: readonly SeriesPointOut[],
): SpcResult | null {
  if (!points.some((p) => p.value !== null)) return null;
  const parsed = spcRequestSchema.safeParse(indicatorSpcRequest(spec, points));
  return parsed.success ? computeSpc(parsed.data) : null;
}

/** Where the shown figures came from. */
export function sourceOf(rows: readonly SeriesRow[]): 'patient-level' | 'aggregate' | 'mixed' | 'none' {
  const kinds = new Set(rows.map((r) => r.source));
  if (kinds.size === 0) return 'none';
  if (kinds.size > 1) return 'mixed';
  return kinds.has('aggregate') ? 'aggregate' : 'patient-level';
}

/** Observations counted (null when only aggregates, which do not say) and the newest write. */
export function totals(rows: readonly SeriesRow[]): { n: number | null; lastUpdated: string | null } {
  let n: number | null = null;
  let lastUpdated: string | null = null;
  for (const r of rows) {
    if (r.n !== null) n = (n ?? 0) + r.n;
    if (lastUpdated === null || r.lastUpdated > lastUpdated) lastUpdated = r.lastUpdated;
  }
  return { n, lastUpdated };
}

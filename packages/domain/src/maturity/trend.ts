/**
 * Trends between measurements of one instrument: per theme the series of scores (as % of the scale)
 * over the measurements, and the change from the previous measurement. A change smaller than
 * TREND_THRESHOLD percentage points is "same": one item moving one step on a long theme is noise.
 */

export const TREND_THRESHOLD = 5;

export type TrendDirection = 'up' | 'down' | 'same' | 'unknown';

export interface MeasurementSummary {
  id: string;
  /** ISO date (yyyy-mm-dd) or timestamp of the measurement. */
  date: string;
  overallPercent: number | null;
  themes: { themeId: string; percent: number | null }[];
}

export interface ThemeTrend {
  themeId: string;
  points: { measurementId: string; date: string; percent: number | null }[];
  /** Change from the previous to the latest measurement, in percentage points. */
  delta: number | null;
  direction: TrendDirection;
}

export function directionOf(delta: number | null, threshold = TREND_THRESHOLD): TrendDirection {
  if (delta === null) return 'unknown';
  if (delta >= threshold) return 'up';
  if (delta <= -threshold) return 'down';
  return 'same';
}

const deltaOf = (prev: number | null | undefined, next: number | null | undefined) => (prev === null || prev === undefined || next === null || next === undefined ? null : next - prev);

/** Per theme (in the order given) the series over the measurements, oldest first. */
export function themeTrends(themeIds: readonly string[], measurements: readonly MeasurementSummary[]): ThemeTrend[] {
  const sorted = [...measurements].sort((a, b) => a.date.localeCompare(b.date));
  return themeIds.map((themeId) => {
    const points = sorted.map((m) => ({ measurementId: m.id, date: m.date, percent: m.themes.find((t) => t.themeId === themeId)?.percent ?? null }));
    const last = points[points.length - 1];
    const prev = points[points.length - 2];
    const delta = deltaOf(prev?.percent, last?.percent);
    return { themeId, points, delta, direction: directionOf(delta) };
  });
}

/** The overall change from the previous to the latest measurement. */
export function overallTrend(measurements: readonly MeasurementSummary[]): { delta: number | null; direction: TrendDirection } {
  const sorted = [...measurements].sort((a, b) => a.date.localeCompare(b.date));
  const delta = deltaOf(sorted[sorted.length - 2]?.overallPercent, sorted[sorted.length - 1]?.overallPercent);
  return { delta, direction: directionOf(delta) };
}

import type { FunnelBoundary, FunnelClassification } from './types';

/**
 * Classifies a value against its limits. With boundary "within" a value on a limit is within
 * (FunnelPlotR `outliers_func`, PHE `assign_funnel_significance` use strict comparisons); with
 * "outside" it is beyond. A limit that sits on the natural edge of the scale (0, or 1 for a
 * proportion) because it was clamped there cannot be crossed, and a value on the target is never
 * a signal, so degenerate funnels (target 0 or 1) do not flag every unit.
 */
export function classifyValue(
  value: number,
  limits: readonly [number, number],
  theta: number,
  boundary: FunnelBoundary,
  scaleMaximum: number,
): FunnelClassification {
  if (value === theta) return 'within';
  const [lower, upper] = limits;
  const isOnLimitOutside = boundary === 'outside';
  if (value < lower || (isOnLimitOutside && value === lower && lower > 0)) return 'low';
  if (value > upper || (isOnLimitOutside && value === upper && upper < scaleMaximum)) return 'high';
  return 'within';
}

import { OUTSIDE, SHIFT, TREND, TWO_OF_THREE, type RuleFlags } from './rules';
import type { SpcAssurance, SpcImprovement, SpcPointType, SpcVariation } from './types';

/**
 * Direction of the special cause at point i (+1 high, −1 low, 0 none), by the MDC precedence
 * outside > trend > two-of-three > shift (NHSRplotthedots ptd_special_cause_type): outside and
 * two-of-three/shift take the side of the limit or centre, a trend its own direction.
 */
export function signalDirection(band: Int8Array, flags: RuleFlags, i: number): number {
  const bits = flags.bits[i]!;
  if (bits === 0) return 0;
  if ((bits & TREND) !== 0 && (bits & OUTSIDE) === 0) return flags.trendDir[i]!;
  if ((bits & (OUTSIDE | TWO_OF_THREE | SHIFT)) !== 0) return Math.sign(band[i]!);
  return 0;
}

/** Improvement or concern by the improvement direction; "neutral" when there is none. */
export function pointType(direction: number, improvement: SpcImprovement): SpcPointType {
  if (direction === 0) return 'common';
  switch (improvement) {
    case 'neutral':
      return 'neutral';
    case 'increase':
      return direction > 0 ? 'improvement' : 'concern';
    case 'decrease':
      return direction < 0 ? 'improvement' : 'concern';
  }
}

/** The variation icon from the type and direction of the last point that has a value (MDC icons). */
export function variationIcon(type: SpcPointType, direction: number): SpcVariation {
  const side = direction > 0 ? 'high' : 'low';
  switch (type) {
    case 'common':
      return 'common';
    case 'improvement':
      return `improvement-${side}`;
    case 'concern':
      return `concern-${side}`;
    case 'neutral':
      return `neutral-${side}`;
  }
}

/**
 * MDC assurance (NHSRplotthedots ptd_calculate_assurance_type): strict comparison of the target with the
 * last point's limits. "pass" when the whole process range is on the good side of the target, "fail" when
 * on the bad side, otherwise (including a target equal to a limit) "inconsistent".
 */
export function assuranceIcon(
  target: number | undefined,
  improvement: SpcImprovement,
  lower: number | null,
  upper: number | null,
): SpcAssurance {
  if (target === undefined || improvement === 'neutral' || lower === null || upper === null) return null;
  const above = target > upper;
  const below = target < lower;
  if (!above && !below) return 'inconsistent';
  const good = improvement === 'increase' ? below : above;
  return good ? 'pass' : 'fail';
}

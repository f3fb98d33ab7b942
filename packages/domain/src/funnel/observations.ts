import { FunnelInputError, type FunnelType, type FunnelUnitInput } from './types';

/** A unit reduced to its count and size: value = count / x (before the multiplier). */
export interface FunnelObservation {
  id: string;
  /** Observed count (ratio) or numerator (proportion, rate). */
  count: number;
  /** Expected count (ratio) or denominator (proportion, rate). */
  x: number;
  value: number;
}

function requireField(value: number | undefined, path: readonly (string | number)[], what: string): number {
  if (value === undefined || !Number.isFinite(value)) throw new FunnelInputError(`${what} is required`, path);
  return value;
}

/** Reads each unit's count and x from the fields its type uses (ratio: observed/expected, else numerator/denominator). */
export function toObservations(type: FunnelType, units: readonly FunnelUnitInput[]): FunnelObservation[] {
  return units.map((unit, i) => {
    const isRatio = type === 'ratio';
    const countField = isRatio ? 'observed' : 'numerator';
    const sizeField = isRatio ? 'expected' : 'denominator';
    const count = requireField(isRatio ? unit.observed : unit.numerator, ['units', i, countField], countField);
    const x = requireField(isRatio ? unit.expected : unit.denominator, ['units', i, sizeField], sizeField);
    if (count < 0) throw new FunnelInputError(`${countField} must not be negative`, ['units', i, countField]);
    if (!(x > 0)) throw new FunnelInputError(`${sizeField} must be positive`, ['units', i, sizeField]);
    if (type === 'proportion' && count > x) {
      throw new FunnelInputError('numerator must not exceed denominator', ['units', i, 'numerator']);
    }
    return { id: unit.id, count, x, value: count / x };
  });
}

/** The pooled indicator Σcount / Σx: the default target for proportions and rates. */
export function pooledTarget(observations: readonly FunnelObservation[]): number {
  let counts = 0;
  let sizes = 0;
  for (const observation of observations) {
    counts += observation.count;
    sizes += observation.x;
  }
  return counts / sizes;
}

/**
 * Small numeric helpers over typed arrays. No allocation per element; the median uses one
 * quickselect pass (O(n) expected) on a scratch copy instead of a full sort.
 */

/** D4 for moving ranges of two points: the upper limit of a moving range is 3.267 × MR̄ (Montgomery 6.33). */
export const D4 = 3.267;
/** d2 for n = 2: σ ≈ MR̄ / 1.128. */
export const D2 = 1.128;

/** Hoare-style quickselect: the k-th smallest of a[0..len) (reorders a). */
function select(a: Float64Array, len: number, k: number): number {
  let lo = 0;
  let hi = len - 1;
  while (hi > lo) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

/** Median of a[0..len) (reorders a); the mean of the two middle values for even len; NaN when empty. */
export function medianInPlace(a: Float64Array, len: number): number {
  if (len === 0) return Number.NaN;
  const mid = len >>> 1;
  const upper = select(a, len, mid);
  if (len % 2 === 1) return upper;
  // After selecting `mid`, every element left of it is ≤ it: the lower middle is their maximum.
  let lower = a[0]!;
  for (let i = 1; i < mid; i++) if (a[i]! > lower) lower = a[i]!;
  return (lower + upper) / 2;
}

/**
 * Mean moving range of `count` values (in order), optionally screened once: moving ranges ≥ 3.267 × MR̄
 * are dropped and MR̄ is recomputed (Provost & Murray 2011; Nelson 1982; as qicharts2 qic.i and
 * NHSRplotthedots). Screening is skipped when MR̄ = 0, which would drop every range (as PowerBI-SPC).
 * NaN when there are fewer than two values.
 */
export function meanMovingRange(values: Float64Array, count: number, screen: boolean): number {
  if (count < 2) return Number.NaN;
  let sum = 0;
  for (let i = 1; i < count; i++) sum += Math.abs(values[i]! - values[i - 1]!);
  const mean = sum / (count - 1);
  if (!screen || !(mean > 0)) return mean;
  const cutoff = D4 * mean;
  let kept = 0;
  let keptSum = 0;
  for (let i = 1; i < count; i++) {
    const mr = Math.abs(values[i]! - values[i - 1]!);
    if (mr < cutoff) {
      keptSum += mr;
      kept++;
    }
  }
  return keptSum / kept;
}

/** Mean of a[0..len); NaN when empty. */
export function meanOf(a: Float64Array, len: number): number {
  if (len === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < len; i++) sum += a[i]!;
  return sum / len;
}

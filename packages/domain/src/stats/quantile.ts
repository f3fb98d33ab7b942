/**
 * The p-quantile of a sample by R's default definition (type 7, Hyndman & Fan 1996):
 * linear interpolation between order statistics at h = (n − 1)p. As in R, the interpolation is
 * written (1 − γ)·x_lo + γ·x_hi and skipped when the two order statistics are equal, so an
 * infinite order statistic yields an infinite quantile rather than NaN.
 */
export function quantileType7(values: readonly number[], p: number): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const low = sorted[lo]!;
  const high = sorted[hi]!;
  if (h <= lo || high === low) return low;
  const gamma = h - lo;
  return (1 - gamma) * low + gamma * high;
}

/** Ranks 1..n of the values, ties given their average rank (R: rank(x, ties.method = "average")). */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
    const rank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i++) ranks[order[i]!.index] = rank;
    start = end + 1;
  }
  return ranks;
}

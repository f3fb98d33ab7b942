import type { SpcExplained } from '@leerlus/contracts/spc-explain';
import { sideOf, type SpcPointType } from '../charts/spc-style';

/** A row of the signals table: one flagged point, or a run of consecutive points flagged for the same reasons. */
export interface SignalRow {
  /** 0-based first and last point of the run (equal for a single point). */
  from: number;
  to: number;
  type: SpcPointType;
  side: -1 | 0 | 1;
  sentences: readonly string[];
  /** Lowest and highest value in the run (null when every value is missing). */
  min: number | null;
  max: number | null;
}

const sameReasons = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((s, k) => s === b[k]);

/**
 * The flagged points as table rows, merging consecutive points that share type, side of the centre and
 * sentences: a shift of 12 points is one row ("1–12: 12 points in a row below the mean"), not twelve.
 */
export function signalRows({ result, explanations }: SpcExplained): SignalRow[] {
  const rows: SignalRow[] = [];
  for (const { index, sentences } of explanations.points) {
    const p = result.points[index];
    if (!p) continue;
    const side = sideOf(p);
    const last = rows.at(-1);
    if (
      last &&
      last.to === index - 1 &&
      last.type === p.type &&
      last.side === side &&
      sameReasons(last.sentences, sentences)
    ) {
      last.to = index;
      if (p.value !== null) {
        last.min = last.min === null ? p.value : Math.min(last.min, p.value);
        last.max = last.max === null ? p.value : Math.max(last.max, p.value);
      }
      continue;
    }
    rows.push({ from: index, to: index, type: p.type, side, sentences, min: p.value, max: p.value });
  }
  return rows;
}

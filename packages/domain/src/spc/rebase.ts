import type { SpcLocale } from './explain';
import { phaseRuns, sideOfCentre, type PhaseRuns } from './runs';
import type { SpcResult } from './types';

/** A suggested new phase start; a suggestion only — never applied automatically. */
export interface RebaseSuggestion {
  /** The 0-based index where the new phase would start (for the request's `phases`). */
  index: number;
  /** `shift`: the shift rule fired; `runs`: the Anhøj longest-run test did. */
  rule: 'shift' | 'runs';
  /** Points in the run. */
  length: number;
  side: 'above' | 'below';
}

/** The latest shift run of the phase, as [first, last] positions in seq, or null. */
function latestShift(result: SpcResult, runs: PhaseRuns): [number, number] | null {
  for (let k = runs.seq.length - 1; k >= 0; k--) {
    if (result.points[runs.seq[k]!]!.signals.shift) return [runs.shiftFrom[k]!, runs.shiftTo[k]!];
  }
  return null;
}

/** The longest run of useful points (off the centre) on one side, as [first, last] positions in seq; latest on a tie. */
function longestRun(result: SpcResult, seq: number[]): [number, number] | null {
  let best: [number, number] | null = null;
  let from = -1;
  let last = -1;
  let side = 0;
  for (let k = 0; k < seq.length; k++) {
    const s = sideOfCentre(result.points[seq[k]!]!);
    if (s === 0) continue;
    if (s !== side) {
      from = k;
      side = s;
    }
    last = k;
    if (best === null || last - from >= best[1] - best[0]) best = [from, last];
  }
  return best;
}

/** Sustained: no point after the run is on the other side of the centre. */
function isSustained(result: SpcResult, seq: number[], to: number, side: number): boolean {
  for (let k = to + 1; k < seq.length; k++) if (sideOfCentre(result.points[seq[k]!]!) === -side) return false;
  return true;
}

/**
 * When the last phase shows a sustained shift (the shift rule, or else an Anhøj longest-run signal) that
 * starts after the phase start, suggest starting a new phase where the run starts. Returns null otherwise.
 */
export function suggestRebase(result: SpcResult): RebaseSuggestion | null {
  const phase = result.phases.length - 1;
  const ph = result.phases[phase];
  if (ph === undefined) return null;
  const phaseView = phaseRuns(result, phase)!;
  const { seq } = phaseView;
  const runs = ph.runs;
  const runsSignal = runs !== null && runs.longestRunMax !== null && runs.longestRun > runs.longestRunMax;
  const block = latestShift(result, phaseView) ?? (runsSignal ? longestRun(result, seq) : null);
  if (block === null) return null;
  const [from, to] = block;
  const start = seq[from]!;
  const side = sideOfCentre(result.points[start]!);
  if (start <= ph.start || side === 0 || !isSustained(result, seq, to, side)) return null;
  const rule = result.points[start]!.signals.shift ? 'shift' : 'runs';
  return { index: start, rule, length: to - from + 1, side: side > 0 ? 'above' : 'below' };
}

/** One sentence for a suggestion, e.g. "Consider a new phase from point 24: 9 points in a row above the centre line". */
export function explainRebase(result: SpcResult, suggestion: RebaseSuggestion, locale: SpcLocale): string {
  // People count points from 1; indices are 0-based.
  const label = result.points[suggestion.index]?.label;
  if (locale === 'nl') {
    const side = suggestion.side === 'above' ? 'boven' : 'onder';
    const from = label ?? `punt ${suggestion.index + 1}`;
    return `Overweeg een nieuwe fase vanaf ${from}: ${suggestion.length} punten op rij ${side} de centrale lijn`;
  }
  const from = label ?? `point ${suggestion.index + 1}`;
  return `Consider a new phase from ${from}: ${suggestion.length} points in a row ${suggestion.side} the centre line`;
}

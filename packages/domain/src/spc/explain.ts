import { phaseRuns, positionOf, sideOfCentre, trendLength } from './runs';
import { TRIAL_LIMITS_POINTS } from './engine';
import type { SpcResult, SpcRuns } from './types';

/** Languages of the explanations. */
export type SpcLocale = 'nl' | 'en';

/** Which centre line the result used; defaults to the median for run charts and the mean otherwise. */
export interface ExplainOptions {
  centre?: 'mean' | 'median' | undefined;
}

interface Phrases {
  above: (centre: string) => string;
  below: (centre: string) => string;
  mean: string;
  median: string;
  outsideHigh: string;
  outsideLow: string;
  shift: (n: number, side: string) => string;
  trend: (n: number, up: boolean) => string;
  twoOfThree: (side: string) => string;
  excluded: string;
  longestRun: (run: number, max: number) => string;
  crossings: (c: number, min: number) => string;
  trialLimits: (n: number) => string;
  varyingLimits: string;
  laney: string;
}

const PHRASES: Record<SpcLocale, Phrases> = {
  nl: {
    above: (c) => `boven ${c}`,
    below: (c) => `onder ${c}`,
    mean: 'het gemiddelde',
    median: 'de mediaan',
    outsideHigh: 'Punt boven de bovenste controlegrens',
    outsideLow: 'Punt onder de onderste controlegrens',
    shift: (n, side) => `${n} punten op rij ${side}`,
    trend: (n, up) => `Trend: ${n} punten op rij ${up ? 'stijgend' : 'dalend'}`,
    twoOfThree: (side) => `2 van 3 punten voorbij de 2-sigmalijn, ${side}`,
    excluded: 'Punt is uitgesloten van de centrale lijn, de grenzen en de reeksanalyse',
    longestRun: (run, max) => `Langste reeks (${run}) is langer dan verwacht (max ${max})`,
    crossings: (c, min) => `Minder kruisingen van de centrale lijn (${c}) dan verwacht (min ${min})`,
    trialLimits: (n) => `Voorlopige grenzen: deze fase heeft minder dan ${n} punten`,
    varyingLimits:
      'De grenzen verschillen per punt omdat ze afhangen van de noemer: hoe groter de noemer, hoe smaller de grenzen',
    laney:
      'De grenzen zijn aangepast met de Laney-correctie voor variatie tussen de perioden (grote noemers)',
  },
  en: {
    above: (c) => `above ${c}`,
    below: (c) => `below ${c}`,
    mean: 'the mean',
    median: 'the median',
    outsideHigh: 'Point above the upper control limit',
    outsideLow: 'Point below the lower control limit',
    shift: (n, side) => `${n} points in a row ${side}`,
    trend: (n, up) => `Trend: ${n} points in a row ${up ? 'increasing' : 'decreasing'}`,
    twoOfThree: (side) => `2 of 3 points beyond the 2-sigma line, ${side}`,
    excluded: 'Point is excluded from the centre line, the limits and the runs analysis',
    longestRun: (run, max) => `Longest run (${run}) is longer than expected (max ${max})`,
    crossings: (c, min) => `Fewer crossings of the centre line (${c}) than expected (min ${min})`,
    trialLimits: (n) => `Trial limits: this phase has fewer than ${n} points`,
    varyingLimits:
      'The limits differ per point because they depend on the denominator: the larger the denominator, the narrower the limits',
    laney: "The limits are adjusted by Laney's correction for variation between periods (large denominators)",
  },
};

function centreWord(result: SpcResult, t: Phrases, options: ExplainOptions | undefined): string {
  const centre = options?.centre ?? (result.chart === 'run' ? 'median' : 'mean');
  return centre === 'median' ? t.median : t.mean;
}

/**
 * Short sentences saying why point `index` is flagged, one per fired rule (outside, trend, two-of-three,
 * shift), e.g. "7 points in a row above the mean". Empty for a common-cause point.
 */
export function explainPoint(
  result: SpcResult,
  index: number,
  locale: SpcLocale,
  options?: ExplainOptions,
): string[] {
  const t = PHRASES[locale];
  const p = result.points[index];
  if (p === undefined) return [];
  const out: string[] = [];
  if (p.excluded) out.push(t.excluded);
  const centre = centreWord(result, t, options);
  const side = sideOfCentre(p) > 0 ? t.above(centre) : t.below(centre);
  if (p.signals.outside)
    out.push(p.upper !== null && p.value !== null && p.value > p.upper ? t.outsideHigh : t.outsideLow);
  const runs = p.signals.trend || p.signals.shift ? phaseRuns(result, p.phase) : undefined;
  const k = runs === undefined ? -1 : positionOf(runs, index);
  if (p.signals.trend && runs !== undefined && k >= 0)
    out.push(t.trend(trendLength(runs, k), runs.trendDir[k]! > 0));
  if (p.signals.twoOfThree) out.push(t.twoOfThree(side));
  if (p.signals.shift && runs !== undefined && k >= 0)
    out.push(t.shift(runs.shiftTo[k]! - runs.shiftFrom[k]! + 1, side));
  return out;
}

function runsSentences(runs: SpcRuns | null, t: Phrases): string[] {
  if (runs === null || !runs.signal) return [];
  const out: string[] = [];
  if (runs.longestRunMax !== null && runs.longestRun > runs.longestRunMax)
    out.push(t.longestRun(runs.longestRun, runs.longestRunMax));
  if (runs.crossingsMin !== null && runs.crossings < runs.crossingsMin)
    out.push(t.crossings(runs.crossings, runs.crossingsMin));
  return out;
}

/** Sentences for a phase: Anhøj runs signals ("Longest run (9) is longer than expected (max 7)") and trial limits. */
export function explainPhase(result: SpcResult, phase: number, locale: SpcLocale): string[] {
  const t = PHRASES[locale];
  const ph = result.phases[phase];
  if (ph === undefined) return [];
  const out = runsSentences(ph.runs, t);
  if (ph.warnings.includes('trial-limits')) out.push(t.trialLimits(TRIAL_LIMITS_POINTS));
  return out;
}

/** Sentences about the chart as a whole: why p/u limits vary with the denominator, Laney's correction. */
export function explainChart(result: SpcResult, locale: SpcLocale): string[] {
  const t = PHRASES[locale];
  const out: string[] = [];
  const varies = result.phases.some(
    (ph, k) => ph.upper === null && result.points.some((p) => p.phase === k && p.upper !== null),
  );
  if (['p', 'pp', 'u', 'up'].includes(result.chart) && varies) out.push(t.varyingLimits);
  if (result.chart === 'pp' || result.chart === 'up') out.push(t.laney);
  return out;
}

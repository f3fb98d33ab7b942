/**
 * Public types of the SPC engine: the request and result shapes of the contract
 * (/work/shared/spc-contract.md, "spc request" and "spc result"). Indices are 0-based.
 */

/** Chart types: run chart, XmR individuals (i), moving range (mr), attribute charts and Laney's prime charts. */
export type SpcChart = 'run' | 'i' | 'mr' | 'p' | 'pp' | 'u' | 'up' | 'c';

/** Named conventions, each reproducing the tool it is named after (see presets.ts). */
export type SpcPreset = 'mdc' | 'mdc-excel' | 'qic' | 'pbi-spc';

/** Which direction of change is an improvement. */
export type SpcImprovement = 'increase' | 'decrease' | 'neutral';

/** Two-of-three rule variants (contract, "Two-of-three"). */
export type SpcTwoOfThree = 'mdc2023' | 'mdc2019' | 'beyond2sigma';

/** Per-rule overrides of a preset; a rule set to `false` is off. */
export interface SpcRuleOptions {
  /** A point strictly beyond a 3-sigma limit. */
  outside?: boolean | undefined;
  /** N points in a row strictly on one side of the centre line. */
  shift?: number | false | undefined;
  /** N points in a row each strictly above (below) the previous one. */
  trend?: number | false | undefined;
  /** A repeated value breaks a trend (`break`) or is skipped (`skip`). */
  trendTies?: 'break' | 'skip' | undefined;
  twoOfThree?: SpcTwoOfThree | false | undefined;
  /** Anhøj runs analysis: longest run and number of crossings. */
  anhoej?: boolean | undefined;
}

/** Overrides of the preset's calculation conventions. */
export interface SpcOptions {
  /** XmR limits: mean ± 2.66·MR̄ (MDC) or mean ± 3·MR̄/1.128 (qicharts2, PowerBI-SPC). */
  xmrConstant?: '2.66' | '3/1.128' | undefined;
  /** Drop moving ranges ≥ 3.267 × MR̄ and recompute MR̄ (Provost & Murray; Nelson 1982). */
  screenMovingRanges?: boolean | undefined;
  /** Centre line; run charts default to the median, all other charts to the mean. */
  centre?: 'mean' | 'median' | undefined;
  rules?: SpcRuleOptions | undefined;
}

/** Freeze the centre and limits on the first `points` points of each phase or of the whole series. */
export interface SpcBaseline {
  points: number;
  scope: 'phase' | 'series';
}

/** The `spc` request of the contract. Validate it first (contracts' `spcRequestSchema`). */
export interface SpcRequest {
  chart: SpcChart;
  /** Measurements (run/i/mr) or counts (p, pp, u, up, c); null = missing. */
  values: readonly (number | null)[];
  /** Required for p, pp, u, up; optional for run/i/mr (value = values / denominators); not allowed for c. */
  denominators?: readonly (number | null)[] | undefined;
  /** Optional labels, echoed back on the points. */
  labels?: readonly string[] | undefined;
  /** Indices where a new phase starts (rebase). */
  phases?: readonly number[] | undefined;
  baseline?: SpcBaseline | undefined;
  /** Indices left out of centre, limits and runs analysis; still returned and flagged `outside`. */
  exclude?: readonly number[] | undefined;
  /** Scales values, centre and limits (e.g. 100 for %). */
  multiplier?: number | undefined;
  improvement?: SpcImprovement | undefined;
  /** Target on the multiplied scale. */
  target?: number | undefined;
  preset?: SpcPreset | undefined;
  options?: SpcOptions | undefined;
}

/** The rules that fired for one point. */
export interface SpcSignals {
  readonly outside: boolean;
  readonly shift: boolean;
  readonly trend: boolean;
  readonly twoOfThree: boolean;
}

/** A point's classification by the improvement direction. */
export type SpcPointType = 'common' | 'improvement' | 'concern' | 'neutral';

/** One point of the result; all numbers on the multiplied scale, null where there is none. */
export interface SpcPoint {
  index: number;
  label: string | null;
  value: number | null;
  phase: number;
  excluded: boolean;
  centre: number | null;
  /** 3-sigma limits. */
  lower: number | null;
  upper: number | null;
  /** 2-sigma lines. */
  lower2: number | null;
  upper2: number | null;
  /** 1-sigma lines. */
  lower1: number | null;
  upper1: number | null;
  signals: SpcSignals;
  type: SpcPointType;
}

/** Anhøj runs analysis of one phase. */
export interface SpcRuns {
  /** Non-excluded points of the phase, including missing and zero-denominator ones. */
  nObs: number;
  /** nObs less missing, zero-denominator and on-centre points. */
  nUseful: number;
  longestRun: number;
  /** round(log2(nUseful)) + 3; null when nUseful = 0. */
  longestRunMax: number | null;
  crossings: number;
  /** qbinom(0.05, nUseful − 1, 0.5); null when nUseful = 0. */
  crossingsMin: number | null;
  signal: boolean;
}

/** Stable warning codes (the UI translates them). */
export type SpcWarning = 'trial-limits' | 'no-usable-points' | 'zero-denominator';

export interface SpcPhase {
  start: number;
  /** Inclusive. */
  end: number;
  centre: number | null;
  /** When the same for every point of the phase that has limits, else null. */
  lower: number | null;
  upper: number | null;
  /** i/mr/pp/up only (pp/up: of the z-scores, unscaled); the value the limits were computed from. */
  meanMovingRange: number | null;
  /** Present when Anhøj analysis is on, otherwise null. */
  runs: SpcRuns | null;
  warnings: SpcWarning[];
}

/** The Making Data Count variation icon of the last point. */
export type SpcVariation =
  | 'common'
  | 'improvement-high'
  | 'improvement-low'
  | 'concern-high'
  | 'concern-low'
  | 'neutral-high'
  | 'neutral-low';

/** The Making Data Count assurance icon; null without a target or a direction. */
export type SpcAssurance = 'pass' | 'fail' | 'inconsistent' | null;

/** The `spc` result of the contract. */
export interface SpcResult {
  chart: SpcChart;
  points: SpcPoint[];
  phases: SpcPhase[];
  variation: SpcVariation;
  assurance: SpcAssurance;
  warnings: SpcWarning[];
}

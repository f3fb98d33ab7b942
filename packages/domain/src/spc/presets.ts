import type { SpcChart, SpcOptions, SpcPreset, SpcRequest, SpcTwoOfThree } from './types';

/** The rules after merging a preset with the request's overrides; 0 = off for shift and trend. */
export interface ResolvedRules {
  outside: boolean;
  shift: number;
  trend: number;
  trendTies: 'break' | 'skip';
  twoOfThree: SpcTwoOfThree | false;
  anhoej: boolean;
}

/** Every convention the engine needs, resolved from preset + options. */
export interface SpcConfig {
  /** Half-width of the XmR limits in units of MR̄ (the 3-sigma width). */
  xmrFactor: number;
  screenMovingRanges: boolean;
  centre: 'mean' | 'median';
  rules: ResolvedRules;
}

interface PresetDefinition {
  xmrConstant: '2.66' | '3/1.128';
  screenMovingRanges: boolean;
  rules: ResolvedRules;
}

/**
 * MDC (NHS England "Making Data Count", as implemented by NHSRplotthedots ptd_spc_standard.R and
 * ptd_calculate_point_type.R): mean ± 2.66·MR̄ with moving-range screening, a 3-sigma rule, 7-point
 * shift and trend, and two points out of three close to a limit.
 */
const MDC_RULES: ResolvedRules = {
  outside: true,
  shift: 7,
  trend: 7,
  trendTies: 'break',
  twoOfThree: 'mdc2023',
  anhoej: false,
};

/** The named presets of the contract ("Presets" table). */
export const SPC_PRESETS: Readonly<Record<SpcPreset, Readonly<PresetDefinition>>> = {
  mdc: { xmrConstant: '2.66', screenMovingRanges: true, rules: MDC_RULES },
  // The MDC Excel tool computes the same limits but does not screen moving ranges.
  'mdc-excel': { xmrConstant: '2.66', screenMovingRanges: false, rules: MDC_RULES },
  // qicharts2 with the package attached: .onAttach sets options(qic.screenedmr = TRUE); limits use
  // sigma = MR̄/1.128 (Montgomery 6.33); only the 3-sigma rule and the Anhøj runs analysis signal.
  qic: {
    xmrConstant: '3/1.128',
    screenMovingRanges: true,
    rules: { outside: true, shift: 0, trend: 0, trendTies: 'break', twoOfThree: false, anhoej: true },
  },
  // PowerBI-SPC (src/Outlier Flagging: astronomical, shift, trend, twoInThree) with every rule on:
  // shift 7, trend 5 (a tie has sign 0 and breaks it), two-in-three beyond the 2-sigma lines.
  'pbi-spc': {
    xmrConstant: '3/1.128',
    screenMovingRanges: true,
    rules: {
      outside: true,
      shift: 7,
      trend: 5,
      trendTies: 'break',
      twoOfThree: 'beyond2sigma',
      anhoej: false,
    },
  },
};

/** MDC: 2.66 = 3/d2 rounded, d2 = 1.128 for moving ranges of two points. */
const XMR_FACTORS = { '2.66': 2.66, '3/1.128': 3 / 1.128 } as const;

/** `false` and a missing override both mean "use the preset" except where false switches a rule off. */
function mergeCount(preset: number, override: number | false | undefined): number {
  if (override === undefined) return preset;
  return override === false ? 0 : override;
}

function mergeRules(preset: ResolvedRules, options: SpcOptions | undefined): ResolvedRules {
  const o = options?.rules;
  return {
    outside: o?.outside ?? preset.outside,
    shift: mergeCount(preset.shift, o?.shift),
    trend: mergeCount(preset.trend, o?.trend),
    trendTies: o?.trendTies ?? preset.trendTies,
    twoOfThree: o?.twoOfThree ?? preset.twoOfThree,
    anhoej: o?.anhoej ?? preset.anhoej,
  };
}

/** Run charts default to the median (Anhøj/Provost), control charts to the mean. */
function defaultCentre(chart: SpcChart): 'mean' | 'median' {
  return chart === 'run' ? 'median' : 'mean';
}

/** Resolve the request's preset (default "mdc") with `options` merged over it. */
export function resolveConfig(request: Pick<SpcRequest, 'chart' | 'preset' | 'options'>): SpcConfig {
  const preset = SPC_PRESETS[request.preset ?? 'mdc'];
  const options = request.options;
  return {
    xmrFactor: XMR_FACTORS[options?.xmrConstant ?? preset.xmrConstant],
    screenMovingRanges: options?.screenMovingRanges ?? preset.screenMovingRanges,
    centre: options?.centre ?? defaultCentre(request.chart),
    rules: mergeRules(preset.rules, options),
  };
}

/** @leerlus/domain SPC engine: statistical process control charts per /work/shared/spc-contract.md. */
export { computeSpc, TRIAL_LIMITS_POINTS } from './engine';
export { resolveConfig, SPC_PRESETS, type SpcConfig, type ResolvedRules } from './presets';
export { crossingsLimit, longestRunLimit } from './anhoej';
export type * from './types';
export { explainChart, explainPhase, explainPoint, type ExplainOptions, type SpcLocale } from './explain';
export { explainRebase, suggestRebase, type RebaseSuggestion } from './rebase';

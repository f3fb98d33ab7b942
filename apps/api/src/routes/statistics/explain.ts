import type { Locale } from '@leerlus/contracts';
import type { SpcRequest } from '@leerlus/contracts/spc';
import type { SpcExplained } from '@leerlus/contracts/spc-explain';
import {
  computeSpc,
  explainChart,
  explainPhase,
  explainPoint,
  explainRebase,
  suggestRebase,
} from '@leerlus/domain/spc/index';

/**
 * Computes a chart and explains it in one language: a sentence per fired rule for each flagged point,
 * the runs and trial-limit sentences per phase, the chart-level notes, and a suggested rebase (a
 * suggestion only: MDC guidance forbids rebasing automatically, so a person applies it).
 */
export function computeExplainedSpc(request: SpcRequest, locale: Locale): SpcExplained {
  const result = computeSpc(request);
  const options = { centre: request.options?.centre };
  const points = result.points
    .map((p) => ({ index: p.index, sentences: explainPoint(result, p.index, locale, options) }))
    .filter((p) => p.sentences.length > 0);
  const phases = result.phases
    .map((_, phase) => ({ phase, sentences: explainPhase(result, phase, locale) }))
    .filter((p) => p.sentences.length > 0);
  const suggestion = suggestRebase(result);
  const rebase =
    suggestion === null ? null : { ...suggestion, sentence: explainRebase(result, suggestion, locale) };
  return { result, explanations: { locale, chart: explainChart(result, locale), phases, points, rebase } };
}

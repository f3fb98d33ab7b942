import type { RespondentAnswer } from './answers';
import { instrumentItems, itemTarget, scaleRange, toPercent, type InstrumentDefinition, type RoadmapStage } from './instrument';

/**
 * Scoring (issue 7). Values are averaged in the scale's own units and also given as a percentage of
 * the scale's range, so that instruments with different scales can share a radar. "Not applicable"
 * answers are left out of every mean (an item everybody marks n.a. drops out of its theme); unanswered
 * items are counted, never scored as zero, so a partly filled measurement is not penalised but shows
 * its completeness. Individual answers are kept apart so their spread can be shown: answers two or more
 * scale steps apart are a disagreement, itself a finding.
 */

export type ItemStatus = 'unanswered' | 'not-applicable' | 'below-target' | 'on-target';

export interface ItemScore {
  itemId: string;
  themeId: string;
  stage: RoadmapStage | null;
  /** Respondents who gave any answer, n.a. included. */
  respondents: number;
  notApplicable: number;
  /** Count per scale value, in scale order. */
  distribution: { value: number; count: number }[];
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** Mean as a percentage of the scale range. */
  percent: number | null;
  /** Scale steps between the lowest and highest answer. */
  spreadSteps: number | null;
  isDisagreement: boolean;
  target: number;
  status: ItemStatus;
}

export interface ThemeScore {
  themeId: string;
  items: number;
  answered: number;
  notApplicable: number;
  unanswered: number;
  /** Mean of the answered items' means, in scale units. */
  mean: number | null;
  percent: number | null;
  belowTarget: number;
  disagreements: number;
  /** Items at their target (e.g. roadmap elements done). */
  onTarget: number;
}

export interface StageProgress {
  stage: RoadmapStage;
  items: number;
  onTarget: number;
  percent: number | null;
}

export interface MeasurementScore {
  respondents: number;
  items: ItemScore[];
  themes: ThemeScore[];
  overall: { mean: number | null; percent: number | null; answered: number; notApplicable: number; items: number; completeness: number };
  /** Roadmap instruments: progress per stage (basis, verdieping); empty otherwise. */
  stages: StageProgress[];
}

/** Disagreement: answers at least this many scale steps apart. */
export const DISAGREEMENT_STEPS = 2;

const mean = (xs: readonly number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function scoreItem(instrument: InstrumentDefinition, themeId: string, item: InstrumentDefinition['themes'][number]['items'][number], answers: readonly RespondentAnswer[]): ItemScore {
  const options = instrument.scale.options;
  const numeric = answers.flatMap((a) => (a.value === 'na' ? [] : [a.value])).sort((a, b) => a - b);
  const notApplicable = answers.length - numeric.length;
  const m = mean(numeric);
  const target = itemTarget(instrument, item);
  const stepOf = (v: number) => options.findIndex((o) => o.value === v);
  const spreadSteps = numeric.length === 0 ? null : stepOf(numeric[numeric.length - 1]!) - stepOf(numeric[0]!);
  let status: ItemStatus;
  if (m !== null) status = m < target ? 'below-target' : 'on-target';
  else status = notApplicable > 0 ? 'not-applicable' : 'unanswered';
  return {
    itemId: item.id,
    themeId,
    stage: item.stage ?? null,
    respondents: answers.length,
    notApplicable,
    distribution: options.map((o) => ({ value: o.value, count: numeric.filter((v) => v === o.value).length })),
    mean: m,
    median: median(numeric),
    min: numeric[0] ?? null,
    max: numeric[numeric.length - 1] ?? null,
    percent: m === null ? null : toPercent(instrument.scale, m),
    spreadSteps,
    isDisagreement: spreadSteps !== null && spreadSteps >= DISAGREEMENT_STEPS,
    target,
    status,
  };
}

function scoreTheme(instrument: InstrumentDefinition, themeId: string, items: readonly ItemScore[]): ThemeScore {
  const answered = items.filter((i) => i.mean !== null);
  const m = mean(answered.map((i) => i.mean!));
  return {
    themeId,
    items: items.length,
    answered: answered.length,
    notApplicable: items.filter((i) => i.status === 'not-applicable').length,
    unanswered: items.filter((i) => i.status === 'unanswered').length,
    mean: m,
    percent: m === null ? null : toPercent(instrument.scale, m),
    belowTarget: items.filter((i) => i.status === 'below-target').length,
    disagreements: items.filter((i) => i.isDisagreement).length,
    onTarget: items.filter((i) => i.status === 'on-target').length,
  };
}

/** Scores one measurement: every respondent's current answers (see currentAnswers). */
export function scoreMeasurement(instrument: InstrumentDefinition, answers: readonly RespondentAnswer[]): MeasurementScore {
  const byItem = new Map<string, RespondentAnswer[]>();
  for (const a of answers) byItem.set(a.itemId, [...(byItem.get(a.itemId) ?? []), a]);
  const items = instrumentItems(instrument).map(({ theme, item }) => scoreItem(instrument, theme.id, item, byItem.get(item.id) ?? []));
  const themes = instrument.themes.map((theme) => scoreTheme(instrument, theme.id, items.filter((i) => i.themeId === theme.id)));
  const answered = items.filter((i) => i.mean !== null);
  const notApplicable = items.filter((i) => i.status === 'not-applicable').length;
  const m = mean(answered.map((i) => i.mean!));
  const stages: StageProgress[] = (['basis', 'verdieping'] as const).flatMap((stage) => {
    const staged = items.filter((i) => i.stage === stage);
    if (staged.length === 0) return [];
    const counted = staged.filter((i) => i.status !== 'not-applicable');
    const onTarget = counted.filter((i) => i.status === 'on-target').length;
    return [{ stage, items: counted.length, onTarget, percent: counted.length === 0 ? null : (onTarget / counted.length) * 100 }];
  });
  return {
    respondents: new Set(answers.map((a) => a.respondentId)).size,
    items,
    themes,
    overall: {
      mean: m,
      percent: m === null ? null : toPercent(instrument.scale, m),
      answered: answered.length,
      notApplicable,
      items: items.length,
      completeness: items.length === 0 ? 0 : (answered.length + notApplicable) / items.length,
    },
    stages,
  };
}

export interface Gap {
  itemId: string;
  themeId: string;
  stage: RoadmapStage | null;
  value: number;
  target: number;
  /** Distance to the target as a percentage of the scale range. */
  gapPercent: number;
  isDisagreement: boolean;
}

/**
 * The gap list: answered items below their target, the largest gap first; on a roadmap the basis
 * elements come before the verdieping (what comes next), ties in instrument order.
 */
export function gapList(instrument: InstrumentDefinition, score: MeasurementScore): Gap[] {
  const { min, max } = scaleRange(instrument.scale);
  const order = new Map(score.items.map((i, n) => [i.itemId, n]));
  const stageRank = (s: RoadmapStage | null) => (s === 'verdieping' ? 1 : 0);
  return score.items
    .filter((i) => i.status === 'below-target')
    .map((i) => ({ itemId: i.itemId, themeId: i.themeId, stage: i.stage, value: i.mean!, target: i.target, gapPercent: ((i.target - i.mean!) / (max - min)) * 100, isDisagreement: i.isDisagreement }))
    .sort((a, b) => stageRank(a.stage) - stageRank(b.stage) || b.gapPercent - a.gapPercent || order.get(a.itemId)! - order.get(b.itemId)!);
}

export interface Readiness {
  /** True when every item of every required theme is answered and at its target. */
  isReady: boolean;
  mustHaves: { itemId: string; status: ItemStatus }[];
  missingMustHaves: string[];
  niceToHaves: { itemId: string; status: ItemStatus }[];
  niceToHavesPresent: number;
}

/** Readiness to start (must-haves / nice-to-haves): a must-have below target or unanswered is missing. */
export function readinessOf(instrument: InstrumentDefinition, score: MeasurementScore): Readiness {
  const required = new Set(instrument.themes.filter((t) => t.required).map((t) => t.id));
  const must = score.items.filter((i) => required.has(i.themeId)).map((i) => ({ itemId: i.itemId, status: i.status }));
  const nice = score.items.filter((i) => !required.has(i.themeId)).map((i) => ({ itemId: i.itemId, status: i.status }));
  const missing = must.filter((m) => m.status === 'below-target' || m.status === 'unanswered').map((m) => m.itemId);
  return { isReady: missing.length === 0, mustHaves: must, missingMustHaves: missing, niceToHaves: nice, niceToHavesPresent: nice.filter((n) => n.status === 'on-target').length };
}

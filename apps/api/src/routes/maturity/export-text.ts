import type { AssessmentResults } from '@leerlus/contracts/maturity';

export type ExportLocale = 'nl' | 'en';

/** Labels of the generated deck and PDF ("template presentatie uitkomsten 0-meting"), nl and en. */
export const EXPORT_TEXT = {
  nl: {
    baseline: '0-meting',
    remeasurement: 'Hermeting',
    radar: 'Radar per thema',
    trend: 'Trend per thema',
    scores: 'Score per thema',
    findings: 'Bevindingen',
    gaps: 'Verbeterpunten (onder streefniveau)',
    noGaps: 'Geen onderdelen onder het streefniveau.',
    nextSteps: 'Vervolgstappen',
    item: 'Onderdeel',
    theme: 'Thema',
    score: 'Score',
    target: 'Streef',
    respondents: (n: number) => `${n} ${n === 1 ? 'respondent' : 'respondenten'}`,
    nextMeasurement: (d: string) => `Volgende meting: ${d}.`,
    makeActions: (n: number) => `Maak van de ${n} grootste verbeterpunten een actie op het verbeterbord, met eigenaar en datum.`,
    discuss: (n: number) => `Bespreek de ${n} ${n === 1 ? 'onderdeel' : 'onderdelen'} waarover het team het oneens is.`,
    shareResults: 'Presenteer de uitkomsten aan het kernteam en bepaal samen de doelsituatie.',
  },
  en: {
    baseline: 'Baseline',
    remeasurement: 'Re-measurement',
    radar: 'Radar per theme',
    trend: 'Trend per theme',
    scores: 'Score per theme',
    findings: 'Findings',
    gaps: 'Improvement points (below target)',
    noGaps: 'No items below target.',
    nextSteps: 'Next steps',
    item: 'Item',
    theme: 'Theme',
    score: 'Score',
    target: 'Target',
    respondents: (n: number) => `${n} ${n === 1 ? 'respondent' : 'respondents'}`,
    nextMeasurement: (d: string) => `Next measurement: ${d}.`,
    makeActions: (n: number) => `Turn the ${n} largest improvement points into actions on the improvement board, with an owner and a date.`,
    discuss: (n: number) => `Discuss the ${n} ${n === 1 ? 'item' : 'items'} the team disagrees on.`,
    shareResults: 'Present the results to the core team and agree on the target situation together.',
  },
} as const;

/** dd-mm-yyyy, the date format of the Dutch UI (used in both languages' exports). */
export const formatDate = (iso: string) => iso.slice(0, 10).split('-').reverse().join('-');

/** Item text by id in the locale. */
export function itemTextOf(results: AssessmentResults, itemId: string, locale: ExportLocale): string {
  for (const theme of results.definition.themes) for (const item of theme.items) if (item.id === itemId) return item.text[locale];
  return itemId;
}

export const themeTitleOf = (results: AssessmentResults, themeId: string, locale: ExportLocale) => results.definition.themes.find((t) => t.id === themeId)?.title[locale] ?? themeId;

/** The next steps slide/section, derived from the results. */
export function nextSteps(results: AssessmentResults, locale: ExportLocale): string[] {
  const text = EXPORT_TEXT[locale];
  const steps: string[] = [text.shareResults];
  const gaps = Math.min(results.gaps.length, 3);
  if (gaps > 0) steps.push(text.makeActions(gaps));
  const disagreements = results.items.filter((i) => i.isDisagreement).length;
  if (disagreements > 0) steps.push(text.discuss(disagreements));
  if (results.assessment.nextDueOn) steps.push(text.nextMeasurement(formatDate(results.assessment.nextDueOn)));
  return steps;
}

export const titleLine = (results: AssessmentResults, teamName: string, locale: ExportLocale) =>
  `${teamName} · ${EXPORT_TEXT[locale][results.assessment.kind]} · ${formatDate(results.assessment.measuredOn)}`;

export const pct = (p: number | null) => (p === null ? '–' : `${Math.round(p)}%`);

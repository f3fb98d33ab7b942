import { instrumentItems, optionOf, type InstrumentDefinition } from './instrument';

/** An answer: a value of the scale, or "not applicable". */
export type AnswerValue = number | 'na';

/** One respondent's current answer to one item (session mode: one respondent, the session). */
export interface RespondentAnswer {
  respondentId: string;
  itemId: string;
  value: AnswerValue;
}

/** A stored answer version: answers are never overwritten, a correction is a higher version. */
export interface AnswerVersion extends RespondentAnswer {
  version: number;
}

export type AnswerIssue = 'unknown-item' | 'not-on-scale' | 'not-applicable-not-allowed';

/** Why an answer does not fit the instrument (null when it does). */
export function answerIssue(instrument: InstrumentDefinition, itemId: string, value: AnswerValue): AnswerIssue | null {
  if (!instrumentItems(instrument).some(({ item }) => item.id === itemId)) return 'unknown-item';
  if (value === 'na') return instrument.scale.allowNotApplicable ? null : 'not-applicable-not-allowed';
  return optionOf(instrument.scale, value) ? null : 'not-on-scale';
}

/** The current answers: per respondent and item the highest version (earlier versions stay as history). */
export function currentAnswers<T extends AnswerVersion>(versions: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const v of versions) {
    const key = `${v.respondentId}\u0000${v.itemId}`;
    const seen = latest.get(key);
    if (!seen || v.version > seen.version) latest.set(key, v);
  }
  return [...latest.values()];
}

/** The version a new answer of this respondent to this item gets. */
export function nextAnswerVersion(versions: readonly AnswerVersion[], respondentId: string, itemId: string): number {
  return versions.reduce((max, v) => (v.respondentId === respondentId && v.itemId === itemId ? Math.max(max, v.version) : max), 0) + 1;
}

import type { LocalizedText } from '../instrument';

/** A Dutch/English text pair (Dutch first: the seeds are Dutch). */
export const t = (nl: string, en: string): LocalizedText => ({ nl, en });

/** Five level descriptions, from level 1 (lowest) to level 5, keyed by level value. */
export function levels(...descriptions: [LocalizedText, LocalizedText, LocalizedText, LocalizedText, LocalizedText]): Record<string, LocalizedText> {
  return Object.fromEntries(descriptions.map((d, i) => [String(i + 1), d]));
}

export const YES_PARTLY_NO = {
  kind: 'choice' as const,
  allowNotApplicable: true,
  options: [
    { value: 0, key: 'no', label: t('Nee', 'No') },
    { value: 1, key: 'partly', label: t('Gedeeltelijk', 'Partly') },
    { value: 2, key: 'yes', label: t('Ja', 'Yes') },
  ],
};

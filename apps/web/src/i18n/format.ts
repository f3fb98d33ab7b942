import type { Locale } from '@leerlus/contracts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Date separators per language: Dutch writes dd-mm-jjjj, English (UK usage) dd/mm/yyyy. */
const separator: Record<Locale, string> = { nl: '-', en: '/' };

const toDate = (value: string | Date): Date => (value instanceof Date ? value : new Date(value));

/** A calendar date in the user's time zone: 07-03-2026 (nl) or 07/03/2026 (en). */
export function formatDate(value: string | Date, locale: Locale): string {
  const d = toDate(value);
  const sep = separator[locale];
  return `${pad(d.getDate())}${sep}${pad(d.getMonth() + 1)}${sep}${d.getFullYear()}`;
}

/** Date and 24-hour time: 07-03-2026 14:05. */
export function formatDateTime(value: string | Date, locale: Locale): string {
  const d = toDate(value);
  return `${formatDate(d, locale)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

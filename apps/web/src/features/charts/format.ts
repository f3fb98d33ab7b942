import type { Locale } from '@leerlus/contracts';

/** Formats a number for display; `null` when there is nothing to show. */
export type NumberFormatter = (value: number | null | undefined) => string;

const cache = new Map<string, Intl.NumberFormat>();
function formatterFor(locale: Locale, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${fractionDigits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      maximumFractionDigits: fractionDigits,
    });
    cache.set(key, format);
  }
  return format;
}

/**
 * Display numbers in the user's language (decimal comma in Dutch). Without a fixed number of decimals,
 * precision follows the magnitude: 1 decimal from 100, 2 from 1, 3 below (proportions such as 0,125).
 * The engine's output is never rounded; only what is shown is.
 */
export function numberFormatter(locale: Locale, decimals?: number, empty = '—'): NumberFormatter {
  return (value) => {
    if (value === null || value === undefined || !Number.isFinite(value)) return empty;
    const abs = Math.abs(value);
    const digits = decimals ?? (abs >= 100 ? 1 : abs >= 1 ? 2 : 3);
    return formatterFor(locale, digits).format(value);
  };
}

/** Escapes text for the HTML of chart tooltips (labels come from user input). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Text that stands for a missing value in a pasted series. */
const MISSING = new Set(['', '-', 'na', 'n/a', 'nan', 'null', '.']);
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Parses a number as people type it in Dutch or English: decimal comma or point ("12,5", "12.5"),
 * thousands separators when both are present ("1.234,5", "1,234.5"), spaces, a trailing "%".
 * Returns null for a missing value ("", "-", "NA") and undefined when the text is not a number.
 */
export function parseNumber(raw: string): number | null | undefined {
  let text = raw
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
  if (MISSING.has(text.toLowerCase())) return null;
  text = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  const comma = text.lastIndexOf(',');
  const point = text.lastIndexOf('.');
  if (comma >= 0 && point >= 0) {
    // The last separator is the decimal one; the other groups thousands.
    text = comma > point ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (comma >= 0) {
    if (text.indexOf(',') !== comma) return undefined;
    text = text.replace(',', '.');
  }
  if (!PLAIN_NUMBER.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

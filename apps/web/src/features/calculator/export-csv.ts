import type { SpcResult } from '@leerlus/contracts/spc';

const HEADER = ['index', 'label', 'value', 'centre', 'lower', 'upper', 'type', 'signals'];
const SIGNALS = ['outside', 'shift', 'trend', 'twoOfThree'] as const;

/**
 * A CSV field: quoted when it holds a comma, quote or line break; text that a spreadsheet would run as a
 * formula (starting with =, +, @, a tab, or a minus not followed by a digit) gets a leading apostrophe.
 */
function field(value: string): string {
  const safe = /^[=+@\t\r]|^-(?!\d)/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const num = (value: number | null) => (value === null ? '' : String(value));

/**
 * The result as CSV, one row per point: index (0-based, as in the contract), label, value, centre, lower
 * and upper 3σ limit, type, and the fired rules joined by "+". Numbers are unrounded with a decimal point
 * (for R, Python or a spreadsheet's import); missing values are empty.
 */
export function resultToCsv(result: SpcResult): string {
  const rows = result.points.map((p) =>
    [
      String(p.index),
      field(p.label ?? ''),
      num(p.value),
      num(p.centre),
      num(p.lower),
      num(p.upper),
      p.type,
      SIGNALS.filter((s) => p.signals[s]).join('+'),
    ].join(','),
  );
  return `${[HEADER.join(','), ...rows].join('\r\n')}\r\n`;
}

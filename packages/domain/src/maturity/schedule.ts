/**
 * Scheduling re-measurements: the next date is the measurement date plus the instrument's rhythm in
 * months (QuickScan: six), the day clamped to the month's end (31-08 + 6 months = 28/29-02).
 */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** The default next measurement: measuredOn + recurrenceMonths, or none without a rhythm. */
export function nextMeasurementDate(measuredOn: string, recurrenceMonths: number | null): string | null {
  return recurrenceMonths === null ? null : addMonths(measuredOn, recurrenceMonths);
}

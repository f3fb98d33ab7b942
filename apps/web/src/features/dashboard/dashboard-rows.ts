import type { Dashboard } from '@leerlus/contracts/dashboard';
import type { Locale } from '@leerlus/contracts';
import type { SummaryRow } from '../charts/summary-table/summary-table';

/** The dashboard's rows as summary-table rows: the indicator's name in the user's language, N of observations, completeness. */
export function summaryRows(dashboard: Dashboard, locale: Locale): SummaryRow[] {
  return dashboard.rows.map((row) => ({
    id: row.indicator.id,
    name: locale === 'nl' ? row.indicator.nameNl : row.indicator.nameEn,
    unit: row.indicator.unit || null,
    latest: row.latest?.value ?? null,
    target: row.target,
    // No chart yet (no data): shown as common cause with an empty value.
    variation: row.spc?.variation ?? 'common',
    assurance: row.spc?.assurance ?? null,
    n: row.n ?? row.quality.n,
    lastUpdated: row.lastUpdated,
    completeness: row.quality.completeness,
  }));
}

import type { SummaryRow } from './summary-model';

/** A board's worth of indicators for the summary table tests. */
export const ROWS: SummaryRow[] = [
  { id: 'a', name: 'Wondinfecties', team: 'Heup- en knieartrose', unit: '%', latest: 2.4, target: 3, variation: 'improvement-low', assurance: 'pass', n: 36, lastUpdated: '2026-03-01' },
  { id: 'b', name: 'Heropnames', team: 'Heup- en knieartrose', unit: '%', latest: 8.1, target: 5, variation: 'concern-high', assurance: 'fail', n: 24, lastUpdated: '2026-02-15' },
  { id: 'c', name: 'Ligduur', team: 'Borstkanker', unit: 'dagen', latest: 3.2, target: 3, variation: 'common', assurance: 'inconsistent', n: 48, lastUpdated: '2026-03-07' },
  { id: 'd', name: 'Tevredenheid (PREM)', team: 'Borstkanker', unit: null, latest: 8.4, target: null, variation: 'neutral-high', assurance: null, n: 12, lastUpdated: null },
  { id: 'e', name: 'Ërnstige complicaties', team: 'Palliatieve zorg', unit: '%', latest: 1.1, target: 1, variation: 'concern-low', assurance: 'inconsistent', n: 30, lastUpdated: '2026-01-31' },
];

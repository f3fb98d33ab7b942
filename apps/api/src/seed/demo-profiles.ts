import type { TeamProfile } from './synthetic';

/** The demo data window: 36 months, fixed so that the data are the same on every machine. */
export const DEMO_WINDOW = { start: '2023-10', months: 36, last: '2026-09-30' } as const;

const pain = (timepoint: string, offsetDays: number, before: [number, number], after: [number, number], response: number) =>
  ({ code: 'nrs-pain', timepoint, offsetDays, before, after, min: 0, max: 10, decimals: 0, response }) as const;
const recommend = (before: [number, number], after: [number, number]) =>
  ({ code: 'prem-recommend', offsetDays: 30, before, after, min: 0, max: 10, decimals: 0, response: 0.6 }) as const;

/**
 * Hip & knee replacement: an enhanced-recovery pathway from month 20 (June 2025) lowers complications,
 * waiting time, pain at 3 months and cost, and raises the share that would recommend the hospital.
 */
export const HIP_PROFILE: TeamProfile = {
  seed: 101,
  pseudonymPrefix: 'HK',
  patients: 2000,
  start: DEMO_WINDOW.start,
  months: DEMO_WINDOW.months,
  improvementMonth: 20,
  age: [68, 9],
  femaleShare: 0.64,
  carePaths: ['THP', 'THP', 'TKP'],
  binary: [{ code: 'complication-90d', before: 0.14, after: 0.06, highRisk: 1.5 }],
  continuous: [
    { code: 'waiting-days', before: [48, 14], after: [36, 10], min: 3, max: 180, decimals: 0 },
    { code: 'cost-eur', before: [9800, 1600], after: [9000, 1500], min: 4000, max: 30000, decimals: 0 },
    pain('baseline', -14, [6.6, 1.6], [6.6, 1.6], 0.85),
    pain('3m', 91, [3.1, 1.9], [2.4, 1.7], 0.75),
    recommend([8.2, 1.4], [8.8, 1.1]),
  ],
};

/** Breast cancer: margin assessment during surgery from month 16 (February 2025) lowers re-excisions. */
export const BREAST_PROFILE: TeamProfile = {
  seed: 202,
  pseudonymPrefix: 'BK',
  patients: 2000,
  start: DEMO_WINDOW.start,
  months: DEMO_WINDOW.months,
  improvementMonth: 16,
  age: [60, 11],
  femaleShare: 0.99,
  carePaths: ['BSO', 'BSO', 'ME'],
  binary: [{ code: 're-excision', before: 0.21, after: 0.09, highRisk: 1.2 }],
  continuous: [
    { code: 'waiting-days', before: [34, 9], after: [27, 7], min: 3, max: 120, decimals: 0 },
    { code: 'cost-eur', before: [14500, 2800], after: [13900, 2600], min: 5000, max: 40000, decimals: 0 },
    { code: 'breast-q-satisfaction', timepoint: 'baseline', offsetDays: -7, before: [58, 16], after: [58, 16], min: 0, max: 100, decimals: 0, response: 0.8 },
    { code: 'breast-q-satisfaction', timepoint: '12m', offsetDays: 365, before: [63, 15], after: [70, 14], min: 0, max: 100, decimals: 0, response: 0.65 },
    recommend([8.4, 1.3], [8.6, 1.2]),
  ],
  category: { variable: 'stage', values: ['I', 'I', 'II', 'II', 'III'] },
};

/** Palliative care (aggregates only): monthly figures with an improvement from month 18 (April 2025). */
export const PALLIATIVE_AGGREGATES = {
  seed: 303,
  improvementMonth: 18,
  deaths: [18, 32] as [number, number],
  rates: {
    'hospital-last-30d': [0.36, 0.24],
    'preferred-place': [0.52, 0.68],
    'acp-documented': [0.35, 0.62],
    recommend: [0.55, 0.6],
  } as Record<string, [before: number, after: number]>,
};

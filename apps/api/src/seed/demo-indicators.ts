import type { schema } from '@leerlus/db';
import type { IndicatorDefinition } from '@leerlus/domain/indicators/index';

type IndicatorInsert = typeof schema.indicators.$inferInsert & { id: string };

const month = 'month' as const;
const yes = { op: 'eq', value: 1 } as const;
const id = (n: number) => `00000000-0000-4000-8000-0000000c${String(n).padStart(4, '0')}`;
const def = (observationCode: string, extra: Partial<IndicatorDefinition> = {}): IndicatorDefinition => ({ observationCode, periodGranularity: month, ...extra });

/**
 * The demo organisation's indicator catalogue: a minimal goal set per team across the six goal
 * domains of seed 000 (DROM, PROM, PREM, process, costs, staff satisfaction) plus volume. Fixed ids
 * keep seeding idempotent and let the docs refer to them.
 */
export const DEMO_INDICATORS: readonly IndicatorInsert[] = [
  { id: id(1), code: 'compl-90d', nameNl: 'Complicaties binnen 90 dagen', nameEn: 'Complications within 90 days', kind: 'clinical-outcome', measure: 'proportion', improvement: 'decrease', definition: def('complication-90d', { numeratorFilter: yes }) },
  { id: id(2), code: 're-excision', nameNl: 'Heroperatie na borstsparende operatie', nameEn: 'Re-excision after breast-conserving surgery', kind: 'clinical-outcome', measure: 'proportion', improvement: 'decrease', definition: def('re-excision', { numeratorFilter: yes }) },
  { id: id(3), code: 'pain-3m', nameNl: 'Pijn (NRS) 3 maanden na operatie', nameEn: 'Pain (NRS) 3 months after surgery', kind: 'prom', measure: 'mean', unit: '0-10', improvement: 'decrease', definition: def('nrs-pain', { timepoint: '3m' }) },
  { id: id(4), code: 'breast-q-12m', nameNl: 'Tevredenheid met de borst (BREAST-Q) na 12 maanden', nameEn: 'Satisfaction with breasts (BREAST-Q) at 12 months', kind: 'prom', measure: 'mean', unit: '0-100', improvement: 'increase', definition: def('breast-q-satisfaction', { timepoint: '12m' }) },
  { id: id(5), code: 'recommend', nameNl: 'Aanbevelingsbereidheid (score 9-10)', nameEn: 'Would recommend (score 9-10)', kind: 'prem', measure: 'proportion', improvement: 'increase', definition: def('prem-recommend', { numeratorFilter: { op: 'gte', value: 9 } }) },
  { id: id(6), code: 'wait-6w', nameNl: 'Behandeld binnen 6 weken', nameEn: 'Treated within 6 weeks', kind: 'process', measure: 'proportion', improvement: 'increase', definition: def('waiting-days', { numeratorFilter: { op: 'lte', value: 42 } }) },
  { id: id(7), code: 'cost-episode', nameNl: 'Kosten per behandeling', nameEn: 'Cost per treatment', kind: 'cost', measure: 'mean', unit: 'EUR', improvement: 'decrease', definition: def('cost-eur') },
  { id: id(8), code: 'staff-satisfaction', nameNl: 'Medewerkertevredenheid (MTV)', nameEn: 'Staff satisfaction', kind: 'staff-satisfaction', measure: 'mean', unit: '0-10', improvement: 'increase', definition: { observationCode: 'mtv-score', periodGranularity: 'quarter' } },
  { id: id(9), code: 'volume', nameNl: 'Aantal behandelingen', nameEn: 'Number of treatments', kind: 'volume', measure: 'count', improvement: 'neutral', definition: def('surgery') },
  { id: id(10), code: 'hospital-last-30d', nameNl: 'Ziekenhuisopname in de laatste 30 levensdagen', nameEn: 'Hospital admission in the last 30 days of life', kind: 'clinical-outcome', measure: 'proportion', improvement: 'decrease', definition: def('hospital-last-30d', { numeratorFilter: yes }) },
  { id: id(11), code: 'preferred-place', nameNl: 'Overleden op de plaats van voorkeur', nameEn: 'Died at the preferred place', kind: 'clinical-outcome', measure: 'proportion', improvement: 'increase', definition: def('preferred-place', { numeratorFilter: yes }) },
  { id: id(12), code: 'acp-documented', nameNl: 'Proactieve zorgplanning vastgelegd', nameEn: 'Advance care planning documented', kind: 'process', measure: 'proportion', improvement: 'increase', definition: def('acp-documented', { numeratorFilter: yes }) },
];

export const DEMO_INDICATOR_IDS = Object.fromEntries(DEMO_INDICATORS.map((i) => [i.code, i.id])) as Record<string, string>;

/** Which indicators each demo team tracks, by team index in DEMO_TEAMS (hip & knee, breast cancer, palliative care). */
export const DEMO_ADOPTIONS: readonly (readonly string[])[] = [
  ['compl-90d', 'pain-3m', 'recommend', 'wait-6w', 'cost-episode', 'staff-satisfaction', 'volume'],
  ['re-excision', 'breast-q-12m', 'recommend', 'wait-6w', 'cost-episode', 'staff-satisfaction', 'volume'],
  ['hospital-last-30d', 'preferred-place', 'acp-documented', 'recommend', 'staff-satisfaction'],
];

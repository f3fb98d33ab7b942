import { schema, type Executor } from '@leerlus/db';
import type { CaseMixType, IndicatorDefinition } from '@leerlus/domain/indicators/index';

type IndicatorInsert = typeof schema.indicators.$inferInsert;

/**
 * The shared template library: outcome sets built from publicly described structures (the ICHOM
 * standard sets for hip & knee osteoarthritis and breast cancer, and the Dutch quality framework for
 * palliative care in the last phase of life). Outcome names, timepoints and case-mix variables only —
 * no questionnaire text (instruments such as HOOS-PS, EQ-5D or BREAST-Q are licensed: they are named,
 * their items are not shipped). Fixed ids keep seeding idempotent.
 */
interface TemplateOutcome {
  code: string;
  nameNl: string;
  nameEn: string;
  kind: IndicatorInsert['kind'];
  measure: IndicatorInsert['measure'];
  improvement: NonNullable<IndicatorInsert['improvement']>;
  unit?: string;
  definition: IndicatorDefinition;
  timepoints: string[];
}

interface Template {
  id: string;
  name: string;
  condition: string;
  description: string;
  source: string;
  outcomes: TemplateOutcome[];
  caseMix: { code: string; label: string; type: CaseMixType }[];
}

const month = 'month' as const;
const yes = { op: 'eq', value: 1 } as const;
const mean = (observationCode: string, timepoint: string): IndicatorDefinition => ({ observationCode, periodGranularity: month, timepoint });
const share = (observationCode: string): IndicatorDefinition => ({ observationCode, periodGranularity: month, numeratorFilter: yes });

export const LIBRARY: readonly Template[] = [
  {
    id: '00000000-0000-4000-8000-00000000a001',
    name: 'Heup- en knieartrose',
    condition: 'Heup- en knieartrose (totale heup- of knieprothese)',
    description: 'Uitkomsten van zorg bij artrose van heup of knie, naar de structuur van de ICHOM Standard Set Hip & Knee Osteoarthritis.',
    source: 'ICHOM Standard Set for Hip & Knee Osteoarthritis (structure: outcomes, timepoints, case-mix)',
    outcomes: [
      { code: 'lib-hk-pain', nameNl: 'Pijn (NRS)', nameEn: 'Pain (NRS)', kind: 'prom', measure: 'mean', improvement: 'decrease', unit: '0-10', definition: mean('nrs-pain', '12m'), timepoints: ['baseline', '3m', '12m'] },
      { code: 'lib-hk-function', nameNl: 'Fysiek functioneren (HOOS-PS/KOOS-PS)', nameEn: 'Physical functioning (HOOS-PS/KOOS-PS)', kind: 'prom', measure: 'mean', improvement: 'decrease', definition: mean('hoos-ps', '12m'), timepoints: ['baseline', '3m', '12m'] },
      { code: 'lib-hk-hrqol', nameNl: 'Kwaliteit van leven (EQ-5D)', nameEn: 'Health-related quality of life (EQ-5D)', kind: 'prom', measure: 'mean', improvement: 'increase', definition: mean('eq5d-index', '12m'), timepoints: ['baseline', '3m', '12m'] },
      { code: 'lib-hk-readmission', nameNl: 'Heropname binnen 30 dagen', nameEn: 'Readmission within 30 days', kind: 'clinical-outcome', measure: 'proportion', improvement: 'decrease', definition: share('readmission-30d'), timepoints: ['30d'] },
      { code: 'lib-hk-revision', nameNl: 'Revisie binnen 1 jaar', nameEn: 'Revision within 1 year', kind: 'clinical-outcome', measure: 'proportion', improvement: 'decrease', definition: share('revision-1y'), timepoints: ['12m'] },
      { code: 'lib-hk-satisfaction', nameNl: 'Tevredenheid met het resultaat', nameEn: 'Satisfaction with results', kind: 'prem', measure: 'mean', improvement: 'increase', definition: mean('satisfaction', '12m'), timepoints: ['12m'] },
    ],
    caseMix: [
      { code: 'age', label: 'Leeftijd', type: 'number' },
      { code: 'sex', label: 'Geslacht', type: 'category' },
      { code: 'bmi', label: 'BMI', type: 'number' },
      { code: 'asa', label: 'ASA-klasse', type: 'category' },
      { code: 'charnley', label: 'Charnley-score', type: 'category' },
      { code: 'smoking', label: 'Roken', type: 'boolean' },
    ],
  },
  {
    id: '00000000-0000-4000-8000-00000000a002',
    name: 'Borstkanker',
    condition: 'Borstkanker (mammacarcinoom)',
    description: 'Uitkomsten van zorg bij borstkanker, naar de structuur van de ICHOM Standard Set Breast Cancer.',
    source: 'ICHOM Standard Set for Breast Cancer (structure: outcomes, timepoints, case-mix)',
    outcomes: [
      { code: 'lib-bc-survival', nameNl: 'Overleving', nameEn: 'Overall survival', kind: 'clinical-outcome', measure: 'proportion', improvement: 'increase', definition: share('alive-5y'), timepoints: ['yearly'] },
      { code: 'lib-bc-complications', nameNl: 'Complicaties van de behandeling', nameEn: 'Complications of treatment', kind: 'clinical-outcome', measure: 'proportion', improvement: 'decrease', definition: share('complication-6m'), timepoints: ['6m'] },
      { code: 'lib-bc-reexcision', nameNl: 'Heroperatie na borstsparende operatie', nameEn: 'Re-excision after breast-conserving surgery', kind: 'clinical-outcome', measure: 'proportion', improvement: 'decrease', definition: share('re-excision'), timepoints: ['3m'] },
      { code: 'lib-bc-breast-satisfaction', nameNl: 'Tevredenheid met de borst (BREAST-Q)', nameEn: 'Satisfaction with breasts (BREAST-Q)', kind: 'prom', measure: 'mean', improvement: 'increase', definition: mean('breast-q-satisfaction', '12m'), timepoints: ['baseline', '6m', '12m', 'yearly'] },
      { code: 'lib-bc-hrqol', nameNl: 'Kwaliteit van leven (EORTC QLQ-C30)', nameEn: 'Health-related quality of life (EORTC QLQ-C30)', kind: 'prom', measure: 'mean', improvement: 'increase', definition: mean('qlq-c30-global', '12m'), timepoints: ['baseline', '6m', '12m', 'yearly'] },
    ],
    caseMix: [
      { code: 'age', label: 'Leeftijd', type: 'number' },
      { code: 'stage', label: 'Tumorstadium', type: 'category' },
      { code: 'menopause', label: 'Menopauzale status', type: 'category' },
      { code: 'comorbidity', label: 'Comorbiditeit', type: 'number' },
      { code: 'bmi', label: 'BMI', type: 'number' },
    ],
  },
  {
    id: '00000000-0000-4000-8000-00000000a003',
    name: 'Palliatieve zorg in de laatste levensfase',
    condition: 'Palliatieve zorg in de laatste levensfase',
    description: 'Uitkomsten en processen van palliatieve zorg in de laatste levensfase, naar publiek beschreven kwaliteitsindicatoren.',
    source: 'Kwaliteitskader palliatieve zorg Nederland; publieke indicatoren voor de laatste levensfase (structure only)',
    outcomes: [
      { code: 'lib-pz-hospital-30d', nameNl: 'Ziekenhuisopname in de laatste 30 levensdagen', nameEn: 'Hospital admission in the last 30 days of life', kind: 'clinical-outcome', measure: 'proportion', improvement: 'decrease', definition: share('hospital-last-30d'), timepoints: ['last-30d'] },
      { code: 'lib-pz-preferred-place', nameNl: 'Overleden op de plaats van voorkeur', nameEn: 'Died at the preferred place', kind: 'clinical-outcome', measure: 'proportion', improvement: 'increase', definition: share('preferred-place'), timepoints: ['death'] },
      { code: 'lib-pz-symptoms', nameNl: 'Symptoomlast (USD/ESAS)', nameEn: 'Symptom burden (USD/ESAS)', kind: 'prom', measure: 'mean', improvement: 'decrease', definition: mean('symptom-burden', 'weekly'), timepoints: ['weekly'] },
      { code: 'lib-pz-acp', nameNl: 'Proactieve zorgplanning vastgelegd', nameEn: 'Advance care planning documented', kind: 'process', measure: 'proportion', improvement: 'increase', definition: share('acp-documented'), timepoints: ['last-90d'] },
    ],
    caseMix: [
      { code: 'age', label: 'Leeftijd', type: 'number' },
      { code: 'diagnosis', label: 'Diagnosegroep', type: 'category' },
      { code: 'living', label: 'Woonsituatie', type: 'category' },
    ],
  },
];

/** A stable id for a template's n-th outcome (1-based): …a001 → …b101, …b102, … */
const outcomeId = (templateId: string, n: number) => `${templateId.slice(0, -4)}b${templateId.slice(-1)}${String(n).padStart(2, '0')}`;

/** Inserts the library templates that are missing (idempotent: existing rows are left alone). */
export async function seedOutcomeSetLibrary(tx: Executor): Promise<void> {
  for (const t of LIBRARY) {
    const inserted = await tx
      .insert(schema.outcomeSets)
      .values({ id: t.id, organisationId: null, isTemplate: true, name: t.name, condition: t.condition, description: t.description })
      .onConflictDoNothing()
      .returning({ id: schema.outcomeSets.id });
    if (inserted.length === 0) continue;
    const rows = t.outcomes.map((o, k) => ({ id: outcomeId(t.id, k + 1), organisationId: null, source: t.source, unit: o.unit ?? '', ...o }));
    await tx.insert(schema.indicators).values(rows.map(({ timepoints: _t, ...r }) => r));
    await tx.insert(schema.indicatorVersions).values(
      rows.map((r) => ({ indicatorId: r.id, version: 1, measure: r.measure, unit: r.unit, definition: r.definition, improvement: r.improvement, chartType: null })),
    );
    await tx.insert(schema.outcomeSetIndicators).values(rows.map((r, position) => ({ outcomeSetId: t.id, indicatorId: r.id, position, timepoints: r.timepoints })));
    await tx.insert(schema.outcomeSetCaseMix).values(t.caseMix.map((c, position) => ({ outcomeSetId: t.id, ...c, position })));
  }
}

import type { AssessmentResults, ReadinessSummary } from '@leerlus/contracts/maturity';
import { TEAM_ID } from '../../testing/fixtures';

export const ASSESSMENT_ID = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const EARLIER_ID = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c40';
const INSTRUMENT_ID = '8b1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const tx = (nl: string, en: string) => ({ nl, en });

/** A small two-theme instrument's results: one gap with disagreement, a re-measurement after a baseline. */
export const results: AssessmentResults = {
  assessment: {
    id: ASSESSMENT_ID,
    teamId: TEAM_ID,
    instrumentId: INSTRUMENT_ID,
    instrumentKey: 'quickscan',
    instrumentVersion: 1,
    instrumentTitle: tx('QuickScan', 'Quick scan'),
    kind: 'remeasurement',
    mode: 'individual',
    status: 'submitted',
    title: '',
    measuredOn: '2026-03-02',
    nextDueOn: '2026-09-02',
    createdAt: '2026-03-02T10:00:00.000Z',
    submittedAt: '2026-03-02T12:00:00.000Z',
    lockedAt: null,
    respondents: 2,
    submittedRespondents: 2,
    overallPercent: 50,
  },
  definition: {
    key: 'quickscan',
    version: 1,
    kind: 'quickscan',
    title: tx('QuickScan', 'Quick scan'),
    description: tx('Omschrijving', 'Description'),
    source: '',
    target: 2,
    recurrenceMonths: 6,
    scale: { kind: 'choice', allowNotApplicable: true, options: [{ value: 0, key: 'no', label: tx('Nee', 'No') }, { value: 1, key: 'partly', label: tx('Gedeeltelijk', 'Partly') }, { value: 2, key: 'yes', label: tx('Ja', 'Yes') }] },
    themes: [
      { id: 'team', title: tx('Teamvorming', 'Team'), required: false, items: [{ id: 'leadership', text: tx('Is het leiderschap geborgd?', 'Is leadership secured?') }] },
      { id: 'it', title: tx('IT-omgeving', 'IT environment'), required: false, items: [{ id: 'data', text: tx('Worden data vastgelegd?', 'Are data recorded?') }] },
    ],
  },
  respondents: 2,
  overall: { mean: 1, percent: 50, answered: 2, notApplicable: 0, items: 2, completeness: 1 },
  themes: [
    { themeId: 'team', items: 1, answered: 1, notApplicable: 0, unanswered: 0, mean: 1, percent: 50, belowTarget: 1, disagreements: 1, onTarget: 0 },
    { themeId: 'it', items: 1, answered: 1, notApplicable: 0, unanswered: 0, mean: 2, percent: 100, belowTarget: 0, disagreements: 0, onTarget: 1 },
  ],
  items: [
    { itemId: 'leadership', themeId: 'team', stage: null, respondents: 2, notApplicable: 0, distribution: [{ value: 0, count: 1 }, { value: 1, count: 0 }, { value: 2, count: 1 }], mean: 1, median: 1, min: 0, max: 2, percent: 50, spreadSteps: 2, isDisagreement: true, target: 2, status: 'below-target', notes: [] },
    { itemId: 'data', themeId: 'it', stage: null, respondents: 2, notApplicable: 0, distribution: [{ value: 0, count: 0 }, { value: 1, count: 0 }, { value: 2, count: 2 }], mean: 2, median: 2, min: 2, max: 2, percent: 100, spreadSteps: 0, isDisagreement: false, target: 2, status: 'on-target', notes: [] },
  ],
  stages: [],
  gaps: [{ itemId: 'leadership', themeId: 'team', stage: null, value: 1, target: 2, gapPercent: 50, isDisagreement: true, actionId: null }],
  findings: { kinds: ['gaps'], nl: ['1 onderdeel ligt onder het streefniveau.'], en: ['1 item is below target.'] },
  readiness: null,
  radar: {
    axes: [{ themeId: 'team', title: tx('Teamvorming', 'Team') }, { themeId: 'it', title: tx('IT-omgeving', 'IT environment') }],
    series: [
      { assessmentId: EARLIER_ID, measuredOn: '2025-09-01', kind: 'baseline', isCurrent: false, values: [25, 50] },
      { assessmentId: ASSESSMENT_ID, measuredOn: '2026-03-02', kind: 'remeasurement', isCurrent: true, values: [50, 100] },
    ],
  },
  trends: [
    { themeId: 'team', points: [{ measurementId: EARLIER_ID, date: '2025-09-01', percent: 25 }, { measurementId: ASSESSMENT_ID, date: '2026-03-02', percent: 50 }], delta: 25, direction: 'up' },
    { themeId: 'it', points: [{ measurementId: EARLIER_ID, date: '2025-09-01', percent: 50 }, { measurementId: ASSESSMENT_ID, date: '2026-03-02', percent: 100 }], delta: 50, direction: 'up' },
  ],
  overallTrend: { delta: 37.5, direction: 'up' },
};

export const readinessMissing: ReadinessSummary = {
  readiness: {
    assessmentId: ASSESSMENT_ID,
    measuredOn: '2026-02-01',
    status: 'submitted',
    isReady: false,
    missingMustHaves: ['it-support'],
    mustHaves: [{ itemId: 'it-support', status: 'below-target' }],
    niceToHaves: [{ itemId: 'resources', status: 'on-target' }],
    niceToHavesPresent: 1,
  },
  mustHaveTexts: [{ itemId: 'it-support', text: tx('Er is voldoende IT-ondersteuning.', 'There is sufficient IT support.') }],
  instruments: [{ instrumentId: INSTRUMENT_ID, key: 'quickscan', title: tx('QuickScan', 'Quick scan'), latest: null, nextDueOn: '2026-01-01', isOverdue: true }],
};

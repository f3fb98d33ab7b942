import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type Call } from '../../testing/fetch-stub';
import { session, TEAM_ID, teamDetail } from '../../testing/fixtures';
import { renderRoutes } from '../../testing/render';
import { xmrShift } from '../charts/testing/fixtures';
import { DataQualityPage } from './data-quality-page';
import { IndicatorChartPage } from './indicator-chart-page';
import { TeamDashboardPage } from './team-dashboard-page';

const IND = '11111111-1111-4111-8111-111111111111';
const IND2 = '22222222-2222-4222-8222-222222222222';
const indicator = (id: string, nameNl: string, extra: Record<string, unknown> = {}) => ({
  id,
  organisationId: null,
  code: `code-${id.slice(0, 4)}`,
  nameNl,
  nameEn: `${nameNl} (en)`,
  description: '',
  kind: 'prom',
  unit: '',
  measure: 'mean',
  definition: { observationCode: 'ohs', periodGranularity: 'month', timepoint: '3m' },
  improvement: 'increase',
  chartType: null,
  effectiveChartType: 'i',
  source: '',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});
const quality = (completeness: number | null) => ({
  n: 120,
  aggregatePeriods: 0,
  expected: completeness === null ? null : 160,
  present: completeness === null ? null : 120,
  completeness,
  medianDelayDays: 12,
  lastUpdated: '2026-03-07T10:00:00.000Z',
});
const dashboard = {
  teamId: TEAM_ID,
  from: null,
  to: null,
  caseMixFiltered: false,
  coverage: { covered: ['prom'], missing: ['drom', 'prem', 'cost', 'process', 'staff'], isComplete: false },
  caseMixFields: [{ code: 'asa', label: 'ASA-klasse', type: 'number' }],
  rows: [
    {
      indicator: indicator(IND, 'Pijn na 3 maanden'),
      latest: {
        periodStart: '2026-02-01',
        label: '2026-02',
        value: 3.5,
        numerator: null,
        denominator: null,
        n: 10,
      },
      target: null,
      spc: { chart: 'i', variation: 'improvement-high', assurance: null, warnings: [] },
      n: 120,
      periods: 12,
      source: 'patient-level',
      lastUpdated: '2026-03-07T10:00:00.000Z',
      quality: quality(0.75),
    },
    {
      indicator: indicator(IND2, 'Medewerkertevredenheid', { kind: 'staff-satisfaction' }),
      latest: null,
      target: null,
      spc: null,
      n: null,
      periods: 0,
      source: 'none',
      lastUpdated: null,
      quality: quality(null),
    },
  ],
};
const series = {
  indicator: indicator(IND, 'Pijn na 3 maanden'),
  granularity: 'month',
  multiplier: 1,
  caseMixFiltered: false,
  points: xmrShift.result.points.map((p, k) => ({
    periodStart: `${2024 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-01`,
    label: p.label ?? '',
    numerator: null,
    denominator: null,
    value: p.value,
    n: 5,
    source: 'patient-level',
    indicatorVersion: 1,
  })),
  spc: xmrShift.result,
};
const drill = {
  indicator: indicator(IND, 'Pijn na 3 maanden'),
  periodStart: '2025-10-01',
  label: '2025-10',
  total: 2,
  limit: 500,
  rows: [
    {
      pseudonym: 'PS-0001',
      birthYear: 1950,
      sex: 'female',
      carePath: 'THP',
      episodeStart: '2025-07-01',
      effectiveDate: '2025-10-03',
      code: 'ohs',
      timepoint: '3m',
      valueNumber: 4,
      valueText: null,
      inNumerator: null,
    },
    {
      pseudonym: 'PS-0002',
      birthYear: 1961,
      sex: 'male',
      carePath: null,
      episodeStart: null,
      effectiveDate: '2025-10-09',
      code: 'ohs',
      timepoint: '3m',
      valueNumber: 2,
      valueText: null,
      inNumerator: null,
    },
  ],
};
const dataQuality = {
  teamId: TEAM_ID,
  from: null,
  to: null,
  rows: [
    {
      indicator: indicator(IND, 'Pijn na 3 maanden'),
      quality: quality(0.75),
      worstPeriods: [
        {
          periodStart: '2026-01-01',
          label: '2026-01',
          expected: 20,
          present: 12,
          missing: 8,
          completeness: 0.6,
        },
      ],
    },
    { indicator: indicator(IND2, 'Medewerkertevredenheid'), quality: quality(null), worstPeriods: [] },
  ],
};

/** Answers by path (any query string); the calls keep their query for assertions. */
function stubApi(): Call[] {
  const routes: [string, unknown][] = [
    [`/api/v1/teams/${TEAM_ID}/dashboard`, dashboard],
    [`/api/v1/teams/${TEAM_ID}/indicators/${IND}/series`, series],
    [`/api/v1/teams/${TEAM_ID}/indicators/${IND}/patients`, drill],
    [`/api/v1/teams/${TEAM_ID}/data-quality`, dataQuality],
    [`/api/v1/teams/${TEAM_ID}`, teamDetail],
  ];
  return stubFetch((call) => {
    const path = call.path.split('?')[0];
    const hit = routes.find(([p]) => p === path);
    return hit ? json(200, hit[1]) : undefined;
  });
}

const ROUTES = [
  { path: '/teams/:teamId/dashboard', element: <TeamDashboardPage /> },
  { path: '/teams/:teamId/dashboard/indicators/:indicatorId', element: <IndicatorChartPage /> },
  { path: '/teams/:teamId/data-quality', element: <DataQualityPage /> },
];

describe('team dashboard', () => {
  it('shows the indicators with icons, N and completeness, filters through the address and opens a chart', async () => {
    const calls = stubApi();
    const user = userEvent.setup();
    renderRoutes({ routes: ROUTES, path: `/teams/${TEAM_ID}/dashboard`, session });
    const table = await screen.findByRole('table', { name: 'Overzicht van indicatoren' });
    const rows = within(table).getAllByRole('row').slice(1);
    const pain = rows.find((r) => r.textContent?.includes('Pijn na 3 maanden'))!;
    expect(pain.textContent).toContain('3,5');
    expect(pain.textContent).toContain('75%');
    expect(pain.textContent).toContain('07-03-2026');
    expect(within(table).getByRole('columnheader', { name: 'Volledigheid' })).toBeTruthy();

    await user.type(screen.getByLabelText('Van'), '2025-01-01');
    await user.click(screen.getByRole('checkbox', { name: 'Vrouw' }));
    await user.type(screen.getByLabelText('ASA-klasse vanaf'), '2');
    await user.type(screen.getByLabelText('ASA-klasse tot en met'), '3');
    await user.click(screen.getByRole('button', { name: 'Toepassen' }));
    await waitFor(() =>
      expect(
        calls.some(
          (c) =>
            c.path === `/api/v1/teams/${TEAM_ID}/dashboard?from=2025-01-01&sex=female&caseMix=asa%3A2..3`,
        ),
      ).toBe(true),
    );

    await user.click(screen.getByRole('button', { name: 'Open de grafiek van Pijn na 3 maanden' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pijn na 3 maanden' })).toBeTruthy();
    expect(
      calls.some((c) =>
        c.path.startsWith(`/api/v1/teams/${TEAM_ID}/indicators/${IND}/series?from=2025-01-01&sex=female`),
      ),
    ).toBe(true);
  }, 30_000);
});

describe('chart page', () => {
  it('shows the data-quality facts, the export links with the filters and drills down on request', async () => {
    const calls = stubApi();
    const user = userEvent.setup();
    renderRoutes({
      routes: ROUTES,
      path: `/teams/${TEAM_ID}/dashboard/indicators/${IND}?from=2024-01-01`,
      session,
    });
    const facts = await screen.findByRole('region', { name: 'Datakwaliteit van deze grafiek' });
    await waitFor(() => expect(facts.textContent).toContain('75% (120 / 160)'));
    expect(facts.textContent).toContain('12 dagen');
    const csv = screen.getByRole('link', { name: 'Data als CSV (Excel NL)' });
    expect(csv.getAttribute('href')).toBe(
      `/api/v1/teams/${TEAM_ID}/indicators/${IND}/series/export?from=2024-01-01&format=csv&delimiter=semicolon`,
    );
    expect(screen.getByRole('link', { name: 'Data als Excel' }).getAttribute('href')).toContain(
      'format=xlsx',
    );
    expect(screen.getByRole('button', { name: 'Grafiek als PNG' })).toBeTruthy();

    // No patient data is fetched until asked for.
    expect(calls.some((c) => c.path.includes('/patients'))).toBe(false);
    await user.selectOptions(screen.getByLabelText('Periode'), '2025-10-01');
    await user.click(screen.getByRole('button', { name: 'Toon patiënten' }));
    const patients = await screen.findByRole('region', { name: 'Onderliggende patiënten 2025-10' });
    expect(within(patients).getAllByRole('row')).toHaveLength(3);
    expect(within(patients).getByText('PS-0001')).toBeTruthy();
    expect(within(patients).getByText('THP 01-07-2025')).toBeTruthy();
    expect(screen.getByText('2 van 2 metingen')).toBeTruthy();
    expect(calls.find((c) => c.path.includes('/patients'))!.path).toBe(
      `/api/v1/teams/${TEAM_ID}/indicators/${IND}/patients?period=2025-10-01`,
    );
  }, 30_000);
});

describe('data-quality page', () => {
  it('lists the indicators with completeness, delay and the worst gaps', async () => {
    stubApi();
    renderRoutes({ routes: ROUTES, path: `/teams/${TEAM_ID}/data-quality`, session });
    const table = await screen.findByRole('table', { name: 'Datakwaliteit' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toContain('75% (120 / 160)');
    expect(rows[0]!.textContent).toContain('2026-01: 8 ontbreken');
    expect(rows[1]!.textContent).toContain('n.v.t.');
    expect(within(rows[1]!).getByText('Geen gaten gevonden.')).toBeTruthy();
  });
});

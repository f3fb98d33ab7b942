import type {
  DrillDown,
  DrillDownQuery,
  OrganisationOverview,
  SeriesExportQuery,
} from '@leerlus/contracts/dashboard-views';
import { schema, type Executor } from '@leerlus/db';
import { contributingObservations } from '@leerlus/db/repositories/drill-down';
import { shapeTable, type Tabular, type TabularColumn } from '@leerlus/domain';
import { periodLabel } from '@leerlus/domain/indicators/index';
import { asc, eq } from 'drizzle-orm';
import type { Team } from '../../access/team-scope';
import { presentIndicator, type IndicatorRow } from '../indicators/presenter';
import { caseMixFromQuery } from './case-mix-query';
import { buildDashboard, buildSeries } from './dashboard';

/** At most this many observations in one drill-down answer (the total says how many there are). */
export const DRILL_DOWN_LIMIT = 500;

type Point = Awaited<ReturnType<typeof buildSeries>>['points'][number];
type ChartPoint = NonNullable<Awaited<ReturnType<typeof buildSeries>>['spc']>['points'][number];
interface ExportRow {
  point: Point;
  chart: ChartPoint | undefined;
}

const HEADERS = {
  nl: [
    'periode',
    'periode_start',
    'teller',
    'noemer',
    'waarde',
    'n',
    'centrumlijn',
    'ondergrens',
    'bovengrens',
    'signalen',
    'bron',
  ],
  en: [
    'period',
    'period_start',
    'numerator',
    'denominator',
    'value',
    'n',
    'centre',
    'lower_limit',
    'upper_limit',
    'signals',
    'source',
  ],
} as const;
const SIGNALS = ['outside', 'shift', 'trend', 'twoOfThree'] as const;

/**
 * A chart's data as a table, one row per period: the figures, the value on the display scale, the
 * SPC centre line and 3σ limits, the fired rules and the source. Headers in the user's language.
 */
export async function seriesTable(
  db: Executor,
  team: Team,
  indicator: IndicatorRow,
  query: SeriesExportQuery,
  locale: 'nl' | 'en',
): Promise<Tabular> {
  const series = await buildSeries(db, team, indicator, query);
  const rows: ExportRow[] = series.points.map((point, index) => ({
    point,
    chart: series.spc?.points[index],
  }));
  const values: ((r: ExportRow) => string | number | Date | null)[] = [
    (r) => r.point.label,
    (r) => new Date(`${r.point.periodStart}T00:00:00Z`),
    (r) => r.point.numerator,
    (r) => r.point.denominator,
    (r) => r.chart?.value ?? (r.point.value === null ? null : r.point.value * series.multiplier),
    (r) => r.point.n,
    (r) => r.chart?.centre ?? null,
    (r) => r.chart?.lower ?? null,
    (r) => r.chart?.upper ?? null,
    (r) => (r.chart ? SIGNALS.filter((s) => r.chart!.signals[s]).join('+') : ''),
    (r) => r.point.source,
  ];
  const columns: TabularColumn<ExportRow>[] = HEADERS[locale].map((header, k) => ({
    header,
    value: values[k]!,
  }));
  return shapeTable(columns, rows);
}

/** The contributing observations of one period (patient data: the route authorises and audits). */
export async function buildDrillDown(
  db: Executor,
  team: Team,
  indicator: IndicatorRow,
  query: DrillDownQuery,
): Promise<DrillDown> {
  const caseMix = caseMixFromQuery(query);
  const found = await contributingObservations(
    db,
    { teamId: team.id, date: query.period, caseMix },
    {
      indicatorId: indicator.id,
      version: indicator.version,
      measure: indicator.measure,
      definition: indicator.definition,
    },
    DRILL_DOWN_LIMIT,
  );
  return {
    indicator: presentIndicator(indicator),
    periodStart: found.periodStart,
    label: periodLabel(found.periodStart, indicator.definition.periodGranularity),
    total: found.total,
    limit: DRILL_DOWN_LIMIT,
    rows: found.rows,
  };
}

/**
 * Indicators × teams of an organisation: each team's dashboard (latest value, icons, N, completeness),
 * pivoted by indicator. One dashboard computation per team.
 */
export async function buildOverview(
  db: Executor,
  organisationId: string,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<OrganisationOverview> {
  const teams = await db
    .select()
    .from(schema.teams)
    .where(eq(schema.teams.organisationId, organisationId))
    .orderBy(asc(schema.teams.name));
  const byIndicator = new Map<string, OrganisationOverview['rows'][number]>();
  for (const team of teams) {
    const dashboard = await buildDashboard(db, team, { from: query.from, to: query.to });
    for (const row of dashboard.rows) {
      const entry = byIndicator.get(row.indicator.id) ?? { indicator: row.indicator, cells: [] };
      entry.cells.push({
        teamId: team.id,
        latest: row.latest,
        variation: row.spc?.variation ?? null,
        assurance: row.spc?.assurance ?? null,
        n: row.n,
        completeness: row.quality.completeness,
      });
      byIndicator.set(row.indicator.id, entry);
    }
  }
  return {
    organisationId,
    teams: teams.map((t) => ({ id: t.id, name: t.name })),
    rows: [...byIndicator.values()].sort((a, b) => a.indicator.code.localeCompare(b.indicator.code)),
  };
}

import type { QualityFacts, DataQuality } from '@leerlus/contracts/data-quality';
import type { Executor } from '@leerlus/db';
import {
  computeDataQuality,
  type DataQualityFacts,
  type IndicatorForQuality,
} from '@leerlus/db/repositories/data-quality';
import { periodLabel, summariseCompleteness } from '@leerlus/domain/indicators/index';
import type { Team } from '../../access/team-scope';
import { presentIndicator, type IndicatorRow } from '../indicators/presenter';
import { adoptedIndicators } from '../indicators/team-indicators-queries';

export const forQuality = (row: IndicatorRow): IndicatorForQuality => ({
  indicatorId: row.id,
  version: row.version,
  measure: row.measure,
  kind: row.kind,
  definition: row.definition,
});

const NO_FACTS: DataQualityFacts = {
  n: 0,
  aggregatePeriods: 0,
  lastUpdated: null,
  medianDelayDays: null,
  periods: null,
};

/** The facts shown next to a chart: N, completeness, delay, last update. */
export function presentQuality(facts: DataQualityFacts | undefined): QualityFacts {
  const f = facts ?? NO_FACTS;
  const summary = f.periods && summariseCompleteness(f.periods);
  return {
    n: f.n,
    aggregatePeriods: f.aggregatePeriods,
    expected: summary ? summary.expected : null,
    present: summary ? summary.present : null,
    completeness: summary ? summary.completeness : null,
    medianDelayDays: f.medianDelayDays,
    lastUpdated: f.lastUpdated,
  };
}

/** Worst first: lowest completeness, then no data at all, then the stalest. */
function rank(a: QualityFacts, b: QualityFacts): number {
  const c = (q: QualityFacts) => q.completeness ?? (q.n === 0 && q.aggregatePeriods === 0 ? -1 : 2);
  return c(a) - c(b) || (a.lastUpdated ?? '').localeCompare(b.lastUpdated ?? '');
}

/** The team's data-quality page: every adopted indicator's facts and its worst periods, the worst gaps first. */
export async function buildDataQuality(
  db: Executor,
  team: Team,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<DataQuality> {
  const adopted = await adoptedIndicators(db, team.id);
  const facts = await computeDataQuality(
    db,
    { teamId: team.id, from: query.from, to: query.to },
    adopted.map((a) => forQuality(a.indicator)),
  );
  const rows = adopted.map(({ indicator }) => {
    const f = facts.get(indicator.id);
    const granularity = indicator.definition.periodGranularity;
    const worst = f?.periods ? summariseCompleteness(f.periods, 5).worstPeriods : [];
    return {
      indicator: presentIndicator(indicator),
      quality: presentQuality(f),
      worstPeriods: worst.map((p) => ({ ...p, label: periodLabel(p.periodStart, granularity) })),
    };
  });
  rows.sort((a, b) => rank(a.quality, b.quality));
  return { teamId: team.id, from: query.from ?? null, to: query.to ?? null, rows };
}

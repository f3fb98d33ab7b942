/**
 * The benchmark dataset of bench/dashboard.ts: one organisation, `teams` care teams sharing
 * `observations` synthetic observations (20 observation codes per patient), and 20 indicators of
 * every measure adopted by the first team. Built with the demo seed's generator and bulk inserts.
 */
import { sql } from 'drizzle-orm';
import { schema, type Database } from '@leerlus/db';
import type { IndicatorDefinition, Measure } from '@leerlus/domain/indicators/index';
import { insertTeamData } from '../../apps/api/src/seed/bulk';
import { generateTeamData, type TeamProfile } from '../../apps/api/src/seed/synthetic';

const BINARY = Array.from({ length: 10 }, (_, i) => `b${String(i + 1).padStart(2, '0')}`);
const CONTINUOUS = Array.from({ length: 9 }, (_, i) => `c${String(i + 1).padStart(2, '0')}`);
/** Observations per patient: the procedure, 10 binary and 9 continuous outcomes. */
export const CODES_PER_PATIENT = 1 + BINARY.length + CONTINUOUS.length;

function profile(team: number, patients: number): TeamProfile {
  return {
    seed: 1000 + team,
    pseudonymPrefix: `B${team}`,
    patients,
    start: '2021-01',
    months: 60,
    improvementMonth: 36,
    age: [65, 12],
    femaleShare: 0.55,
    carePaths: ['A', 'B'],
    binary: BINARY.map((code, i) => ({ code, before: 0.05 + i * 0.02, after: 0.04 + i * 0.015 })),
    continuous: CONTINUOUS.map((code, i) => ({
      code,
      before: [50 + i, 10],
      after: [53 + i, 10],
      min: 0,
      max: 100,
      decimals: 1,
      ...(i < 3 ? { timepoint: '3m', offsetDays: 91 } : {}),
    })),
  };
}

const month = 'month' as const;
const def = (observationCode: string, extra: Partial<IndicatorDefinition> = {}): IndicatorDefinition => ({ observationCode, periodGranularity: month, ...extra });

/** 20 indicators: 10 proportions, 6 means (3 at a timepoint), 2 medians, a count and a rate. */
export const BENCH_INDICATORS: readonly { code: string; measure: Measure; definition: IndicatorDefinition }[] = [
  ...BINARY.map((code) => ({ code: `p-${code}`, measure: 'proportion' as const, definition: def(code, { numeratorFilter: { op: 'eq', value: 1 } }) })),
  ...CONTINUOUS.slice(0, 6).map((code, i) => ({ code: `m-${code}`, measure: 'mean' as const, definition: def(code, i < 3 ? { timepoint: '3m' } : {}) })),
  ...CONTINUOUS.slice(6, 8).map((code) => ({ code: `md-${code}`, measure: 'median' as const, definition: def(code) })),
  { code: 'volume', measure: 'count', definition: def('surgery') },
  { code: 'rate-b01', measure: 'rate', definition: def('b01', { exposureCode: 'c09' }) },
];

export interface Dataset {
  organisationId: string;
  teamId: string;
  observations: number;
  loadMs: number;
}

/** Creates the organisation, teams and indicators and bulk-loads the observations; then VACUUM ANALYZE. */
export async function loadDataset(db: Database, observations: number, teams: number, log: (line: string) => void): Promise<Dataset> {
  const t0 = performance.now();
  const [org] = await db.insert(schema.organisations).values({ name: `Bench ${new Date().toISOString()}` }).returning();
  const teamRows = await db
    .insert(schema.teams)
    .values(Array.from({ length: teams }, (_, k) => ({ organisationId: org!.id, name: `Bench team ${k + 1}` })))
    .returning();
  const indicators = await db
    .insert(schema.indicators)
    .values(BENCH_INDICATORS.map((i) => ({ ...i, organisationId: org!.id, nameNl: i.code, nameEn: i.code, kind: 'clinical-outcome' as const, improvement: 'decrease' as const })))
    .returning();
  await db.insert(schema.teamIndicators).values(indicators.map((i) => ({ teamId: teamRows[0]!.id, indicatorId: i.id })));
  const patientsPerTeam = Math.ceil(observations / teams / CODES_PER_PATIENT);
  let written = 0;
  for (const [k, team] of teamRows.entries()) {
    const data = generateTeamData(profile(k, patientsPerTeam));
    await db.transaction((tx) => insertTeamData(tx, { organisationId: org!.id, teamId: team.id }, data, 'bench'));
    written += data.observations.code.length;
    log(`  team ${k + 1}/${teams}: ${written.toLocaleString('en')} observations (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  // Fresh statistics for the planner and a visibility map for index-only scans, as autovacuum would.
  await db.execute(sql`vacuum analyze observations`);
  await db.execute(sql`vacuum analyze case_mix_values`);
  return { organisationId: org!.id, teamId: teamRows[0]!.id, observations: written, loadMs: performance.now() - t0 };
}

/**
 * The bare SQL of the same figures, written by hand: per indicator one GROUP BY over the team's rows of
 * its code(s), all in one UNION ALL round trip — the floor the dashboard is compared against.
 */
export function bareSql(teamId: string): string {
  const month = `date_trunc('month', effective_date::timestamp)::date`;
  const from = (codes: string) => `from observations where team_id = '${teamId}' and code ${codes}`;
  const parts = BENCH_INDICATORS.map((i, k) => {
    const code = `= '${i.definition.observationCode}'`;
    switch (i.measure) {
      case 'proportion':
        return `select ${k} k, ${month} p, count(*) filter (where value_number = 1)::float8 a, count(*)::float8 b ${from(code)} group by 2`;
      case 'mean': {
        const tp = i.definition.timepoint ? ` and timepoint = '${i.definition.timepoint}'` : '';
        return `select ${k}, ${month}, avg(value_number), count(value_number) ${from(code)}${tp} group by 2`;
      }
      case 'median':
        return `select ${k}, ${month}, percentile_cont(0.5) within group (order by value_number), count(value_number) ${from(code)} group by 2`;
      case 'count':
        return `select ${k}, ${month}, count(*), count(*) ${from(code)} group by 2`;
      case 'rate':
        return `select ${k}, ${month}, sum(value_number) filter (where code = 'b01'), sum(value_number) filter (where code = 'c09') ${from(`in ('b01', 'c09')`)} group by 2`;
    }
  });
  return parts.join('\nunion all\n');
}

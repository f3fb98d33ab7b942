/**
 * Team dashboard benchmark: prints timings and ratios (no assertions).
 *   node --import tsx bench/dashboard.ts                       # PGlite in memory, 1M observations
 *   BENCH_OBSERVATIONS=200000 node --import tsx bench/dashboard.ts
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/<fresh db> BENCH_OBSERVATIONS=10000000 BENCH_TEAMS=10 \
 *     node --import tsx bench/dashboard.ts                     # the 10M on PostgreSQL (~10–20 min to load)
 * Loads a synthetic dataset (bench/dashboard/dataset.ts: `BENCH_TEAMS` teams, default 5, 20 observation
 * codes per patient), then times, for one team with 20 adopted indicators over 60 months:
 *   (1) the bare SQL: hand-written GROUP BY aggregates of the same figures, one round trip;
 *   (2) the repository: computeIndicatorSeries (built SQL with filters, aggregates union, row mapping);
 *   (3) the dashboard service: adopted indicators + series and data quality from the rollups (refreshRollups
 *       after loading, as imports do) + an SPC chart per indicator + presenting;
 *   (4) the HTTP endpoint: GET /api/v1/teams/:teamId/dashboard with a session (auth, validation, JSON).
 * Target (issue 5, on PostgreSQL with 10M observations): (4) ≤ 1.5× (1) and p95 < 100 ms.
 */
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, schema } from '@leerlus/db';
import { computeIndicatorSeries } from '@leerlus/db/repositories/indicator-values';
import { refreshRollups } from '@leerlus/db/repositories/rollups';
import { buildApp } from '../apps/api/src/app';
import { hashPassword } from '../apps/api/src/auth/password';
import { loadConfig } from '../apps/api/src/config';
import { buildDashboard } from '../apps/api/src/routes/dashboard/dashboard';
import { bareSql, loadDataset } from './dashboard/dataset';

const url = process.env.DATABASE_URL;
const observations = Number(process.env.BENCH_OBSERVATIONS ?? 1_000_000);
const teams = Number(process.env.BENCH_TEAMS ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

interface Timing {
  median: number;
  p95: number;
}

/**
 * Times every variant `runs` times after `warmup` unmeasured rounds, interleaved (one call of each per
 * round), so that the load of a shared machine weighs on all variants alike; median and 95th percentile.
 */
async function timeInterleaved(
  variants: readonly (() => Promise<unknown>)[],
  runs = RUNS,
  warmup = 3,
): Promise<Timing[]> {
  const times = variants.map(() => [] as number[]);
  for (let round = 0; round < warmup + runs; round++) {
    for (const [k, fn] of variants.entries()) {
      const t0 = performance.now();
      await fn();
      if (round >= warmup) times[k]!.push(performance.now() - t0);
    }
  }
  return times.map((xs) => {
    xs.sort((a, b) => a - b);
    return {
      median: xs[xs.length >> 1]!,
      p95: xs[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!,
    };
  });
}

const fmt = (t: Timing) =>
  `median ${t.median.toFixed(1).padStart(7)} ms, p95 ${t.p95.toFixed(1).padStart(7)} ms`;

console.log(
  `Node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg()[0]!.toFixed(1)}`,
);
const handle = await openDatabase(url ? { url, poolSize: 4 } : {});
await handle.migrate();
console.log(
  `Database: ${handle.kind}; loading ${observations.toLocaleString('en')} observations over ${teams} teams …`,
);
const data = await loadDataset(handle.db, observations, teams, console.log);
const perTeam = await handle.db.$count(
  schema.observations,
  sql`${schema.observations.teamId} = ${data.teamId}`,
);
console.log(
  `Loaded ${data.observations.toLocaleString('en')} observations in ${(data.loadMs / 1000).toFixed(1)} s; the dashboard team has ${perTeam.toLocaleString('en')}.`,
);

const refreshStart = performance.now();
await refreshRollups(handle.db, data.teamId);
console.log(
  `refreshRollups for the dashboard team: ${(performance.now() - refreshStart).toFixed(0)} ms (20 indicators; the dashboard then reads the rollups).`,
);

const config = loadConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  DATA_DIR: join(tmpdir(), 'leerlus-bench'),
  SECRET_KEY: 'bench-secret-key-that-is-long-enough-0123456789',
  ...(url ? { DATABASE_URL: url } : {}),
});
const app = await buildApp({ config, database: handle });
const password = 'bench password 1234';
const [user] = await handle.db
  .insert(schema.users)
  .values({
    email: `bench-${Date.now()}@bench.leerlus.nl`,
    name: 'Bench',
    passwordHash: await hashPassword(password),
  })
  .returning();
await handle.db
  .insert(schema.memberships)
  .values({ userId: user!.id, organisationId: data.organisationId, teamId: null, role: 'viewer' });
const login = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/login',
  payload: { email: user!.email, password },
});
const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');

const [team] = await handle.db
  .select()
  .from(schema.teams)
  .where(sql`${schema.teams.id} = ${data.teamId}`);
const adopted = await handle.db
  .select({ indicator: schema.indicators })
  .from(schema.teamIndicators)
  .innerJoin(schema.indicators, sql`${schema.indicators.id} = ${schema.teamIndicators.indicatorId}`)
  .where(sql`${schema.teamIndicators.teamId} = ${data.teamId}`);
const toCompute = adopted.map(({ indicator: i }) => ({
  indicatorId: i.id,
  version: i.version,
  measure: i.measure,
  definition: i.definition,
}));
const bare = sql.raw(bareSql(data.teamId));

const [tBare, tRepo, tService, tHttp] = (await timeInterleaved([
  () => handle.db.execute(bare),
  () => computeIndicatorSeries(handle.db, { teamId: data.teamId }, toCompute),
  () => buildDashboard(handle.db, team!, {}),
  async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/teams/${data.teamId}/dashboard`,
      headers: { cookie },
    });
    if (res.statusCode !== 200)
      throw new Error(`dashboard answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
  },
])) as [Timing, Timing, Timing, Timing];

console.log(`\n20 indicators × 60 months for one team (${RUNS} interleaved runs each after warm-up):`);
console.log(`  (1) bare SQL aggregate       ${fmt(tBare)}`);
console.log(
  `  (2) repository (SQL)         ${fmt(tRepo)}   ${(tRepo.median / tBare.median).toFixed(2)}× (1)`,
);
console.log(
  `  (3) dashboard service + SPC  ${fmt(tService)}   ${(tService.median / tBare.median).toFixed(2)}× (1)`,
);
console.log(
  `  (4) GET …/dashboard (HTTP)   ${fmt(tHttp)}   ${(tHttp.median / tBare.median).toFixed(2)}× (1)   (target ≤ 1.5×, p95 < 100 ms on PostgreSQL with 10M)`,
);
await app.close();
await handle.close();

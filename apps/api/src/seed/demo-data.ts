import { inArray } from 'drizzle-orm';
import { schema, type Database, type Executor } from '@leerlus/db';
import { refreshRollups } from '@leerlus/db/repositories/rollups';
import { periodRange } from '@leerlus/domain/indicators/index';
import { createRandom } from '@leerlus/domain/random/prng';
import { insertTeamData } from './bulk';
import { DEMO_ADOPTIONS, DEMO_INDICATOR_IDS, DEMO_INDICATORS } from './demo-indicators';
import { BREAST_PROFILE, DEMO_WINDOW, HIP_PROFILE, PALLIATIVE_AGGREGATES } from './demo-profiles';
import { seedOutcomeSetLibrary } from './outcome-set-library';
import { generateTeamData, type Columns } from './synthetic';

type AggregateInsert = typeof schema.aggregateObservations.$inferInsert;

/** Observations after the window's end (e.g. 12-month PROMs of recent patients) are not measured yet. */
function withinWindow(c: Columns): Columns {
  const o = c.observations;
  const keep = o.effectiveDate.map((d) => d <= DEMO_WINDOW.last);
  const pick = <T>(xs: T[]) => xs.filter((_, i) => keep[i]);
  return {
    ...c,
    observations: {
      patientId: pick(o.patientId),
      episodeId: pick(o.episodeId),
      code: pick(o.code),
      valueNumber: pick(o.valueNumber),
      valueText: pick(o.valueText),
      effectiveDate: pick(o.effectiveDate),
      timepoint: pick(o.timepoint),
    },
  };
}

/** Palliative care's monthly aggregates and every team's quarterly staff-satisfaction score. */
function aggregates(organisationId: string, teamIds: readonly string[]): AggregateInsert[] {
  const r = createRandom(PALLIATIVE_AGGREGATES.seed);
  const months = periodRange(`${DEMO_WINDOW.start}-01`, DEMO_WINDOW.last, 'month');
  const rows: AggregateInsert[] = [];
  const palliative = teamIds[2]!;
  months.forEach((periodStart, k) => {
    const deaths = r.int(...PALLIATIVE_AGGREGATES.deaths);
    for (const [code, [before, after]] of Object.entries(PALLIATIVE_AGGREGATES.rates)) {
      const p = k >= PALLIATIVE_AGGREGATES.improvementMonth ? after : before;
      const numerator = Array.from({ length: deaths }, () => r.chance(p)).filter(Boolean).length;
      rows.push({ organisationId, teamId: palliative, indicatorId: DEMO_INDICATOR_IDS[code]!, indicatorVersion: 1, periodStart, numerator, denominator: deaths, source: 'demo' });
    }
  });
  const quarters = periodRange(`${DEMO_WINDOW.start}-01`, DEMO_WINDOW.last, 'quarter');
  for (const teamId of teamIds) {
    quarters.forEach((periodStart, q) => {
      const value = Number(r.normal(q >= 7 ? 7.4 : 6.9, 0.12).toFixed(2));
      rows.push({ organisationId, teamId, indicatorId: DEMO_INDICATOR_IDS['staff-satisfaction']!, indicatorVersion: 1, periodStart, value, source: 'demo' });
    });
  }
  return rows;
}

async function seedCatalogue(tx: Executor, organisationId: string, teamIds: readonly string[]): Promise<void> {
  await tx.insert(schema.indicators).values(DEMO_INDICATORS.map((i) => ({ ...i, organisationId, source: 'Leerlus demo' })));
  await tx.insert(schema.indicatorVersions).values(
    DEMO_INDICATORS.map((i) => ({ indicatorId: i.id, version: 1, measure: i.measure, unit: i.unit ?? '', definition: i.definition, improvement: i.improvement ?? 'neutral', chartType: null })),
  );
  await tx.insert(schema.teamIndicators).values(teamIds.flatMap((teamId, k) => (DEMO_ADOPTIONS[k] ?? []).map((code) => ({ teamId, indicatorId: DEMO_INDICATOR_IDS[code]! }))));
}

/**
 * Seeds the demo organisation's indicators, goal sets and three years of synthetic data: patient-level
 * for hip & knee and breast cancer (~2,000 patients each, bulk-inserted), aggregates only for
 * palliative care. Idempotent: does nothing when the demo catalogue exists. One transaction.
 */
export async function seedDemoData(db: Database, organisationId: string, teamIds: readonly string[]): Promise<{ created: boolean }> {
  await db.transaction((tx) => seedOutcomeSetLibrary(tx));
  const ids = DEMO_INDICATORS.map((i) => i.id);
  const existing = await db.select({ id: schema.indicators.id }).from(schema.indicators).where(inArray(schema.indicators.id, ids));
  if (existing.length > 0) return { created: false };
  const [hip, breast] = [withinWindow(generateTeamData(HIP_PROFILE)), withinWindow(generateTeamData(BREAST_PROFILE))];
  await db.transaction(async (tx) => {
    await seedCatalogue(tx, organisationId, teamIds);
    await insertTeamData(tx, { organisationId, teamId: teamIds[0]! }, hip);
    await insertTeamData(tx, { organisationId, teamId: teamIds[1]! }, breast);
    await tx.insert(schema.aggregateObservations).values(aggregates(organisationId, teamIds));
    // The dashboards read the rollups (packages/db repositories/rollups.ts).
    for (const teamId of teamIds) await refreshRollups(tx, teamId);
  });
  return { created: true };
}


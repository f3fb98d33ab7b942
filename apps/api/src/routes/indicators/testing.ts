import { randomUUID } from 'node:crypto';
import { schema, type Database } from '@leerlus/db';
import type { IndicatorDefinition } from '@leerlus/domain/indicators/index';

/**
 * Test factories for indicators, outcome sets and patient-level data. Each creates rows with unique
 * codes and names, so tests sharing a database never collide.
 */
type IndicatorInsert = typeof schema.indicators.$inferInsert;

export const COMPLICATIONS: IndicatorDefinition = {
  observationCode: 'compl-90d',
  periodGranularity: 'month',
  numeratorFilter: { op: 'eq', value: 1 },
};

/** An indicator of the organisation (null = a library indicator), version 1 with its history row. */
export async function createIndicatorRow(
  db: Database,
  organisationId: string | null,
  values: Partial<IndicatorInsert> = {},
) {
  const code = values.code ?? `ind-${randomUUID().slice(0, 8)}`;
  const [row] = await db
    .insert(schema.indicators)
    .values({
      organisationId,
      code,
      nameNl: `Indicator ${code}`,
      nameEn: `Indicator ${code}`,
      kind: 'clinical-outcome',
      measure: 'proportion',
      definition: COMPLICATIONS,
      improvement: 'decrease',
      ...values,
    })
    .returning();
  await db
    .insert(schema.indicatorVersions)
    .values({
      indicatorId: row!.id,
      version: 1,
      measure: row!.measure,
      unit: row!.unit,
      definition: row!.definition,
      improvement: row!.improvement,
      chartType: row!.chartType,
    });
  return row!;
}

/** An outcome set with the given indicators (timepoints per indicator) and one case-mix variable. */
export async function createOutcomeSet(
  db: Database,
  organisationId: string | null,
  members: { indicatorId: string; timepoints?: string[] }[],
  values: { isTemplate?: boolean; name?: string } = {},
) {
  const [set] = await db
    .insert(schema.outcomeSets)
    .values({
      organisationId,
      isTemplate: values.isTemplate ?? organisationId === null,
      name: values.name ?? `Set ${randomUUID().slice(0, 8)}`,
      condition: 'Heupartrose',
    })
    .returning();
  if (members.length > 0) {
    await db
      .insert(schema.outcomeSetIndicators)
      .values(
        members.map((m, position) => ({
          outcomeSetId: set!.id,
          indicatorId: m.indicatorId,
          position,
          timepoints: m.timepoints ?? [],
        })),
      );
  }
  await db
    .insert(schema.outcomeSetCaseMix)
    .values({ outcomeSetId: set!.id, code: 'asa', label: 'ASA-klasse', type: 'category' });
  return set!;
}

/** The team tracks the indicators. */
export async function adopt(db: Database, teamId: string, indicatorIds: string[]): Promise<void> {
  await db.insert(schema.teamIndicators).values(indicatorIds.map((indicatorId) => ({ teamId, indicatorId })));
}

/**
 * Monthly 0/1 observations of `code` for a team: for month k (from `start`), `months[k].den`
 * observations of which `months[k].num` are 1, spread over `patients` patients (created here, with
 * alternating sex and birth years 1940 and 1970).
 */
export async function createProportionData(
  db: Database,
  target: { organisationId: string; teamId: string },
  code: string,
  months: { num: number; den: number }[],
  options: { start?: string; patients?: number } = {},
) {
  const count = options.patients ?? 10;
  const people = await db
    .insert(schema.patients)
    .values(
      Array.from({ length: count }, (_, i) => ({
        organisationId: target.organisationId,
        pseudonym: `PS-${randomUUID()}`,
        birthYear: i % 2 === 0 ? 1940 : 1970,
        sex: i % 2 === 0 ? ('female' as const) : ('male' as const),
      })),
    )
    .returning({ id: schema.patients.id });
  const [y, m] = (options.start ?? '2023-01-01').split('-').map(Number) as [number, number];
  // A patient has at most one observation of a code per day (the natural key): the k-th round of
  // patients in a month falls on the 15th + k.
  if (months.some(({ den }) => den > count * 14))
    throw new Error('createProportionData: too few patients for den');
  const rows = months.flatMap(({ num, den }, k) =>
    Array.from({ length: den }, (_, i) => ({
      ...target,
      patientId: people[i % count]!.id,
      code,
      valueNumber: i < num ? 1 : 0,
      effectiveDate: new Date(Date.UTC(y, m - 1 + k, 15 + Math.floor(i / count))).toISOString().slice(0, 10),
    })),
  );
  for (let i = 0; i < rows.length; i += 1000)
    await db.insert(schema.observations).values(rows.slice(i, i + 1000));
  return people.map((p) => p.id);
}

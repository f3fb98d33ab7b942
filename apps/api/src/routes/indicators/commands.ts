import { and, eq, sql } from 'drizzle-orm';
import type { CreateIndicatorRequest, UpdateIndicatorRequest } from '@leerlus/contracts/indicators';
import { schema, type Executor } from '@leerlus/db';
import { selectRows } from '@leerlus/db/repositories/raw';
import { definitionIssues, sameDefinition, type IndicatorSpec } from '@leerlus/domain/indicators/index';
import { AppError, conflict } from '../../http/errors';
import type { IndicatorRow } from './presenter';

const { indicators, indicatorVersions, teamIndicators, outcomeSetIndicators, aggregateObservations } = schema;

/** The figures-determining fields of an indicator row. */
const specOf = (row: IndicatorSpec): IndicatorSpec => ({
  measure: row.measure,
  definition: row.definition,
  improvement: row.improvement,
  chartType: row.chartType,
  unit: row.unit,
});

/** Stores `spec` as version `version` of the indicator (history includes the current version). */
async function recordVersion(tx: Executor, indicatorId: string, version: number, spec: IndicatorSpec, actorId: string | null): Promise<void> {
  await tx.insert(indicatorVersions).values({ indicatorId, version, ...spec, changedBy: actorId });
}

/** A code is the indicator's identity in its organisation (imports refer to it). */
async function assertCodeFree(tx: Executor, organisationId: string, code: string): Promise<void> {
  const [clash] = await tx
    .select({ id: indicators.id })
    .from(indicators)
    .where(and(eq(indicators.organisationId, organisationId), eq(indicators.code, code)));
  if (clash) throw conflict('An indicator with this code already exists');
}

/** Defines an indicator in the organisation's catalogue, as version 1. */
export async function createIndicator(tx: Executor, organisationId: string, body: CreateIndicatorRequest, actorId: string | null): Promise<IndicatorRow> {
  await assertCodeFree(tx, organisationId, body.code);
  const [row] = await tx.insert(indicators).values({ ...body, organisationId, version: 1 }).returning();
  await recordVersion(tx, row!.id, 1, specOf(row!), actorId);
  return row!;
}

/** The cross-field problems of the indicator as it would be after the change, as a 400. */
function assertValid(spec: IndicatorSpec): void {
  const issues = definitionIssues(spec.measure, spec.definition, spec.chartType);
  if (issues.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      'The request is not valid',
      issues.map((i) => ({ path: `body.${i.path}`, message: i.message })),
    );
  }
}

function specChanged(before: IndicatorSpec, after: IndicatorSpec): boolean {
  return (
    before.measure !== after.measure ||
    before.unit !== after.unit ||
    before.improvement !== after.improvement ||
    before.chartType !== after.chartType ||
    !sameDefinition(before.definition, after.definition)
  );
}

/**
 * Changes an indicator. A change to what determines its figures (measure, unit, definition,
 * improvement direction, chart type) bumps the version and stores it in the history; names,
 * description, kind and source are corrected in place. Returns the row and whether it was versioned.
 */
export async function updateIndicator(
  tx: Executor,
  row: IndicatorRow,
  body: UpdateIndicatorRequest,
  actorId: string | null,
): Promise<{ row: IndicatorRow; versioned: boolean }> {
  const before = specOf(row);
  const after: IndicatorSpec = { ...before, ...definedOnly(body) };
  assertValid(after);
  const versioned = specChanged(before, after);
  const version = versioned ? row.version + 1 : row.version;
  const [updated] = await tx
    .update(indicators)
    .set({ ...definedOnly(body), version, updatedAt: sql`now()` })
    .where(eq(indicators.id, row.id))
    .returning();
  if (versioned) await recordVersion(tx, row.id, version, specOf(updated!), actorId);
  return { row: updated!, versioned };
}

/** The fields the request actually sets (an absent field keeps its value). */
export function definedOnly<T extends Record<string, unknown>>(body: T): Partial<T> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Removes an indicator that nothing uses yet. One adopted by a team, part of an outcome set or with
 * stored aggregates answers 409: its history must stay (drop it from the team first).
 */
export async function deleteIndicator(tx: Executor, row: IndicatorRow): Promise<void> {
  const used = await selectRows(tx, sql`select 1 as used where exists (select 1 from ${teamIndicators} where ${teamIndicators.indicatorId} = ${row.id})
    or exists (select 1 from ${outcomeSetIndicators} where ${outcomeSetIndicators.indicatorId} = ${row.id})
    or exists (select 1 from ${aggregateObservations} where ${aggregateObservations.indicatorId} = ${row.id})`);
  if (used.length > 0) throw conflict('The indicator is in use (by a team, an outcome set or stored figures)');
  await tx.delete(indicators).where(eq(indicators.id, row.id));
}

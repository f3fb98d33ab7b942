import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { OutcomeSetDetail, OutcomeSetSummary } from '@leerlus/contracts/indicators';
import { schema, type Executor } from '@leerlus/db';
import { notFound } from '../../http/errors';
import { presentIndicator } from './presenter';

const { outcomeSets, outcomeSetIndicators, outcomeSetCaseMix, indicators } = schema;

export type OutcomeSetRow = typeof outcomeSets.$inferSelect;

const indicatorCount = sql<number>`(select count(*) from ${outcomeSetIndicators} osi where osi.outcome_set_id = ${outcomeSets.id})`.mapWith(Number);

/** Sets an organisation may see: its own and the shared library's templates. */
const visibleTo = (organisationId: string) => or(eq(outcomeSets.organisationId, organisationId), isNull(outcomeSets.organisationId));

function presentSummary(row: OutcomeSetRow & { indicatorCount: number }): OutcomeSetSummary {
  const { createdAt: _createdAt, ...rest } = row;
  return rest;
}

/** The organisation's outcome sets and the library templates: templates first, then by name. */
export async function listOutcomeSets(db: Executor, organisationId: string): Promise<OutcomeSetSummary[]> {
  const rows = await db
    .select({ ...schemaColumns(), indicatorCount })
    .from(outcomeSets)
    .where(visibleTo(organisationId))
    .orderBy(sql`${outcomeSets.isTemplate} desc`, asc(outcomeSets.name), asc(outcomeSets.id));
  return rows.map(presentSummary);
}

function schemaColumns() {
  const { id, organisationId, isTemplate, templateId, name, condition, description, createdAt } = outcomeSets;
  return { id, organisationId, isTemplate, templateId, name, condition, description, createdAt };
}

/** One set visible to the organisation; anything else answers 404. */
export async function outcomeSetOf(db: Executor, organisationId: string, outcomeSetId: string): Promise<OutcomeSetRow> {
  const [row] = await db
    .select()
    .from(outcomeSets)
    .where(and(eq(outcomeSets.id, outcomeSetId), visibleTo(organisationId)));
  if (!row) throw notFound('Outcome set');
  return row;
}

/** The set's outcomes (with timepoints) and case-mix variables, in their order. */
export async function outcomeSetDetail(db: Executor, row: OutcomeSetRow): Promise<OutcomeSetDetail> {
  const [members, caseMix] = await Promise.all([
    db
      .select({ indicator: indicators, timepoints: outcomeSetIndicators.timepoints })
      .from(outcomeSetIndicators)
      .innerJoin(indicators, eq(indicators.id, outcomeSetIndicators.indicatorId))
      .where(eq(outcomeSetIndicators.outcomeSetId, row.id))
      .orderBy(asc(outcomeSetIndicators.position), asc(indicators.code)),
    db
      .select({ code: outcomeSetCaseMix.code, label: outcomeSetCaseMix.label, type: outcomeSetCaseMix.type })
      .from(outcomeSetCaseMix)
      .where(eq(outcomeSetCaseMix.outcomeSetId, row.id))
      .orderBy(asc(outcomeSetCaseMix.position), asc(outcomeSetCaseMix.code)),
  ]);
  return {
    ...presentSummary({ ...row, indicatorCount: members.length }),
    indicators: members.map((m) => ({ indicator: presentIndicator(m.indicator), timepoints: m.timepoints })),
    caseMix,
  };
}

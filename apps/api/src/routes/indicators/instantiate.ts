import { and, eq, inArray } from 'drizzle-orm';
import { schema, type Executor } from '@leerlus/db';
import { conflict } from '../../http/errors';
import type { OutcomeSetRow } from './outcome-set-queries';
import type { IndicatorRow } from './presenter';

const { outcomeSets, outcomeSetIndicators, outcomeSetCaseMix, indicators, indicatorVersions } = schema;

/**
 * The organisation's indicator for each of the template's indicators: its own indicator when the
 * template is the organisation's, else the catalogue indicator with the same code, else a copy of
 * the library indicator as a new version-1 indicator of the organisation.
 */
async function organisationIndicators(tx: Executor, organisationId: string, members: IndicatorRow[], actorId: string | null): Promise<Map<string, string>> {
  const byTemplateId = new Map<string, string>();
  const foreign = members.filter((m) => m.organisationId !== organisationId);
  for (const own of members.filter((m) => m.organisationId === organisationId)) byTemplateId.set(own.id, own.id);
  if (foreign.length === 0) return byTemplateId;
  const existing = await tx
    .select({ id: indicators.id, code: indicators.code })
    .from(indicators)
    .where(and(eq(indicators.organisationId, organisationId), inArray(indicators.code, foreign.map((m) => m.code))));
  const byCode = new Map(existing.map((e) => [e.code, e.id]));
  const missing = foreign.filter((m) => !byCode.has(m.code));
  if (missing.length > 0) {
    const copies = await tx
      .insert(indicators)
      .values(missing.map(({ id: _id, createdAt: _c, updatedAt: _u, ...m }) => ({ ...m, organisationId, version: 1 })))
      .returning();
    await tx.insert(indicatorVersions).values(
      copies.map((c) => ({ indicatorId: c.id, version: 1, measure: c.measure, unit: c.unit, definition: c.definition, improvement: c.improvement, chartType: c.chartType, changedBy: actorId })),
    );
    for (const c of copies) byCode.set(c.code, c.id);
  }
  for (const m of foreign) byTemplateId.set(m.id, byCode.get(m.code)!);
  return byTemplateId;
}

/**
 * Instantiates a template into the organisation: a new (non-template) outcome set naming the template,
 * its outcomes mapped onto the organisation's catalogue (copying library indicators it lacks), with the
 * same timepoints and case-mix variables. A second instantiation of the same template is a conflict.
 */
export async function instantiateOutcomeSet(tx: Executor, organisationId: string, template: OutcomeSetRow, actorId: string | null): Promise<OutcomeSetRow> {
  if (!template.isTemplate) throw conflict('Only a template can be instantiated');
  const [already] = await tx
    .select({ id: outcomeSets.id })
    .from(outcomeSets)
    .where(and(eq(outcomeSets.organisationId, organisationId), eq(outcomeSets.templateId, template.id)));
  if (already) throw conflict('This template is already in the organisation', { outcomeSetId: already.id });
  const members = await tx
    .select({ indicator: indicators, timepoints: outcomeSetIndicators.timepoints, position: outcomeSetIndicators.position })
    .from(outcomeSetIndicators)
    .innerJoin(indicators, eq(indicators.id, outcomeSetIndicators.indicatorId))
    .where(eq(outcomeSetIndicators.outcomeSetId, template.id));
  const mapped = await organisationIndicators(tx, organisationId, members.map((m) => m.indicator), actorId);
  const [created] = await tx
    .insert(outcomeSets)
    .values({ organisationId, isTemplate: false, templateId: template.id, name: template.name, condition: template.condition, description: template.description })
    .returning();
  if (members.length > 0) {
    await tx
      .insert(outcomeSetIndicators)
      .values(members.map((m) => ({ outcomeSetId: created!.id, indicatorId: mapped.get(m.indicator.id)!, position: m.position, timepoints: m.timepoints })));
  }
  const caseMix = await tx.select().from(outcomeSetCaseMix).where(eq(outcomeSetCaseMix.outcomeSetId, template.id));
  if (caseMix.length > 0) await tx.insert(outcomeSetCaseMix).values(caseMix.map((c) => ({ ...c, outcomeSetId: created!.id })));
  return created!;
}

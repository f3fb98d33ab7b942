import type { Indicator } from '@leerlus/contracts/indicators';
import { schema } from '@leerlus/db';
import { effectiveChartType } from '@leerlus/domain/indicators/index';

export type IndicatorRow = typeof schema.indicators.$inferSelect;

/** An indicator row as the API shows it (timestamps as ISO strings, the effective chart type added). */
export function presentIndicator(row: IndicatorRow): Indicator {
  return {
    id: row.id,
    organisationId: row.organisationId,
    code: row.code,
    nameNl: row.nameNl,
    nameEn: row.nameEn,
    description: row.description,
    kind: row.kind,
    unit: row.unit,
    measure: row.measure,
    definition: row.definition,
    improvement: row.improvement,
    chartType: row.chartType,
    effectiveChartType: effectiveChartType(row.measure, row.chartType),
    source: row.source,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

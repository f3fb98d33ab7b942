import { sql } from 'drizzle-orm';
import type { CaseMixFilter } from '@leerlus/domain/indicators/case-mix';
import { nextPeriod, periodStart } from '@leerlus/domain/indicators/periods';
import type { Sex } from '@leerlus/domain/indicators/case-mix';
import type { Executor } from '../client';
import { caseMixSql, scopeSql, valueFilterSql } from './indicator-sql';
import type { IndicatorToCompute } from './indicator-values';
import { selectRows } from './raw';

/** One observation behind a period's figure, with its patient's pseudonym and episode. */
export interface ContributingObservation {
  pseudonym: string;
  birthYear: number | null;
  sex: Sex | null;
  carePath: string | null;
  episodeStart: string | null;
  effectiveDate: string;
  code: string;
  timepoint: string | null;
  valueNumber: number | null;
  valueText: string | null;
  inNumerator: boolean | null;
}

interface RawRow extends Record<string, unknown> {
  pseudonym: string;
  birth_year: number | null;
  sex: Sex | null;
  care_path: string | null;
  episode_start: string | null;
  effective_date: string;
  code: string;
  timepoint: string | null;
  value_number: number | null;
  value_text: string | null;
  in_numerator: boolean | null;
  total: number;
}

/**
 * The observations that make up one period's patient-level figure of an indicator for a team (same
 * scope and case-mix filter as the computation), ordered by date and pseudonym, at most `limit`, with
 * the total count. Patient data: the caller authorises `patient-data:read` and audits the read.
 */
export async function contributingObservations(
  executor: Executor,
  scope: { teamId: string; date: string; caseMix?: CaseMixFilter | undefined },
  indicator: IndicatorToCompute,
  limit: number,
): Promise<{ periodStart: string; total: number; rows: ContributingObservation[] }> {
  const granularity = indicator.definition.periodGranularity;
  const start = periodStart(scope.date, granularity);
  const until = nextPeriod(start, granularity);
  const { measure, definition } = indicator;
  const inNumerator =
    measure === 'proportion'
      ? sql`(${valueFilterSql(definition.numeratorFilter)})`
      : measure === 'rate'
        ? sql`case when o.code = ${definition.observationCode} then (${valueFilterSql(definition.numeratorFilter)}) end`
        : sql`null::boolean`;
  const where = [
    sql`o.team_id = ${scope.teamId}`,
    scopeSql(measure, definition),
    sql`o.effective_date >= ${start}::date and o.effective_date < ${until}::date`,
    ...caseMixSql(scope.caseMix ?? {}),
  ];
  const rows = await selectRows<RawRow>(
    executor,
    sql`select p.pseudonym, p.birth_year, p.sex, e.care_path, to_char(e.start_date, 'YYYY-MM-DD') as episode_start,
        to_char(o.effective_date, 'YYYY-MM-DD') as effective_date, o.code, o.timepoint, o.value_number, o.value_text,
        ${inNumerator} as in_numerator, (count(*) over ())::int as total
      from observations o
      join patients p on p.id = o.patient_id
      left join episodes e on e.id = o.episode_id
      where ${sql.join(where, sql` and `)}
      order by o.effective_date, p.pseudonym, o.id
      limit ${limit}`,
  );
  return {
    periodStart: start,
    total: rows[0]?.total ?? 0,
    rows: rows.map((r) => ({
      pseudonym: r.pseudonym,
      birthYear: r.birth_year,
      sex: r.sex,
      carePath: r.care_path,
      episodeStart: r.episode_start,
      effectiveDate: r.effective_date,
      code: r.code,
      timepoint: r.timepoint,
      valueNumber: r.value_number,
      valueText: r.value_text,
      inNumerator: r.in_numerator,
    })),
  };
}

import { sql, type SQL } from 'drizzle-orm';
import type { CaseMixCondition, CaseMixFilter } from '@leerlus/domain/indicators/case-mix';
import { NUMERIC_VALUE } from '@leerlus/domain/indicators/case-mix';
import type { IndicatorDefinition, Measure, ValueFilter } from '@leerlus/domain/indicators/types';

/**
 * SQL fragments of the indicator computation (indicator-values.ts). Every value is a bound
 * parameter; identifiers are fixed. The observation row is aliased `o`, its patient `p`.
 */

const COMPARISON: Record<'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte', SQL> = {
  eq: sql.raw('='),
  ne: sql.raw('<>'),
  lt: sql.raw('<'),
  lte: sql.raw('<='),
  gt: sql.raw('>'),
  gte: sql.raw('>='),
};

/** A value filter on `o`; no filter → TRUE. */
export function valueFilterSql(filter: ValueFilter | undefined): SQL {
  if (!filter) return sql`true`;
  switch (filter.op) {
    case 'between':
      return sql`o.value_number between ${filter.min} and ${filter.max}`;
    case 'in':
      return sql`o.value_text in (${sql.join(
        filter.values.map((v) => sql`${v}`),
        sql`, `,
      )})`;
    case 'eq':
    case 'ne':
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return sql`o.value_number ${COMPARISON[filter.op]} ${filter.value}`;
  }
}

/** Does the filter need the patient row (age, sex)? */
export function needsPatient(filter: CaseMixFilter): boolean {
  return filter.ageMin !== undefined || filter.ageMax !== undefined || (filter.sex?.length ?? 0) > 0;
}

/** The condition on one case-mix variable's value column pair `c`. */
function conditionValueSql(condition: CaseMixCondition): SQL {
  if (condition.op === 'range') {
    const parts = [sql`c.value_number is not null`];
    if (condition.min !== null) parts.push(sql`c.value_number >= ${condition.min}`);
    if (condition.max !== null) parts.push(sql`c.value_number <= ${condition.max}`);
    return sql.join(parts, sql` and `);
  }
  const text = sql`c.value_text = ${condition.value}`;
  return NUMERIC_VALUE.test(condition.value) ? sql`(${text} or c.value_number = ${Number(condition.value)})` : text;
}

/**
 * The case-mix filter as conditions on `o` (and `p` when needsPatient): age at the effective date from
 * the birth year, sex (null counts as unknown), and per variable an EXISTS on case_mix_values of the
 * patient, either patient-level (episode_id null) or of the observation's episode. Same semantics as
 * the domain's matchesCaseMix.
 */
export function caseMixSql(filter: CaseMixFilter): SQL[] {
  const out: SQL[] = [];
  const age = sql`(extract(year from o.effective_date)::int - p.birth_year)`;
  if (filter.ageMin !== undefined) out.push(sql`${age} >= ${filter.ageMin}`);
  if (filter.ageMax !== undefined) out.push(sql`${age} <= ${filter.ageMax}`);
  if (filter.sex && filter.sex.length > 0) {
    out.push(sql`coalesce(p.sex, 'unknown') in (${sql.join(
      filter.sex.map((s) => sql`${s}`),
      sql`, `,
    )})`);
  }
  for (const condition of filter.variables ?? []) {
    out.push(sql`exists (
      select 1 from case_mix_values c
      where c.patient_id = o.patient_id and c.variable = ${condition.variable}
        and (c.episode_id is null or c.episode_id = o.episode_id)
        and ${conditionValueSql(condition)})`);
  }
  return out;
}

/** numerator, denominator, value and n of one period, per measure (see IndicatorDefinition). */
export function measureColumnsSql(measure: Measure, d: IndicatorDefinition): SQL {
  const population = sql`${timepointSql(d)} and ${valueFilterSql(d.denominatorFilter)}`;
  switch (measure) {
    case 'proportion': {
      const numerator = sql`count(*) filter (where ${valueFilterSql(d.numeratorFilter)})`;
      return sql`${numerator}::float8 as numerator, count(*)::float8 as denominator,
        (${numerator}::float8 / nullif(count(*), 0)) as value, count(*)::int as n`;
    }
    case 'rate': {
      const events = sql`o.code = ${d.observationCode} and ${population}`;
      const numerator = sql`coalesce(sum(o.value_number) filter (where ${events} and ${valueFilterSql(d.numeratorFilter)}), 0)`;
      const exposure = sql`sum(o.value_number) filter (where o.code = ${d.exposureCode ?? ''})`;
      return sql`${numerator}::float8 as numerator, ${exposure}::float8 as denominator,
        (${numerator} / nullif(${exposure}, 0))::float8 as value, (count(*) filter (where ${events}))::int as n`;
    }
    case 'count':
      return sql`count(*)::float8 as numerator, null::float8 as denominator, count(*)::float8 as value, count(*)::int as n`;
    case 'mean':
      return sql`null::float8 as numerator, null::float8 as denominator, avg(o.value_number)::float8 as value, count(o.value_number)::int as n`;
    case 'median':
      return sql`null::float8 as numerator, null::float8 as denominator,
        (percentile_cont(0.5) within group (order by o.value_number))::float8 as value, count(o.value_number)::int as n`;
  }
}

/** The observation rows in scope of one indicator (before case-mix, team and date bounds). */
export function scopeSql(measure: Measure, d: IndicatorDefinition): SQL {
  if (measure === 'rate') {
    // code IN (…) keeps both codes on the (team_id, code, effective_date) index.
    const exposure = d.exposureCode ?? '';
    return sql`o.code in (${d.observationCode}, ${exposure})
      and (o.code = ${exposure} or (${timepointSql(d)} and ${valueFilterSql(d.denominatorFilter)}))`;
  }
  const valued = measure === 'mean' || measure === 'median' ? sql` and o.value_number is not null` : sql``;
  return sql`o.code = ${d.observationCode} and ${timepointSql(d)} and ${valueFilterSql(d.denominatorFilter)}${valued}`;
}

function timepointSql(d: IndicatorDefinition): SQL {
  return d.timepoint === undefined ? sql`true` : sql`o.timepoint = ${d.timepoint}`;
}

import { sql } from 'drizzle-orm';
import type { AggregateRow, PatientRow } from '@leerlus/domain/imports/types';
import type { Executor } from '../client';
import { selectRows } from './raw';

/**
 * Bulk writes of imported rows: one statement per table and chunk, each column bound as ONE array
 * parameter and expanded with unnest (a chunk is a handful of parameters whatever its size). Every
 * insert is ON CONFLICT DO NOTHING on the table's natural key, so re-importing a file adds nothing.
 * Patients are matched by pseudonym within the organisation, episodes by (team, patient, care path,
 * start date); both are created when new.
 */
export interface ImportTarget {
  organisationId: string;
  teamId: string;
  importId: string;
  source: string;
}

export interface WriteCounts {
  /** Observation or aggregate rows written. */
  inserted: number;
  /** Observation or aggregate rows that were there already (natural key). */
  existing: number;
}

const count = async (tx: Executor, query: ReturnType<typeof sql>) =>
  (await selectRows<{ n: number }>(tx, query))[0]?.n ?? 0;

export async function writePatientRows(
  tx: Executor,
  target: ImportTarget,
  rows: readonly PatientRow[],
): Promise<WriteCounts> {
  if (rows.length === 0) return { inserted: 0, existing: 0 };
  const { organisationId: org, teamId: team, importId, source } = target;
  // Patients: one row per pseudonym; a known patient gets a birth year or sex it did not have yet.
  const people = new Map<string, { birthYear: number | null; sex: string | null }>();
  for (const r of rows) {
    const p = people.get(r.pseudonym);
    if (!p) people.set(r.pseudonym, { birthYear: r.birthYear, sex: r.sex });
    else {
      p.birthYear ??= r.birthYear;
      p.sex ??= r.sex;
    }
  }
  const pseudonyms = [...people.keys()];
  await tx.execute(sql`insert into patients (organisation_id, pseudonym, birth_year, sex)
    select ${org}, u.pseudonym, u.birth_year, u.sex
    from unnest(${sql.param(pseudonyms)}::text[], ${sql.param(pseudonyms.map((p) => people.get(p)!.birthYear))}::int[],
      ${sql.param(pseudonyms.map((p) => people.get(p)!.sex))}::text[]) as u(pseudonym, birth_year, sex)
    on conflict (organisation_id, pseudonym) do update
      set birth_year = coalesce(patients.birth_year, excluded.birth_year), sex = coalesce(patients.sex, excluded.sex)
      where (patients.birth_year is null and excluded.birth_year is not null) or (patients.sex is null and excluded.sex is not null)`);

  const episodes = rows.filter((r) => r.startDate !== null);
  if (episodes.length > 0) {
    await tx.execute(sql`insert into episodes (organisation_id, patient_id, team_id, care_path, start_date)
      select distinct ${org}::uuid, p.id, ${team}::uuid, u.care_path, u.start_date
      from unnest(${sql.param(episodes.map((r) => r.pseudonym))}::text[], ${sql.param(episodes.map((r) => r.carePath ?? ''))}::text[],
        ${sql.param(episodes.map((r) => r.startDate))}::date[]) as u(pseudonym, care_path, start_date)
      join patients p on p.organisation_id = ${org} and p.pseudonym = u.pseudonym
      on conflict do nothing`);
  }

  const obs = rows.filter((r) => r.code !== null);
  if (obs.length === 0) return { inserted: 0, existing: 0 };
  const col = <K extends keyof PatientRow>(k: K) => sql.param(obs.map((r) => r[k]));
  const inserted = await count(
    tx,
    sql`with u as (
        select * from unnest(${col('pseudonym')}::text[], ${col('carePath')}::text[], ${col('startDate')}::date[], ${col('code')}::text[],
          ${col('valueNumber')}::float8[], ${col('valueText')}::text[], ${col('unit')}::text[], ${col('effectiveDate')}::date[], ${col('timepoint')}::text[])
          as u(pseudonym, care_path, start_date, code, value_number, value_text, unit, effective_date, timepoint)
      ), ins as (
        insert into observations (organisation_id, team_id, patient_id, episode_id, code, value_number, value_text, unit, effective_date, timepoint, source, import_id)
        select ${org}, ${team}, p.id, e.id, u.code, u.value_number, u.value_text, u.unit, u.effective_date, u.timepoint, ${source}, ${importId}
        from u join patients p on p.organisation_id = ${org} and p.pseudonym = u.pseudonym
        left join episodes e on u.start_date is not null and e.team_id = ${team} and e.patient_id = p.id and e.care_path = u.care_path and e.start_date = u.start_date
        on conflict do nothing
        returning 1
      ) select count(*)::int as n from ins`,
  );
  return { inserted, existing: obs.length - inserted };
}

/** Aggregate figures; the indicator is looked up by code in the organisation (its current version). */
export async function writeAggregateRows(
  tx: Executor,
  target: ImportTarget,
  rows: readonly AggregateRow[],
): Promise<WriteCounts> {
  if (rows.length === 0) return { inserted: 0, existing: 0 };
  const { organisationId: org, teamId: team, importId, source } = target;
  const col = <K extends keyof AggregateRow>(k: K) => sql.param(rows.map((r) => r[k]));
  const inserted = await count(
    tx,
    sql`with ins as (
        insert into aggregate_observations (organisation_id, team_id, indicator_id, indicator_version, period_start, numerator, denominator, value, source, import_id)
        select ${org}, ${team}, i.id, i.version, u.period_start, u.numerator, u.denominator, u.value, ${source}, ${importId}
        from unnest(${col('indicatorCode')}::text[], ${col('periodStart')}::date[], ${col('numerator')}::float8[], ${col('denominator')}::float8[], ${col('value')}::float8[])
          as u(code, period_start, numerator, denominator, value)
        join indicators i on i.organisation_id = ${org} and i.code = u.code
        on conflict do nothing
        returning 1
      ) select count(*)::int as n from ins`,
  );
  return { inserted, existing: rows.length - inserted };
}

/** The codes an organisation's catalogue uses: its indicators' codes and the observation codes their definitions read. */
export async function catalogueCodes(
  db: Executor,
  organisationId: string,
): Promise<{ indicators: Set<string>; observations: Set<string> }> {
  const rows = await selectRows<{ code: string; observation: string | null; exposure: string | null }>(
    db,
    sql`select code, definition->>'observationCode' as observation, definition->>'exposureCode' as exposure from indicators where organisation_id = ${organisationId}`,
  );
  const observations = new Set<string>();
  for (const r of rows) {
    if (r.observation) observations.add(r.observation);
    if (r.exposure) observations.add(r.exposure);
  }
  return { indicators: new Set(rows.map((r) => r.code)), observations };
}

import { sql } from 'drizzle-orm';
import type { Executor } from '@leerlus/db';
import type { Columns } from './synthetic';

/**
 * Bulk inserts of columnar data: one `INSERT … SELECT … FROM unnest($1::type[], …)` per table and
 * chunk, with each column bound as ONE array parameter (sql.param), so a chunk is a single statement
 * with a handful of parameters whatever its row count (engineering notes: ~70k rows/s on PGlite,
 * 20–50× faster than row-by-row inserts).
 */
const CHUNK = 50_000;

type Target = { organisationId: string; teamId: string };

function chunks(total: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < total; from += CHUNK) out.push([from, Math.min(total, from + CHUNK)]);
  return out;
}

/** Patients, episodes, case-mix values and observations of one team, in dependency order. */
export async function insertTeamData(tx: Executor, target: Target, c: Columns, source = 'demo'): Promise<void> {
  const { organisationId: org, teamId: team } = target;
  const p = c.patients;
  for (const [a, b] of chunks(p.id.length)) {
    await tx.execute(sql`insert into patients (id, organisation_id, pseudonym, birth_year, sex)
      select u.id, ${org}, u.pseudonym, u.birth_year, u.sex
      from unnest(${sql.param(p.id.slice(a, b))}::uuid[], ${sql.param(p.pseudonym.slice(a, b))}::text[],
        ${sql.param(p.birthYear.slice(a, b))}::int[], ${sql.param(p.sex.slice(a, b))}::text[]) as u(id, pseudonym, birth_year, sex)`);
  }
  const e = c.episodes;
  for (const [a, b] of chunks(e.id.length)) {
    await tx.execute(sql`insert into episodes (id, organisation_id, patient_id, team_id, care_path, start_date)
      select u.id, ${org}, u.patient_id, ${team}, u.care_path, u.start_date
      from unnest(${sql.param(e.id.slice(a, b))}::uuid[], ${sql.param(e.patientId.slice(a, b))}::uuid[],
        ${sql.param(e.carePath.slice(a, b))}::text[], ${sql.param(e.startDate.slice(a, b))}::date[]) as u(id, patient_id, care_path, start_date)`);
  }
  const m = c.caseMix;
  for (const [a, b] of chunks(m.patientId.length)) {
    await tx.execute(sql`insert into case_mix_values (organisation_id, patient_id, episode_id, variable, value_number, value_text)
      select ${org}, u.* from unnest(${sql.param(m.patientId.slice(a, b))}::uuid[], ${sql.param(m.episodeId.slice(a, b))}::uuid[],
        ${sql.param(m.variable.slice(a, b))}::text[], ${sql.param(m.valueNumber.slice(a, b))}::float8[], ${sql.param(m.valueText.slice(a, b))}::text[]) as u`);
  }
  await insertObservations(tx, target, c.observations, source);
}

/** Observation rows of one team (the bulk of the data). */
export async function insertObservations(tx: Executor, { organisationId: org, teamId: team }: Target, o: Columns['observations'], source: string): Promise<void> {
  for (const [a, b] of chunks(o.code.length)) {
    await tx.execute(sql`insert into observations (organisation_id, team_id, patient_id, episode_id, code, value_number, value_text, effective_date, timepoint, source)
      select ${org}, ${team}, u.*, ${source}
      from unnest(${sql.param(o.patientId.slice(a, b))}::uuid[], ${sql.param(o.episodeId.slice(a, b))}::uuid[], ${sql.param(o.code.slice(a, b))}::text[],
        ${sql.param(o.valueNumber.slice(a, b))}::float8[], ${sql.param(o.valueText.slice(a, b))}::text[], ${sql.param(o.effectiveDate.slice(a, b))}::date[],
        ${sql.param(o.timepoint.slice(a, b))}::text[]) as u`);
  }
}

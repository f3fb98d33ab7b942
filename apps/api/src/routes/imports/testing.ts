import { sql } from 'drizzle-orm';
import { selectRows } from '@leerlus/db/repositories/raw';
import type { Database } from '@leerlus/db';
import type { Client } from '../../testing/test-app';

/** Uploads a file as the raw request body. */
export function upload(
  client: Client,
  teamId: string,
  fileName: string,
  body: Buffer | string,
  kind: 'patient' | 'aggregate' = 'patient',
) {
  return client.request({
    method: 'POST',
    url: `/api/v1/teams/${teamId}/imports?fileName=${encodeURIComponent(fileName)}&kind=${kind}`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
  });
}

/** Row counts of the organisation's data tables (what an import may write). */
export async function dataCounts(db: Database, organisationId: string) {
  const [row] = await selectRows<{
    patients: number;
    episodes: number;
    observations: number;
    aggregates: number;
  }>(
    db,
    sql`select (select count(*)::int from patients where organisation_id = ${organisationId}) as patients,
      (select count(*)::int from episodes where organisation_id = ${organisationId}) as episodes,
      (select count(*)::int from observations where organisation_id = ${organisationId}) as observations,
      (select count(*)::int from aggregate_observations where organisation_id = ${organisationId}) as aggregates`,
  );
  return row!;
}

import { and, eq, sql } from 'drizzle-orm';
import type { InstrumentDefinition } from '@leerlus/domain/maturity/instrument';
import type { Executor } from '../client';
import { maturityInstruments, maturityInstrumentVersions } from '../schema/maturity';

/**
 * Seeds the built-in maturity instruments (organisation and network null) from their domain
 * definitions: inserts a missing instrument, and a new version when the domain's version is higher
 * than the stored one. Idempotent and safe to run concurrently (ON CONFLICT DO NOTHING).
 */
export async function syncBuiltInInstruments(db: Executor, definitions: readonly InstrumentDefinition[]): Promise<void> {
  if (definitions.length === 0) return;
  await db
    .insert(maturityInstruments)
    .values(definitions.map((d) => ({ key: d.key, kind: d.kind, currentVersion: d.version })))
    .onConflictDoNothing();
  const rows = await db
    .select({ id: maturityInstruments.id, key: maturityInstruments.key })
    .from(maturityInstruments)
    .where(and(sql`${maturityInstruments.organisationId} is null`, sql`${maturityInstruments.networkId} is null`));
  const idOf = new Map(rows.map((r) => [r.key, r.id]));
  await db
    .insert(maturityInstrumentVersions)
    .values(definitions.map((d) => ({ instrumentId: idOf.get(d.key)!, version: d.version, definition: d })))
    .onConflictDoNothing();
  for (const d of definitions) {
    await db
      .update(maturityInstruments)
      .set({ currentVersion: sql`greatest(${maturityInstruments.currentVersion}, ${d.version})` })
      .where(eq(maturityInstruments.id, idOf.get(d.key)!));
  }
}

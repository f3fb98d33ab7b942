import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { InstrumentSummary } from '@leerlus/contracts/maturity';
import { schema, type Executor } from '@leerlus/db';
import type { InstrumentDefinition } from '@leerlus/domain/maturity/instrument';
import { notFound } from '../../http/errors';

const { maturityInstruments: instruments, maturityInstrumentVersions: versions, networkMemberships } = schema;

export interface InstrumentRow {
  id: string;
  key: string;
  organisationId: string | null;
  networkId: string | null;
  version: number;
  definition: InstrumentDefinition;
}

/** Instruments an organisation may use: built in, its own, and those of its networks. */
const visibleTo = (organisationId: string) =>
  or(
    and(isNull(instruments.organisationId), isNull(instruments.networkId)),
    eq(instruments.organisationId, organisationId),
    inArray(instruments.networkId, sql`(select ${networkMemberships.networkId} from ${networkMemberships} where ${networkMemberships.organisationId} = ${organisationId})`),
  );

const columns = {
  id: instruments.id,
  key: instruments.key,
  organisationId: instruments.organisationId,
  networkId: instruments.networkId,
  version: versions.version,
  definition: versions.definition,
};

/** The current version of every instrument visible to the organisation, built-ins first. */
export async function visibleInstruments(db: Executor, organisationId: string): Promise<InstrumentRow[]> {
  const rows = await db
    .select(columns)
    .from(instruments)
    .innerJoin(versions, and(eq(versions.instrumentId, instruments.id), eq(versions.version, instruments.currentVersion)))
    .where(visibleTo(organisationId));
  const builtIn = (r: InstrumentRow) => (r.organisationId === null && r.networkId === null ? 0 : 1);
  const order = ['maturity', 'quickscan', 'readiness', 'roadmap', 'custom'];
  return rows.sort((a, b) => builtIn(a) - builtIn(b) || order.indexOf(a.definition.kind) - order.indexOf(b.definition.kind) || a.key.localeCompare(b.key));
}

/** One version (default: current) of an instrument visible to the organisation; 404 otherwise. */
export async function instrumentOf(db: Executor, organisationId: string, instrumentId: string, version?: number): Promise<InstrumentRow> {
  const [row] = await db
    .select(columns)
    .from(instruments)
    .innerJoin(versions, and(eq(versions.instrumentId, instruments.id), version === undefined ? eq(versions.version, instruments.currentVersion) : eq(versions.version, version)))
    .where(and(eq(instruments.id, instrumentId), visibleTo(organisationId)));
  if (!row) throw notFound('Instrument');
  return row;
}

export function presentInstrument(row: InstrumentRow): InstrumentSummary {
  const d = row.definition;
  return {
    id: row.id,
    key: row.key,
    kind: d.kind,
    version: row.version,
    isBuiltIn: row.organisationId === null && row.networkId === null,
    title: d.title,
    description: d.description,
    themes: d.themes.length,
    items: d.themes.reduce((n, t) => n + t.items.length, 0),
    recurrenceMonths: d.recurrenceMonths,
  };
}

/**
 * Stores an organisation's own instrument: a new key starts at version 1, a known key of the
 * organisation gets the next version (earlier versions stay, so older assessments keep their items).
 */
export async function saveOwnInstrument(db: Executor, organisationId: string, definition: InstrumentDefinition, userId: string | null): Promise<InstrumentRow> {
  const [existing] = await db
    .select()
    .from(instruments)
    .where(and(eq(instruments.organisationId, organisationId), eq(instruments.key, definition.key)))
    .for('update');
  const version = existing ? existing.currentVersion + 1 : 1;
  const stored = { ...definition, version };
  let id: string;
  if (existing) {
    await db.update(instruments).set({ currentVersion: version, kind: definition.kind }).where(eq(instruments.id, existing.id));
    id = existing.id;
  } else {
    const [created] = await db.insert(instruments).values({ organisationId, key: definition.key, kind: definition.kind, currentVersion: 1 }).returning({ id: instruments.id });
    id = created!.id;
  }
  await db.insert(versions).values({ instrumentId: id, version, definition: stored, createdBy: userId });
  return { id, key: definition.key, organisationId, networkId: null, version, definition: stored };
}

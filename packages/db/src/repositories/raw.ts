import type { SQL } from 'drizzle-orm';
import type { Executor } from '../client';

/**
 * Runs a raw SQL statement and returns its rows. Both drivers (PGlite and node-postgres) answer with
 * `{ rows }`; drizzle types the result as unknown for the shared database type, so the rows are
 * checked for that shape here and typed by the caller, who casts every column in SQL to the type
 * it declares (e.g. ::float8, ::int, to_char for dates) so both drivers return the same JS types.
 */
export async function selectRows<T extends Record<string, unknown>>(executor: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await executor.execute(query);
  if (typeof result !== 'object' || result === null || !('rows' in result) || !Array.isArray(result.rows)) {
    throw new Error('unexpected result shape from the database driver');
  }
  return result.rows as T[];
}

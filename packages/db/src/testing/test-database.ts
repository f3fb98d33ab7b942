import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../client';

/**
 * A database for repository tests in the `api` Vitest project (whose global set-up migrates it):
 * PostgreSQL when DATABASE_URL is set, otherwise a PGlite clone of the migrated template. Tests
 * isolate themselves by creating their own organisation, as the API tests do.
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) return openDatabase({ url, poolSize: 2 });
  const template = inject('pgliteTemplate');
  if (!template) throw new Error('PGlite template missing: run tests through vitest --project api (globalSetup)');
  return openDatabase({ loadDataDir: new Blob([await readFile(template)]) });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated PGlite template (apps/api/src/testing/global-setup.ts); '' on PostgreSQL. */
    pgliteTemplate: string;
  }
}

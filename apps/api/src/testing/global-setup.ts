import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '@leerlus/db';

/**
 * Runs once per test run. PGlite: migrate an in-memory database once and hand its data directory
 * (a tarball) to every test file, which clones it in ~1 s instead of migrating from scratch.
 * PostgreSQL (DATABASE_URL set, a fresh database per CI run): migrate it once; test files share it
 * and isolate themselves by creating their own organisations.
 */
export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.DATABASE_URL;
  const handle = await openDatabase(url ? { url, poolSize: 2 } : {});
  await handle.migrate();
  if (handle.dumpDataDir) {
    const file = join(tmpdir(), `leerlus-pglite-template-${process.pid}.tar`);
    await writeFile(file, Buffer.from(await (await handle.dumpDataDir()).arrayBuffer()));
    project.provide('pgliteTemplate', file);
  } else {
    project.provide('pgliteTemplate', '');
  }
  await handle.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

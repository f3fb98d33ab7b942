/** `npm run db:migrate`: apply migrations to DATABASE_URL, or to the PGlite folder DATA_DIR (default ./data). */
import { join } from 'node:path';
import { openDatabase } from '../client';

const url = process.env.DATABASE_URL;
const handle = await openDatabase(url ? { url } : { dataDir: join(process.env.DATA_DIR ?? './data', 'pglite') });
await handle.migrate();
await handle.close();
console.log(`Migrations applied (${handle.kind}).`);

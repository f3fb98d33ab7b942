/** `npm run audit:verify`: checks the audit log's hash chain; exit 1 when a row was altered. */
import { openDatabase, verifyAuditChain } from '@leerlus/db';
import { loadConfig } from '../config';

const config = loadConfig();
const database = await openDatabase(config.database);
const result = await verifyAuditChain(database.db);
await database.close();
if (result.ok) console.log(`Audit chain intact: ${result.checked} events verified.`);
else console.error(`Audit chain BROKEN at event ${result.firstBrokenId} (after ${result.checked} valid events).`);
process.exit(result.ok ? 0 : 1);

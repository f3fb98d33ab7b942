/** `npm run db:seed`: migrate and seed the demo organisation (idempotent). */
import { openDatabase } from '@leerlus/db';
import { loadConfig } from '../config';
import { seedDemo } from '../seed/demo';

const config = loadConfig();
const database = await openDatabase(config.database);
await database.migrate();
const result = await seedDemo(database.db);
await database.close();
console.log(result.created ? 'Demo organisation seeded.' : 'Demo organisation already present.');

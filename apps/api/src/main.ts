/** Server entry point: config → database (migrated) → demo seed (if enabled) → HTTP. */
import { openDatabase } from '@leerlus/db';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { seedDemo } from './seed/demo';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase('url' in config.database ? config.database : { dataDir: config.database.dataDir });
  await database.migrate();
  const app = await buildApp({ config, database, serveWeb: true });
  if (config.seedDemo) {
    const seeded = await seedDemo(database.db);
    printDemoCredentials(seeded.users);
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close(); // stops accepting, drains in-flight requests
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ host: config.host, port: config.port });
  console.log(`\nLeerlus is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}  (database: ${database.kind})\n`);
}

function printDemoCredentials(users: readonly { email: string; role: string }[]): void {
  console.log('\nDemo organisation "Demo Ziekenhuis" created. Log in with (password for all: Leerlus-demo-2026):');
  for (const u of users) console.log(`  ${u.email.padEnd(32)} ${u.role}`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
  console.error(error);
  process.exit(1);
});

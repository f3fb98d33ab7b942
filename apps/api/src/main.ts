/** Server entry point: config → database (migrated) → demo seed (if enabled) → HTTP. */
import { openDatabase } from '@leerlus/db';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { purgeExpiredSessions } from './auth/sessions';
import { seedDemo } from './seed/demo';

/** Expired sessions are refused on use already; this housekeeping only keeps the table small. */
const SESSION_PURGE_INTERVAL_MS = 60 * 60 * 1000;

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  await database.migrate();
  const app = await buildApp({ config, database, serveWeb: true });
  if (config.seedDemo) {
    const seeded = await seedDemo(database.db);
    printDemoCredentials(seeded.users);
  }
  const purge = setInterval(() => {
    purgeExpiredSessions(database.db, config).catch((error: unknown) =>
      app.log.warn({ err: error }, 'session purge failed'),
    );
  }, SESSION_PURGE_INTERVAL_MS);
  purge.unref();
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    clearInterval(purge);
    app.log.info({ signal }, 'shutting down');
    await app.close(); // stops accepting, drains in-flight requests
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ host: config.host, port: config.port });
  console.log(
    `\nLeerlus is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}  (database: ${database.kind})\n`,
  );
}

function printDemoCredentials(users: readonly { email: string; role: string }[]): void {
  console.log(
    '\nDemo organisation "Demo Ziekenhuis" created. Log in with (password for all: Leerlus-demo-2026):',
  );
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

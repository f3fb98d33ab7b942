import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { DestinationStream } from 'pino';
import { inject } from 'vitest';
import { openDatabase, type Database, type DatabaseHandle } from '@leerlus/db';
import { buildApp } from '../app';
import { loadConfig, type Config } from '../config';

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  database: DatabaseHandle;
  config: Config;
  close(): Promise<void>;
}

/** Environment for tests: quiet logs, a fixed secret, overridable per test file. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: join(tmpdir(), 'leerlus-test-data'),
    SECRET_KEY: 'test-secret-key-that-is-long-enough-0123456789',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    ...overrides,
  });
}

/**
 * The app in-process against the same database code path as production: PGlite cloned from the
 * migrated template, or the PostgreSQL test database when DATABASE_URL is set. Pass a `logStream`
 * (with LOG_LEVEL in the overrides) to capture the log lines.
 */
export async function createTestApp(
  overrides: Record<string, string> = {},
  options: { logStream?: DestinationStream } = {},
): Promise<TestApp> {
  const config = testConfig(overrides);
  const database = await openTestDatabase(config);
  const app = await buildApp({ config, database, ...options });
  await app.ready();
  return {
    app,
    db: database.db,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

async function openTestDatabase(config: Config): Promise<DatabaseHandle> {
  if ('url' in config.database) return openDatabase({ url: config.database.url, poolSize: 4 });
  const template = inject('pgliteTemplate');
  if (!template) throw new Error('PGlite template missing: run tests through vitest (globalSetup)');
  return openDatabase({ loadDataDir: new Blob([await readFile(template)]) });
}

/** A logged-in client: carries the session cookie and the CSRF token on every request. */
export interface Client {
  cookie: string;
  csrfToken: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export function clientFor(app: FastifyInstance, cookie: string, csrfToken: string): Client {
  return {
    cookie,
    csrfToken,
    request: (options) =>
      app.inject({
        ...options,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(options.headers ?? {}) },
      }),
  };
}

/** The session cookie from a login response (name=value only). */
export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'leerlus_session');
  if (!cookie) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return `${cookie.name}=${cookie.value}`;
}

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const base = { NODE_ENV: 'test', DATA_DIR: join(tmpdir(), 'leerlus-config-test'), SECRET_KEY: 'k'.repeat(40) };

/** The ConfigError loadConfig throws for `env` (fails the test when it does not throw one). */
function problemsOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      session: { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 },
      login: { maxAttempts: 5, lockoutMs: 15 * 60_000, ratePerMinute: 20 },
      cookieSecure: false,
    });
    expect('dataDir' in config.database).toBe(true);
  });

  it('names PORT when it is not a port number', () => {
    for (const PORT of ['abc', '70000', '-1']) {
      const error = problemsOf({ ...base, PORT });
      expect(error.problems).toEqual([expect.stringMatching(/^PORT: /)]);
      expect(error.message).toContain('PORT');
    }
  });

  it('names DATABASE_URL when it is not a PostgreSQL URL, and uses it when it is', () => {
    const error = problemsOf({ ...base, DATABASE_URL: 'mysql://localhost/leerlus' });
    expect(error.problems).toEqual(['DATABASE_URL: must be a postgres:// or postgresql:// URL']);
    expect(loadConfig({ ...base, DATABASE_URL: 'postgres://db/leerlus' }).database).toEqual({ url: 'postgres://db/leerlus', poolSize: 10 });
  });

  it('requires SECRET_KEY in production, and a long enough one anywhere', () => {
    const { SECRET_KEY: _omitted, ...withoutKey } = base;
    const production = problemsOf({ ...withoutKey, NODE_ENV: 'production' });
    expect(production.problems).toEqual(['SECRET_KEY: required when NODE_ENV=production']);
    expect(problemsOf({ ...base, SECRET_KEY: 'short' }).problems).toEqual([expect.stringMatching(/^SECRET_KEY: .*32/)]);
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).cookieSecure).toBe(true);
  });

  it('reports every bad variable at once', () => {
    const error = problemsOf({ ...base, PORT: 'x', LOG_LEVEL: 'loud', LOGIN_MAX_ATTEMPTS: '0' });
    expect(error.problems.map((p) => p.split(':')[0]).sort()).toEqual(['LOGIN_MAX_ATTEMPTS', 'LOG_LEVEL', 'PORT']);
  });
});

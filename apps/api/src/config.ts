import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/**
 * Every environment variable the server reads, with its default. This is the only place that reads
 * process.env (README "Configuration" lists the same table).
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  SEED_DEMO: bool.optional(),
  COOKIE_SECURE: bool.optional(),
  PUBLIC_URL: z.url().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  TRUST_PROXY: bool.default(false),
  WEB_DIST: z.string().default('apps/web/dist'),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  database: { url: string; poolSize: number } | { dataDir: string };
  logLevel: Env['LOG_LEVEL'];
  /** 32-byte key for encrypting secrets at rest (TOTP seeds) and signing. */
  secretKey: Buffer;
  seedDemo: boolean;
  cookieSecure: boolean;
  publicUrl: string | undefined;
  session: { idleMs: number; absoluteMs: number };
  login: { maxAttempts: number; lockoutMs: number; ratePerMinute: number };
  bodyLimit: number;
  trustProxy: boolean;
  webDist: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment once and fails fast with a message naming each bad variable.
 * In development the secret key is generated on first start and kept in DATA_DIR; production
 * must set SECRET_KEY.
 */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  if (isProduction && !e.SECRET_KEY) throw new ConfigError(['SECRET_KEY: required when NODE_ENV=production']);
  const dataDir = resolve(e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    database: e.DATABASE_URL ? { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE } : { dataDir: join(dataDir, 'pglite') },
    logLevel: e.LOG_LEVEL,
    secretKey: e.SECRET_KEY ? Buffer.from(e.SECRET_KEY) : developmentSecret(dataDir),
    seedDemo: e.SEED_DEMO ?? !isProduction,
    cookieSecure: e.COOKIE_SECURE ?? isProduction,
    publicUrl: e.PUBLIC_URL,
    session: { idleMs: e.SESSION_IDLE_MINUTES * 60_000, absoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000 },
    login: {
      maxAttempts: e.LOGIN_MAX_ATTEMPTS,
      lockoutMs: e.LOGIN_LOCKOUT_MINUTES * 60_000,
      ratePerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    },
    bodyLimit: e.BODY_LIMIT_BYTES,
    trustProxy: e.TRUST_PROXY,
    webDist: resolve(e.WEB_DIST),
  };
}

/** A per-installation random key kept next to the embedded database (never committed: data/ is ignored). */
function developmentSecret(dataDir: string): Buffer {
  const file = join(dataDir, 'secret.key');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return Buffer.from(readFileSync(file, 'utf8').trim());
}

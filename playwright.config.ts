import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser journeys (e2e/) against the real server and the built web app. Every run gets a fresh
 * temporary data folder with the demo seed, so journeys never see state from earlier runs.
 *
 *   npm run build && npm run test:e2e
 *
 * The config is evaluated in the runner and in each worker; the data folder is created once and
 * handed to the workers through the environment.
 */
const PORT = Number(process.env.E2E_PORT ?? 3123);
const BASE_URL = `http://127.0.0.1:${PORT}`;
process.env.LEERLUS_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'leerlus-e2e-'));
const DATA_DIR = process.env.LEERLUS_E2E_DATA_DIR;

if (!existsSync('apps/web/dist/index.html')) {
  throw new Error(
    'apps/web/dist is missing: run `npm run build` before the e2e journeys (the API serves the built app).',
  );
}

export default defineConfig({
  testDir: 'e2e',
  globalTeardown: './e2e/global-teardown.ts',
  fullyParallel: false,
  // One worker: the journeys share one seeded organisation and the per-address login rate limit.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 800 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        locale: 'nl-NL',
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node --import tsx apps/api/src/main.ts',
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATA_DIR,
      HOST: '127.0.0.1',
      PORT: String(PORT),
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      // Every journey logs in from 127.0.0.1; keep the per-address limit out of the way of a full run.
      LOGIN_RATE_LIMIT_PER_MINUTE: '200',
    },
  },
});

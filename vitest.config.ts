import { defineConfig } from 'vitest/config';

/**
 * Test projects:
 *  - unit: pure packages (domain, contracts, cli)
 *  - api:  in-process API and db tests; DATABASE_URL unset -> PGlite, set -> PostgreSQL
 *  - web:  React component tests in jsdom
 * Playwright browser journeys live in e2e/ and run separately (npm run test:e2e).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['packages/{domain,contracts,cli}/src/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'api',
          include: ['apps/api/src/**/*.test.ts', 'packages/db/src/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['apps/api/src/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        esbuild: { jsx: 'automatic' },
        test: { name: 'web', include: ['apps/web/src/**/*.test.tsx', 'apps/web/src/**/*.test.ts'], environment: 'jsdom' },
      },
    ],
  },
});

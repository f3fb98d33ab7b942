import { rmSync } from 'node:fs';

/** Removes the run's temporary data folder (created in playwright.config.ts). */
export default function globalTeardown(): void {
  const dataDir = process.env.LEERLUS_E2E_DATA_DIR;
  if (dataDir?.includes('leerlus-e2e-')) rmSync(dataDir, { recursive: true, force: true });
}

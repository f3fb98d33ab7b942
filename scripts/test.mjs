#!/usr/bin/env node
/**
 * `npm test`: every test suite, one summary.
 *   1. Vitest (unit, api on PGlite, web components)
 *   2. Vitest api project again on PostgreSQL, when TEST_DATABASE_URL is set (.ci/run sets it to a fresh database)
 *   3. Playwright browser journeys (needs /usr/bin/chromium; builds the web app first)
 * Prints "N passed, N failed, N skipped" as its last line, writes .tmp/test-summary.json, and exits
 * non-zero when anything failed or a suite could not run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
mkdirSync('.tmp', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const suites = [];

function run(command, args, env = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function add(name, counts, status) {
  // A suite that exited non-zero without reporting a failure (crash, import error) still fails the run.
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  suites.push({ name, ...counts });
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
}

function vitest(name, args, env) {
  const out = `.tmp/vitest-${name}.json`;
  rmSync(out, { force: true });
  const status = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${out}`], env);
  const r = readJson(out);
  const counts = r
    ? {
        passed: r.numPassedTests,
        failed: r.numFailedTests + (r.numFailedTestSuites ?? 0) - failedSuitesWithFailedTests(r),
        skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
      }
    : { passed: 0, failed: 0, skipped: 0 };
  add(name, counts, status);
}

/** Suites that failed only because a test in them failed are already counted through numFailedTests. */
function failedSuitesWithFailedTests(r) {
  return (r.testResults ?? []).filter(
    (s) => s.status === 'failed' && (s.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
}

function playwright() {
  if (!existsSync(CHROMIUM)) {
    console.log(`\nBrowser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium).`);
    add('e2e', { passed: 0, failed: 0, skipped: 1 }, 0);
    return;
  }
  const built = run('npm', ['run', 'build']);
  if (built !== 0) return add('e2e', { passed: 0, failed: 1, skipped: 0 }, built);
  const out = 'test-results/e2e.json';
  rmSync(out, { force: true });
  const status = run('npx', ['playwright', 'test']);
  const r = readJson(out);
  const s = r?.stats ?? {};
  add('e2e', { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0, skipped: s.skipped ?? 0 }, status);
}

vitest('pglite', []);
if (process.env.TEST_DATABASE_URL) {
  vitest('postgres', ['--project', 'api'], { DATABASE_URL: process.env.TEST_DATABASE_URL });
} else {
  console.log('\nPostgreSQL run skipped: set TEST_DATABASE_URL to a fresh database to run the API tests on PostgreSQL too.');
}
if (!process.argv.includes('--no-e2e')) playwright();

writeFileSync('.tmp/test-summary.json', JSON.stringify({ ...totals, suites }, null, 2));
console.log('\nSuites:');
for (const s of suites) console.log(`  ${s.name.padEnd(10)} ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);

/**
 * `npm run bench`: runs every benchmark script in bench/ in its own process (so one does not warm up
 * or pollute the heap of the next) and prints their figures. Benchmarks print ratios against a
 * baseline measured in the same run; they never fail the build.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const scripts = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'run.ts').sort();
for (const script of scripts) {
  console.log(`\n## ${script}`);
  spawnSync(process.execPath, ['--import', 'tsx', `${dir}${script}`], { stdio: 'inherit' });
}

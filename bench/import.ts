/**
 * Import benchmark (issue 5): prints throughput, ratios and memory (no assertions).
 *   node --import tsx bench/import.ts                                   # PGlite in memory, 1M rows
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/<fresh db> node --import tsx bench/import.ts
 *   BENCH_IMPORT_ROWS=200000 node --import tsx bench/import.ts
 * Writes a CSV of `BENCH_IMPORT_ROWS` observation rows as a Dutch spreadsheet would (semicolons,
 * decimal commas, dd-mm-jjjj), then commits it through the real pipeline (apps/api/src/routes/imports:
 * streamed read, decode, CSV reader, mapping, validation, unnest bulk inserts with natural-key
 * conflict checks, one transaction) and reports rows/s and the process's peak RSS during the import.
 * On PostgreSQL it then COPYs the same rows (resolved to the table's columns) into the same table for
 * another team with psql's \copy, in the same run, and prints import throughput ÷ COPY throughput.
 * Targets: PostgreSQL ≥ 0.5× COPY; PGlite ≥ 50k rows/s; peak RSS < 300 MB.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { sql } from 'drizzle-orm';
import { openDatabase, schema } from '@leerlus/db';
import { selectRows } from '@leerlus/db/repositories/raw';
import { commitImport } from '../apps/api/src/routes/imports/pipeline';
import { detectSettings } from '../apps/api/src/routes/imports/sources';
import { IMPORT_DIR, uploadPath } from '../apps/api/src/routes/imports/storage';

const url = process.env.DATABASE_URL;
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const CODES = [
  'eq5d',
  'nrs-pain',
  'hoos',
  'koos',
  'prem-recommend',
  'cost-eur',
  'waiting-days',
  'bmi',
  'asa',
  'los',
];
const MB = 1024 * 1024;

/** Writes the benchmark CSV: 10 codes per patient, one date per patient (unique natural keys), decimal commas. */
async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('Pseudoniem;Geboortejaar;Geslacht;Code;Waarde;Meetdatum;Meetmoment\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const patient = Math.floor(i / CODES.length);
    const day = (patient % 28) + 1;
    const month = (Math.floor(patient / 28) % 12) + 1;
    const year = 2020 + (Math.floor(patient / 336) % 5);
    chunk += `P${String(patient).padStart(7, '0')};${String(1930 + (patient % 60))};${patient % 2 ? 'v' : 'm'};${CODES[i % CODES.length]!};${String(i % 97)},${String(i % 10)};${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${String(year)};${i % 3 === 0 ? '3m' : ''}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

if (process.argv[2] === '--write-csv') {
  await writeCsv(process.argv[3]!, Number(process.argv[4]));
  process.exit(0);
}

console.log(
  `Node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg()[0]!.toFixed(1)}`,
);
const handle = await openDatabase(url ? { url, poolSize: 4 } : {});
await handle.migrate();
const { db } = handle;

const [org] = await db
  .insert(schema.organisations)
  .values({ name: `Bench import ${Date.now()}` })
  .returning();
const [teamA] = await db.insert(schema.teams).values({ organisationId: org!.id, name: 'Import' }).returning();
const [teamB] = await db.insert(schema.teams).values({ organisationId: org!.id, name: 'COPY' }).returning();

// The file, written by a child process so that generating it does not inflate this process's heap.
const id = crypto.randomUUID();
await mkdir(IMPORT_DIR, { recursive: true });
const path = uploadPath(id);
const written = spawnSync(
  process.execPath,
  ['--import', 'tsx', fileURLToPath(import.meta.url), '--write-csv', path, String(ROWS)],
  { stdio: 'inherit' },
);
if (written.status !== 0) throw new Error('could not write the benchmark CSV');
const { size } = await stat(path);
console.log(`Database: ${handle.kind}; CSV: ${ROWS.toLocaleString('en')} rows, ${(size / MB).toFixed(1)} MB`);

const settings = await detectSettings(path, 'bench.csv', size);
const [row] = await db
  .insert(schema.imports)
  .values({
    id,
    organisationId: org!.id,
    teamId: teamA!.id,
    kind: 'patient',
    format: 'csv',
    fileName: 'bench.csv',
    fileSha256: '0'.repeat(64),
    fileSize: size,
    encoding: settings.encoding,
    delimiter: settings.delimiter,
  })
  .returning();

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const rssBefore = peak;
const t0 = performance.now();
const outcome = await commitImport(
  db,
  row!,
  { kind: 'patient', knownCodes: null, knownIndicators: null },
  {
    mapping: {
      pseudonym: 'Pseudoniem',
      birthYear: 'Geboortejaar',
      sex: 'Geslacht',
      code: 'Code',
      value: 'Waarde',
      effectiveDate: 'Meetdatum',
      timepoint: 'Meetmoment',
    },
    mode: 'all-or-nothing',
    locale: 'en',
    signal: new AbortController().signal,
    onProgress: () => undefined,
    actor: { id: null, email: null, ip: null },
  },
);
const importMs = performance.now() - t0;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
await rm(path, { force: true });
if (outcome.row.status !== 'succeeded' || outcome.row.insertedRows !== ROWS)
  throw new Error(`import did not write every row: ${JSON.stringify(outcome.row)}`);
const importRate = ROWS / (importMs / 1000);
console.log(
  `Import (parse + validate + insert, one transaction): ${(importMs / 1000).toFixed(1)} s, ${Math.round(importRate).toLocaleString('en')} rows/s`,
);
console.log(
  `Peak RSS during the import: ${(peak / MB).toFixed(0)} MB (${(rssBefore / MB).toFixed(0)} MB before)${url ? '' : ', PGlite (WASM) included'}`,
);

if (url) {
  // COPY baseline: the same rows, resolved to the table's columns, into the same table for team B.
  const copyFile = join(tmpdir(), `leerlus-bench-copy-${id}.csv`);
  const psql = (command: string) =>
    spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', command], { encoding: 'utf8' });
  const exported = psql(
    `\\copy (select organisation_id, '${teamB!.id}', patient_id, code, value_number, effective_date, timepoint, source from observations where team_id = '${teamA!.id}') to '${copyFile}' with (format csv)`,
  );
  if (exported.error || exported.status !== 0)
    console.log(`COPY baseline skipped (psql: ${exported.error?.message ?? exported.stderr.trim()})`);
  else {
    const c0 = performance.now();
    const copied = psql(
      `\\copy observations (organisation_id, team_id, patient_id, code, value_number, effective_date, timepoint, source) from '${copyFile}' with (format csv)`,
    );
    const copyMs = performance.now() - c0;
    await rm(copyFile, { force: true });
    if (copied.status !== 0) throw new Error(`COPY failed: ${copied.stderr}`);
    const [{ n }] = (await selectRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from observations where team_id = ${teamB!.id}`,
    )) as [{ n: number }];
    const copyRate = n / (copyMs / 1000);
    console.log(
      `COPY of the same ${n.toLocaleString('en')} rows (psql \\copy, same table and indexes): ${(copyMs / 1000).toFixed(1)} s, ${Math.round(copyRate).toLocaleString('en')} rows/s`,
    );
    console.log(
      `Import throughput ÷ COPY throughput: ${(importRate / copyRate).toFixed(2)}× (target ≥ 0.5×)`,
    );
  }
} else {
  console.log(`Target on PGlite: ≥ 50,000 rows/s — ${importRate >= 50_000 ? 'met' : 'not met'}`);
}
await db.delete(schema.organisations).where(sql`${schema.organisations.id} = ${org!.id}`);
await handle.close();

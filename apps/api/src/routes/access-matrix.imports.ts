import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { schema } from '@leerlus/db';
import type { Caller, MatrixContext, MatrixRow } from './access-matrix.table';
import { IMPORT_DIR, skippedPath, uploadPath } from './imports/storage';

type Role = Exclude<Caller, 'anonymous'>;
type Expect = Record<Caller, number>;

/** patient-data:write — the roles that import. */
const IMPORTERS: readonly Role[] = ['admin', 'qualityAdvisor', 'analyst'];

const CSV = 'patient,code,value,date\nm-1,eq5d,1,01-01-2024\n';
const base = (c: MatrixContext) => `/api/v1/teams/${c.world.teamA.id}`;

/** An uploaded CSV of team A (its row and its file), optionally finished with skipped rows. */
async function anImport(c: MatrixContext, finished = false): Promise<string> {
  const id = randomUUID();
  await mkdir(IMPORT_DIR, { recursive: true });
  await writeFile(uploadPath(id), CSV);
  if (finished) await writeFile(skippedPath(id), 'row,reason\r\n');
  await c.t.db.insert(schema.imports).values({
    id,
    organisationId: c.world.organisation.id,
    teamId: c.world.teamA.id,
    kind: 'patient',
    format: 'csv',
    fileName: 'm.csv',
    fileSha256: 'x'.repeat(64),
    fileSize: CSV.length,
    encoding: 'utf-8',
    delimiter: ',',
    mapping: { pseudonym: 'patient', code: 'code', value: 'value', effectiveDate: 'date' },
    ...(finished ? { status: 'succeeded' as const, mode: 'skip-invalid' as const, invalidRows: 1 } : {}),
  });
  return id;
}

async function aProfile(c: MatrixContext): Promise<string> {
  const [row] = await c.t.db
    .insert(schema.importProfiles)
    .values({
      organisationId: c.world.organisation.id,
      teamId: c.world.teamA.id,
      name: `p-${randomUUID()}`,
      kind: 'patient',
      mapping: {},
    })
    .returning();
  return row!.id;
}

/** The rows of the import routes (expectation builder passed in, as for the indicator rows). */
export function importRows({ only }: { only: (roles: readonly Role[], ok: number) => Expect }): MatrixRow[] {
  const imports = '/api/v1/teams/:teamId/imports';
  const profiles = '/api/v1/teams/:teamId/import-profiles';
  return [
    // A JSON body is not a file: importers get 415 once authorised, everyone else 403/401 first.
    {
      method: 'POST',
      route: imports,
      request: (c) => ({ url: `${base(c)}/imports?fileName=x.csv`, payload: { not: 'a file' } }),
      expect: only(IMPORTERS, 415),
    },
    {
      method: 'GET',
      route: imports,
      request: (c) => ({ url: `${base(c)}/imports` }),
      expect: only(IMPORTERS, 200),
    },
    {
      method: 'GET',
      route: `${imports}/:importId`,
      request: async (c) => ({ url: `${base(c)}/imports/${await anImport(c)}` }),
      expect: only(IMPORTERS, 200),
    },
    {
      method: 'GET',
      route: `${imports}/:importId/preview`,
      request: async (c) => ({ url: `${base(c)}/imports/${await anImport(c)}/preview` }),
      expect: only(IMPORTERS, 200),
    },
    {
      method: 'POST',
      route: `${imports}/:importId/validate`,
      request: async (c) => ({ url: `${base(c)}/imports/${await anImport(c)}/validate`, payload: {} }),
      expect: only(IMPORTERS, 200),
    },
    {
      method: 'POST',
      route: `${imports}/:importId/commit`,
      request: async (c) => ({ url: `${base(c)}/imports/${await anImport(c)}/commit`, payload: {} }),
      expect: only(IMPORTERS, 200),
    },
    {
      method: 'POST',
      route: `${imports}/:importId/cancel`,
      request: async (c) => ({ url: `${base(c)}/imports/${await anImport(c)}/cancel` }),
      expect: only(IMPORTERS, 200),
    },
    {
      method: 'GET',
      route: `${imports}/:importId/skipped.csv`,
      request: async (c) => ({ url: `${base(c)}/imports/${await anImport(c, true)}/skipped.csv` }),
      expect: only(IMPORTERS, 200),
    },
    {
      method: 'GET',
      route: profiles,
      request: (c) => ({ url: `${base(c)}/import-profiles` }),
      expect: only(IMPORTERS, 200),
    },
    {
      method: 'POST',
      route: profiles,
      request: (c) => ({
        url: `${base(c)}/import-profiles`,
        payload: { name: `p-${c.caller}`, kind: 'patient', mapping: {} },
      }),
      expect: only(IMPORTERS, 201),
    },
    {
      method: 'PUT',
      route: `${profiles}/:profileId`,
      request: async (c) => ({
        url: `${base(c)}/import-profiles/${await aProfile(c)}`,
        payload: { name: `q-${c.caller}`, kind: 'patient', mapping: {} },
      }),
      expect: only(IMPORTERS, 200),
    },
    {
      method: 'DELETE',
      route: `${profiles}/:profileId`,
      request: async (c) => ({ url: `${base(c)}/import-profiles/${await aProfile(c)}` }),
      expect: only(IMPORTERS, 204),
    },
  ];
}

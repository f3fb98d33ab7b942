import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commitResultSchema,
  importListSchema,
  importPreviewSchema,
  importProfileListSchema,
  importSchema,
  validationResultSchema,
} from '@leerlus/contracts/imports';
import { selectRows } from '@leerlus/db/repositories/raw';
import { createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type Client, type TestApp } from '../../testing/test-app';
import { createIndicatorRow } from '../indicators/testing';
import { auditEventsOf } from '../organisations/testing';
import { commitImport, validationContextFor } from './pipeline';
import { importOf } from './queries';
import { dataCounts, upload } from './testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const base = (teamId: string) => `/api/v1/teams/${teamId}/imports`;

async function setup() {
  const world = await createWorld(t.db);
  const advisor = await loginAs(t.app, world.users.qualityAdvisor);
  return { world, advisor, team: world.teamA.id, org: world.organisation.id };
}

async function uploadOk(
  client: Client,
  team: string,
  name: string,
  body: Buffer | string,
  kind: 'patient' | 'aggregate' = 'patient',
) {
  const res = await upload(client, team, name, body, kind);
  expect(res.statusCode, res.body).toBe(201);
  return importPreviewSchema.parse(res.json());
}

async function commit(client: Client, team: string, id: string, body: Record<string, unknown> = {}) {
  const res = await client.request({ method: 'POST', url: `${base(team)}/${id}/commit`, payload: body });
  expect(res.statusCode, res.body).toBe(200);
  return commitResultSchema.parse(res.json());
}

/** "José" and "heupprothese" with Windows-1252 bytes, semicolons, decimal commas, dd-mm-jjjj. */
const WIN1252_CSV = Buffer.concat([
  Buffer.from(
    'Pseudoniem;Geboortejaar;Geslacht;Zorgpad;Startdatum;Code;Waarde;Eenheid;Meetdatum;Meetmoment\r\n',
    'latin1',
  ),
  Buffer.from('ps-001;1957;v;heup-primair;01-03-2024;eq5d;0,75;score;15-04-2024;6w\r\n', 'latin1'),
  Buffer.from('ps-001;1957;v;heup-primair;01-03-2024;pain;3,5;nrs;15-04-2024;6w\r\n', 'latin1'),
  Buffer.from([
    ...Buffer.from('ps-002;1961;m;heup-revisi', 'latin1'),
    0xeb,
    ...Buffer.from(';02-03-2024;eq5d;0,5;score;16-04-2024;6w\r\n', 'latin1'),
  ]),
]);

describe('import: good files', () => {
  it('CSV (Windows-1252, ;, decimal comma, dd-mm-jjjj): preview, validate, commit in one go; re-import adds nothing; audited without patient data', async () => {
    const { advisor, team, org } = await setup();
    const before = await dataCounts(t.db, org);
    const preview = await uploadOk(advisor, team, 'proms-maart.csv', WIN1252_CSV);
    expect(preview.import).toMatchObject({
      status: 'uploaded',
      format: 'csv',
      encoding: 'windows-1252',
      delimiter: ';',
      previousImportId: null,
    });
    expect(preview.headers).toHaveLength(10);
    expect(preview.rows[2]![3]).toBe('heup-revisië');
    expect(preview.suggestedMapping).toMatchObject({
      pseudonym: 'Pseudoniem',
      code: 'Code',
      value: 'Waarde',
      effectiveDate: 'Meetdatum',
      carePath: 'Zorgpad',
    });

    const mapping = preview.suggestedMapping;
    const validation = validationResultSchema.parse(
      (
        await advisor.request({
          method: 'POST',
          url: `${base(team)}/${preview.import.id}/validate`,
          payload: { mapping },
        })
      ).json(),
    );
    expect(validation).toEqual({ totalRows: 3, validRows: 3, invalidRows: 0, issueCount: 0, issues: [] });

    const done = await commit(advisor, team, preview.import.id, { mapping });
    expect(done.import).toMatchObject({
      status: 'succeeded',
      totalRows: 3,
      insertedRows: 3,
      existingRows: 0,
      progress: 1,
    });
    expect(await dataCounts(t.db, org)).toEqual({
      patients: before.patients + 2,
      episodes: before.episodes + 2,
      observations: before.observations + 3,
      aggregates: before.aggregates,
    });
    const rows = await selectRows<{ value: number; date: string; care: string; import_id: string }>(
      t.db,
      sql`select o.value_number::float8 as value, to_char(o.effective_date, 'YYYY-MM-DD') as date, e.care_path as care, o.import_id::text from observations o join episodes e on e.id = o.episode_id where o.organisation_id = ${org} order by o.id`,
    );
    expect(rows).toEqual([
      { value: 0.75, date: '2024-04-15', care: 'heup-primair', import_id: preview.import.id },
      { value: 3.5, date: '2024-04-15', care: 'heup-primair', import_id: preview.import.id },
      { value: 0.5, date: '2024-04-16', care: 'heup-revisië', import_id: preview.import.id },
    ]);

    // The same file again: recognised, and the natural keys keep it from adding anything.
    const again = await uploadOk(advisor, team, 'proms-maart (1).csv', WIN1252_CSV);
    expect(again.import.previousImportId).toBe(preview.import.id);
    const second = await commit(advisor, team, again.import.id, { mapping });
    expect(second.import).toMatchObject({ status: 'succeeded', insertedRows: 0, existingRows: 3 });
    expect(await dataCounts(t.db, org)).toEqual({
      patients: before.patients + 2,
      episodes: before.episodes + 2,
      observations: before.observations + 3,
      aggregates: before.aggregates,
    });

    const events = await auditEventsOf(t.db, org);
    const imports = events.filter((e) => e.action.startsWith('import.'));
    expect(imports.map((e) => [e.action, e.outcome])).toEqual([
      ['import.upload', 'success'],
      ['import.commit', 'success'],
      ['import.upload', 'success'],
      ['import.commit', 'success'],
    ]);
    expect(imports[1]!.details).toMatchObject({
      fileSha256: preview.import.fileSha256,
      insertedRows: 3,
      totalRows: 3,
      status: 'succeeded',
    });
    expect(JSON.stringify(imports)).not.toMatch(/ps-00|heup/);

    const list = importListSchema.parse((await advisor.request({ method: 'GET', url: base(team) })).json());
    expect(list.imports.map((i) => i.id)).toEqual([again.import.id, preview.import.id]);
  });

  it('XLSX (exceljs): dates, numbers and a formula cell kept as text, never evaluated', async () => {
    const { advisor, team, org } = await setup();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(['patient', 'code', 'value', 'valuetext', 'date']);
    ws.addRow(['x-1', 'eq5d', 0.8, null, new Date(Date.UTC(2024, 4, 2))]);
    ws.addRow(['x-2', 'note', null, { formula: 'HYPERLINK("http://evil","x")', result: 'x' }, '03-05-2024']);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const preview = await uploadOk(advisor, team, 'data.xlsx', buffer);
    expect(preview.import.format).toBe('xlsx');
    expect(preview.rows).toEqual([
      ['x-1', 'eq5d', '0.8', '', '2024-05-02'],
      ['x-2', 'note', '', '=HYPERLINK("http://evil","x")', '03-05-2024'],
    ]);
    const done = await commit(advisor, team, preview.import.id, { mapping: preview.suggestedMapping });
    expect(done.import).toMatchObject({ status: 'succeeded', insertedRows: 2 });
    const texts = await selectRows<{ t: string | null }>(
      t.db,
      sql`select value_text as t from observations where organisation_id = ${org} order by id`,
    );
    expect(texts.map((r) => r.t)).toEqual([null, '=HYPERLINK("http://evil","x")']);
  });

  it('FHIR Bundle and NDJSON (Patient, Observation, QuestionnaireResponse) and a MeasureReport as aggregate', async () => {
    const { advisor, team, org } = await setup();
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { resource: { resourceType: 'Patient', id: 'f-1', birthDate: '1950-02-03', gender: 'male' } },
        {
          resource: {
            resourceType: 'Observation',
            status: 'final',
            subject: { reference: 'Patient/f-1' },
            code: { coding: [{ code: 'eq5d' }] },
            effectiveDateTime: '2024-01-10',
            valueQuantity: { value: 0.6 },
          },
        },
      ],
    };
    const b = await uploadOk(advisor, team, 'bundle.json', JSON.stringify(bundle));
    expect(b.import.format).toBe('fhir-bundle');
    expect(b.needsMapping).toBe(false);
    expect((await commit(advisor, team, b.import.id)).import).toMatchObject({
      status: 'succeeded',
      totalRows: 2,
      insertedRows: 1,
    });
    const ndjson = [
      JSON.stringify({
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        subject: { reference: 'Patient/f-1' },
        authored: '2024-02-01',
        item: [
          { linkId: 'q1', answer: [{ valueInteger: 4 }] },
          { linkId: 'q2', answer: [{ valueInteger: 2 }] },
        ],
      }),
      JSON.stringify({
        resourceType: 'Observation',
        status: 'final',
        subject: { reference: 'Patient/f-2' },
        code: { coding: [{ code: 'eq5d' }] },
        effectiveDateTime: '2024-02-02',
        valueQuantity: { value: 0.9 },
      }),
    ].join('\n');
    const n = await uploadOk(advisor, team, 'export.ndjson', ndjson);
    expect(n.import.format).toBe('fhir-ndjson');
    expect((await commit(advisor, team, n.import.id)).import).toMatchObject({
      status: 'succeeded',
      totalRows: 3,
      insertedRows: 3,
    });
    const patients = await selectRows<{ pseudonym: string; birth_year: number | null; sex: string | null }>(
      t.db,
      sql`select pseudonym, birth_year, sex from patients where organisation_id = ${org} order by pseudonym`,
    );
    expect(patients).toEqual([
      { pseudonym: 'f-1', birth_year: 1950, sex: 'male' },
      { pseudonym: 'f-2', birth_year: null, sex: null },
    ]);

    const indicator = await createIndicatorRow(t.db, org, { code: `READM${team.slice(0, 4)}` });
    const report = {
      resourceType: 'MeasureReport',
      status: 'complete',
      measure: `https://example.org/Measure/${indicator.code}`,
      period: { start: '2024-01-01' },
      group: [
        {
          population: [
            { code: { coding: [{ code: 'numerator' }] }, count: 3 },
            { code: { coding: [{ code: 'denominator' }] }, count: 40 },
          ],
        },
      ],
    };
    const m = await uploadOk(advisor, team, 'reports.ndjson', JSON.stringify(report), 'aggregate');
    expect((await commit(advisor, team, m.import.id)).import).toMatchObject({
      status: 'succeeded',
      insertedRows: 1,
    });
    const aggregates = await selectRows<{ n: number; d: number; version: number }>(
      t.db,
      sql`select numerator::float8 as n, denominator::float8 as d, indicator_version as version from aggregate_observations where team_id = ${team}`,
    );
    expect(aggregates).toEqual([{ n: 3, d: 40, version: 1 }]);
  });
});

describe('import: bad files write nothing', () => {
  const header = 'patient,code,value,date\n';
  const good = 'g-1,eq5d,1,01-01-2024\ng-2,eq5d,2,01-01-2024\n';
  const rejectedAtUpload: [string, Buffer | string, string][] = [
    ['an empty file', '', 'empty-file'],
    ['UTF-16', Buffer.from('\ufeffpatient,code\r\n', 'utf16le'), 'unsupported-encoding'],
    ['a binary file', Buffer.from([0x00, 0x01, 0x02, 0x03, 0x7f]), 'unsupported-encoding'],
  ];
  it.each(rejectedAtUpload)('%s is refused at upload', async (_name, body, reason) => {
    const { advisor, team, org } = await setup();
    const before = await dataCounts(t.db, org);
    const res = await upload(advisor, team, 'bad.csv', body);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: { issues: [{ reason }] } });
    expect(await dataCounts(t.db, org)).toEqual(before);
  });

  const rejectedAtCommit: [string, Buffer | string, string, number][] = [
    ['a header only', header, 'header-only', 0],
    ['ragged rows', `${header}${good}g-3,eq5d\n`, 'ragged-row', 4],
    ['bad dates', `${header}${good}g-3,eq5d,1,31-02-2024\n`, 'invalid-date', 4],
    ['bad numbers', `${header}${good}g-3,eq5d,1.2.3,01-01-2024\n`, 'invalid-number', 4],
    ['duplicate rows', `${header}${good}g-1,eq5d,7,01-01-2024\n`, 'duplicate-row', 4],
    [
      'a formula-injection cell',
      `${header}${good}g-3,eq5d,"=cmd|' /C calc'!A0",01-01-2024\n`,
      'invalid-number',
      4,
    ],
    [
      'a wrong encoding after the first 64 KiB',
      Buffer.concat([
        Buffer.from(header + 'g-0,eq5d,1,01-01-2024\n'.repeat(4000)),
        Buffer.from([0x67, 0xe9, 0x2c, 0x0a]),
      ]),
      'encoding-error',
      0,
    ],
  ];
  it.each(rejectedAtCommit)(
    '%s fails the commit with %s at row %d, and nothing is written',
    async (_name, body, reason, row) => {
      const { advisor, team, org } = await setup();
      const before = await dataCounts(t.db, org);
      const preview = await uploadOk(advisor, team, 'bad.csv', body);
      const done = await commit(advisor, team, preview.import.id, { mapping: preview.suggestedMapping });
      expect(done.import.status).toBe('failed');
      expect(done.import.insertedRows).toBe(0);
      expect(done.validation!.issues[0]).toMatchObject({ reason, row });
      expect(done.import.errorSummary!.byReason[reason as 'required']).toBeGreaterThan(0);
      expect(await dataCounts(t.db, org)).toEqual(before);
    },
  );

  it('unknown observation codes (against the catalogue) and invalid FHIR resources', async () => {
    const { advisor, team, org } = await setup();
    await createIndicatorRow(t.db, org, {
      definition: { observationCode: 'eq5d', periodGranularity: 'month' },
      measure: 'mean',
      kind: 'prom',
    });
    const before = await dataCounts(t.db, org);
    const csv = await uploadOk(advisor, team, 'codes.csv', `${header}${good}g-3,eq5dd,1,01-01-2024\n`);
    const done = await commit(advisor, team, csv.import.id, { mapping: csv.suggestedMapping });
    expect(done.validation!.issues).toEqual([
      {
        row: 4,
        column: 'code',
        value: 'eq5dd',
        reason: 'unknown-code',
        message: 'Code komt in geen indicator van de organisatie voor',
      },
    ]);
    const fhir = await uploadOk(
      advisor,
      team,
      'bad.ndjson',
      '{"resourceType":"Observation","subject":{"reference":"Patient/a"},"code":{"coding":[{"code":"eq5d"}]},"effectiveDateTime":"2024-01-01","valueQuantity":{"value":1}}\n{oops\n{"resourceType":"Encounter"}\n',
    );
    const fhirDone = await commit(advisor, team, fhir.import.id);
    expect(fhirDone.import.status).toBe('failed');
    expect(fhirDone.validation!.issues.map((i) => [i.row, i.reason])).toEqual([
      [2, 'invalid-json'],
      [3, 'unsupported-resource'],
    ]);
    expect(await dataCounts(t.db, org)).toEqual(before);
  });

  it('reports mapping problems (a required field not mapped, a column that does not exist)', async () => {
    const { advisor, team, org } = await setup();
    const before = await dataCounts(t.db, org);
    const p = await uploadOk(advisor, team, 'x.csv', header + good);
    const res = await advisor.request({
      method: 'POST',
      url: `${base(team)}/${p.import.id}/validate`,
      payload: { mapping: { pseudonym: 'patient', code: 'nope', value: 'value' } },
    });
    const v = validationResultSchema.parse(res.json());
    expect(v.issues.map((i) => [i.row, i.column, i.reason])).toEqual([
      [0, 'code', 'unmapped-field'],
      [0, 'effectiveDate', 'required'],
    ]);
    expect(await dataCounts(t.db, org)).toEqual(before);
  });
});

describe('import: skip-invalid, cancellation, access', () => {
  it('skip-invalid writes the valid rows and offers the skipped rows as CSV with a reason column (formulas neutralised)', async () => {
    const { advisor, team, org } = await setup();
    const before = await dataCounts(t.db, org);
    const p = await uploadOk(
      advisor,
      team,
      'mixed.csv',
      'patient,code,value,date\ns-1,eq5d,1,01-01-2024\ns-2,eq5d,=1+1,01-01-2024\ns-3,eq5d,3,2024-01-01\n',
    );
    const done = await commit(advisor, team, p.import.id, {
      mapping: p.suggestedMapping,
      mode: 'skip-invalid',
    });
    expect(done.import).toMatchObject({
      status: 'succeeded',
      insertedRows: 2,
      invalidRows: 1,
      hasSkippedRows: true,
    });
    expect((await dataCounts(t.db, org)).observations).toBe(before.observations + 2);
    const csv = await advisor.request({ method: 'GET', url: `${base(team)}/${p.import.id}/skipped.csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toBe(
      'regel,patient,code,value,date,reden\r\n3,s-2,eq5d,\'=1+1,01-01-2024,"value: Geen geldig getal (gebruik bijv. 12,5 of 12.5)"\r\n',
    );
    const events = await auditEventsOf(t.db, org, 'import.read');
    expect(events.at(-1)!.details).toEqual({ view: 'skipped-rows', rows: 1 });
  });

  it('cancelling a running commit rolls everything back; cancelling an uploaded import removes its file', async () => {
    const { advisor, world, team, org } = await setup();
    const lines = ['patient,code,value,date'];
    for (let i = 0; i < 60_000; i++) lines.push(`c-${String(i)},eq5d,${String(i % 10)},01-01-2024`);
    const p = await uploadOk(advisor, team, 'big.csv', lines.join('\n'));
    const before = await dataCounts(t.db, org);
    const row = await importOf(t.db, world.teamA, p.import.id);
    const controller = new AbortController();
    let batches = 0;
    const outcome = await commitImport(t.db, row, await validationContextFor(t.db, org, 'patient'), {
      mapping: p.suggestedMapping,
      mode: 'all-or-nothing',
      locale: 'en',
      signal: controller.signal,
      // Cancel once rows have been written inside the transaction.
      onProgress: () => {
        if (++batches === 2) controller.abort();
      },
      actor: { id: world.users.qualityAdvisor.id, email: null, ip: null },
    });
    expect(outcome.row.status).toBe('cancelled');
    expect(outcome.row.totalRows).toBeGreaterThan(0);
    expect(await dataCounts(t.db, org)).toEqual(before);
    expect((await auditEventsOf(t.db, org, 'import.commit')).at(-1)).toMatchObject({
      outcome: 'failure',
      details: expect.objectContaining({ status: 'cancelled' }),
    });

    const q = await uploadOk(advisor, team, 'other.csv', 'patient,code,value,date\nz,eq5d,1,01-01-2024\n');
    const cancelled = await advisor.request({ method: 'POST', url: `${base(team)}/${q.import.id}/cancel` });
    expect(importSchema.parse(cancelled.json()).status).toBe('cancelled');
    expect(
      (await advisor.request({ method: 'POST', url: `${base(team)}/${q.import.id}/commit`, payload: {} }))
        .statusCode,
    ).toBe(410);
    expect(await dataCounts(t.db, org)).toEqual(before);
  }, 120_000);

  it('needs patient-data:write in the team: members 403, another team or organisation 404; bad input 400', async () => {
    const { world, advisor, team } = await setup();
    const other = await createWorld(t.db);
    const p = await uploadOk(advisor, team, 'x.csv', 'patient,code,value,date\na,eq5d,1,01-01-2024\n');
    const member = await loginAs(t.app, world.users.member);
    expect((await upload(member, team, 'x.csv', 'a,b\n1,2')).statusCode).toBe(403);
    expect((await upload(advisor, world.teamB.id, 'x.csv', 'a,b\n1,2')).statusCode).toBe(404);
    expect((await upload(advisor, other.teamA.id, 'x.csv', 'a,b\n1,2')).statusCode).toBe(404);
    expect(
      (await advisor.request({ method: 'GET', url: `${base(world.teamB.id)}/${p.import.id}` })).statusCode,
    ).toBe(404);
    const otherAdvisor = await loginAs(t.app, other.users.qualityAdvisor);
    expect(
      (
        await otherAdvisor.request({
          method: 'POST',
          url: `${base(other.teamA.id)}/${p.import.id}/commit`,
          payload: {},
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await advisor.request({
          method: 'POST',
          url: `${base(team)}?kind=patient`,
          headers: { 'content-type': 'application/octet-stream' },
          payload: 'a',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await advisor.request({
          method: 'POST',
          url: `${base(team)}/${p.import.id}/validate`,
          payload: { mapping: { nonsense: 'a' } },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await advisor.request({
          method: 'POST',
          url: `${base(team)}/${p.import.id}/commit`,
          payload: { mode: 'sometimes' },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await advisor.request({
          method: 'POST',
          url: `${base(team)}?fileName=x.csv`,
          payload: { not: 'a file' },
        })
      ).statusCode,
    ).toBe(415);
    expect(await auditEventsOf(t.db, world.organisation.id, 'import.upload')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ outcome: 'denied', actorId: world.users.member.id }),
      ]),
    );
  });

  it('profiles: save, list, rename, refuse a duplicate name, delete', async () => {
    const { advisor, team } = await setup();
    const url = `/api/v1/teams/${team}/import-profiles`;
    const created = await advisor.request({
      method: 'POST',
      url,
      payload: {
        name: 'PROMs maandelijks',
        kind: 'patient',
        mapping: { pseudonym: 'Pseudoniem', code: 'Code' },
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    expect(
      (
        await advisor.request({
          method: 'POST',
          url,
          payload: { name: 'PROMs maandelijks', kind: 'patient', mapping: {} },
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await advisor.request({
          method: 'PUT',
          url: `${url}/${id}`,
          payload: { name: 'PROMs', kind: 'patient', mapping: { pseudonym: 'Patiënt' } },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      importProfileListSchema.parse((await advisor.request({ method: 'GET', url })).json()).profiles,
    ).toEqual([expect.objectContaining({ id, name: 'PROMs', mapping: { pseudonym: 'Patiënt' } })]);
    expect((await advisor.request({ method: 'DELETE', url: `${url}/${id}` })).statusCode).toBe(204);
    expect((await advisor.request({ method: 'DELETE', url: `${url}/${id}` })).statusCode).toBe(404);
  });
});

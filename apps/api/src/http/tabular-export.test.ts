import { shapeTable } from '@leerlus/domain';
import ExcelJS from 'exceljs';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { sendTabular, toXlsx } from './tabular-export';

const table = shapeTable(
  [
    { header: 'periode', value: (r: { label: string; day: Date; value: number | null }) => r.label },
    { header: 'datum', value: (r) => r.day },
    { header: 'waarde', value: (r) => r.value },
  ],
  [
    { label: '=1+1', day: new Date(Date.UTC(2025, 0, 31)), value: 0.25 },
    { label: '+31 6 123', day: new Date(Date.UTC(2025, 1, 28)), value: null },
    { label: 'gewoon', day: new Date(Date.UTC(2025, 2, 31)), value: -4 },
  ],
);

async function readXlsx(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('toXlsx', () => {
  it('stores text as text (formula-like text with the text format), numbers and dates natively', async () => {
    const sheet = await readXlsx(await toXlsx(table, 'SPC: data/export'));
    expect(sheet.name).toBe('SPC  data export');
    expect(sheet.getRow(1).values).toEqual([undefined, 'periode', 'datum', 'waarde']);
    const formulaCell = sheet.getCell('A2');
    expect(formulaCell.type).toBe(ExcelJS.ValueType.String);
    expect(formulaCell.value).toBe('=1+1');
    expect(formulaCell.numFmt).toBe('@');
    expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A4').numFmt).toBeUndefined();
    expect(sheet.getCell('B2').value).toEqual(new Date(Date.UTC(2025, 0, 31)));
    expect(sheet.getCell('B2').numFmt).toBe('dd-mm-yyyy');
    expect(sheet.getCell('C2').value).toBe(0.25);
    expect(sheet.getCell('C3').type).toBe(ExcelJS.ValueType.Null);
    expect(sheet.getCell('C4').value).toBe(-4);
    let formulas = 0;
    sheet.eachRow((row) =>
      row.eachCell((cell) => (formulas += cell.type === ExcelJS.ValueType.Formula ? 1 : 0)),
    );
    expect(formulas).toBe(0);
  });
});

describe('sendTabular', () => {
  const app = Fastify();
  app.get<{ Querystring: { format: 'csv' | 'xlsx'; delimiter: 'comma' | 'semicolon' } }>(
    '/x',
    (request, reply) => sendTabular(reply, table, request.query, 'spc data/2025'),
  );

  it('sends CSV with a BOM and a safe file name', async () => {
    const response = await app.inject({ url: '/x?format=csv&delimiter=semicolon' });
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="spc-data-2025.csv"');
    const text = response.body;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')).toEqual([
      'periode;datum;waarde',
      "'=1+1;2025-01-31;0,25",
      "'+31 6 123;2025-02-28;",
      'gewoon;2025-03-31;-4',
      '',
    ]);
  });

  it('sends XLSX that opens with exceljs', async () => {
    const response = await app.inject({ url: '/x?format=xlsx&delimiter=comma' });
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toBe('attachment; filename="spc-data-2025.xlsx"');
    const sheet = await readXlsx(response.rawPayload);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getCell('A2').value).toBe('=1+1');
  });
});

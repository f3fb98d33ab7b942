import { describe, expect, it } from 'vitest';
import { csvField, isFormulaLike, neutraliseFormula, shapeTable, toCsv, type TabularColumn } from './tabular';

/** An independent RFC 4180 reader (quoted fields, doubled quotes, CRLF) to read the written CSV back. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

interface Row {
  name: string;
  value: number | null;
  day: Date;
}
const columns: TabularColumn<Row>[] = [
  { header: 'name', value: (r) => r.name },
  { header: 'value', value: (r) => r.value },
  { header: 'day', value: (r) => r.day },
];
const rows: Row[] = [
  { name: '=HYPERLINK("http://x","klik")', value: 1.5, day: new Date(Date.UTC(2025, 0, 31)) },
  { name: 'a;b, "c"\nnext', value: -2, day: new Date(Date.UTC(2025, 11, 1)) },
  { name: '@SUM(A1)', value: null, day: new Date(Date.UTC(2024, 1, 29)) },
  { name: '-3,5', value: 0, day: new Date(Date.UTC(2024, 1, 29)) },
];

describe('formula neutralising', () => {
  it.each(['=1+1', '+31', '-A1', '@cmd', '\tx', '\rx', '-1+2', "=cmd|'/c calc'!A1"])(
    'neutralises %j',
    (text) => {
      expect(isFormulaLike(text)).toBe(true);
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );
  it.each(['plain', '', '-12', '-3,5', '-0.25', 'a=b', ' =x'])('leaves %j as it is', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('toCsv', () => {
  it('writes a BOM, CRLF rows and reads back with neutralised formulas and quoting intact', () => {
    const csv = toCsv(shapeTable(columns, rows));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(csv.slice(1), ',')).toEqual([
      ['name', 'value', 'day'],
      ['\'=HYPERLINK("http://x","klik")', '1.5', '2025-01-31'],
      ['a;b, "c"\nnext', '-2', '2025-12-01'],
      ["'@SUM(A1)", '', '2024-02-29'],
      ['-3,5', '0', '2024-02-29'],
    ]);
  });

  it('writes the Dutch Excel dialect: semicolons and decimal commas', () => {
    const csv = toCsv(shapeTable(columns, rows), { delimiter: 'semicolon', bom: false });
    expect(csv.startsWith('name;')).toBe(true);
    const parsed = parseCsv(csv, ';');
    expect(parsed[1]).toEqual(['\'=HYPERLINK("http://x","klik")', '1,5', '2025-01-31']);
    expect(parsed[2]).toEqual(['a;b, "c"\nnext', '-2', '2025-12-01']);
    expect(parsed[4]).toEqual(['-3,5', '0', '2024-02-29']);
  });

  it('writes times when a date has one, empty cells for non-finite numbers, booleans as words', () => {
    expect(csvField(new Date(Date.UTC(2025, 2, 4, 13, 5, 9)))).toBe('2025-03-04 13:05:09');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  it('shapes undefined values as empty cells', () => {
    const table = shapeTable<{ a?: string }>([{ header: 'a', value: (r) => r.a }], [{}]);
    expect(table).toEqual({ header: ['a'], rows: [[null]] });
  });
});

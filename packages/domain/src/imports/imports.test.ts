import { describe, expect, it } from 'vitest';
import {
  CsvReader,
  DuplicateDetector,
  FhirNormaliser,
  TabularNormaliser,
  bundleResources,
  csvField,
  detectDelimiter,
  detectEncoding,
  issueMessage,
  parseCsv,
  parseDate,
  parseDecimal,
  parseNdjsonLine,
  parseSex,
  resolveMapping,
  skippedCsvLine,
  suggestMapping,
  ISSUE_REASONS,
  type CsvRecord,
  type ImportKind,
  type RowResult,
  type ValidationContext,
} from './index';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => {
  // ASCII and é only, enough for these tests (the domain has no TextEncoder types).
  const out: number[] = [];
  for (const ch of s) out.push(...(ch === 'é' ? [0xc3, 0xa9] : [ch.charCodeAt(0)]));
  return new Uint8Array(out);
};

describe('encoding detection', () => {
  it('tells UTF-8, UTF-8 with BOM and Windows-1252 apart', () => {
    expect(detectEncoding(utf8('naam;waarde\nJosé;1'), true)).toEqual({ ok: true, encoding: 'utf-8' });
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x61), true)).toEqual({ ok: true, encoding: 'utf-8-bom' });
    // "José" in Windows-1252: é = 0xE9, not valid UTF-8.
    expect(detectEncoding(bytes(0x4a, 0x6f, 0x73, 0xe9, 0x3b, 0x31), true)).toEqual({
      ok: true,
      encoding: 'windows-1252',
    });
  });
  it('refuses UTF-16 and binary files', () => {
    expect(detectEncoding(bytes(0xff, 0xfe, 0x61, 0x00), true)).toEqual({
      ok: false,
      reason: 'unsupported-encoding',
    });
    expect(detectEncoding(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00), true)).toEqual({
      ok: false,
      reason: 'unsupported-encoding',
    });
  });
  it('does not hold a multi-byte character cut at the end of a sample against UTF-8', () => {
    const cut = utf8('abc é').slice(0, 5);
    expect(detectEncoding(cut, false)).toEqual({ ok: true, encoding: 'utf-8' });
    expect(detectEncoding(cut, true)).toEqual({ ok: true, encoding: 'windows-1252' });
  });
});

describe('CSV reader', () => {
  it('detects , ; and tab delimiters (a Dutch file with decimal commas picks ;)', () => {
    expect(detectDelimiter('a,b,c\n1,2,3')).toBe(',');
    expect(detectDelimiter('patient;code;waarde\np1;eq5d;0,75\np2;eq5d;0,5')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t2')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d\n1,2,3')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });
  it('handles quotes, doubled quotes, delimiters and line breaks inside quotes, CRLF and blank lines', () => {
    const records = parseCsv('a;b;c\r\n"x;y";"he said ""hi""";"line1\nline2"\r\n\r\n1;2;3', ';');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x;y', 'he said "hi"', 'line1\nline2'] },
      { line: 5, cells: ['1', '2', '3'] },
    ]);
  });
  it('gives the same records whatever the chunk boundaries (streaming)', () => {
    const text = 'p,code,v\n"a,1",x,"1,5"\r\nb,"y""z",2\rc,z,\n';
    const whole = parseCsv(text, ',');
    for (let size = 1; size <= 7; size++) {
      const reader = new CsvReader(',');
      const out: CsvRecord[] = [];
      for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size), out);
      reader.end(out);
      expect(out).toEqual(whole);
    }
    expect(whole.map((r) => r.cells)).toEqual([
      ['p', 'code', 'v'],
      ['a,1', 'x', '1,5'],
      ['b', 'y"z', '2'],
      ['c', 'z', ''],
    ]);
  });
  it('keeps ragged rows as they are, and an empty input gives no records', () => {
    expect(parseCsv('a,b\n1\n1,2,3', ',').map((r) => r.cells)).toEqual([['a', 'b'], ['1'], ['1', '2', '3']]);
    expect(parseCsv('', ',')).toEqual([]);
    expect(parseCsv('\n\n', ',')).toEqual([]);
  });
});

describe('value parsers', () => {
  it('reads Dutch and English decimals and refuses anything else', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('1.234,5')).toBe(1234.5);
    expect(parseDecimal('1,234.5')).toBe(1234.5);
    expect(parseDecimal(' -3 ')).toBe(-3);
    expect(parseDecimal('')).toBeNull();
    for (const bad of ['abc', '1,2,3', '12,5kg', '=1+1', 'NaN', 'Infinity', '1e999'])
      expect(parseDecimal(bad), bad).toBeUndefined();
  });
  it('reads dd-mm-jjjj, dd/mm/jjjj and ISO dates and refuses impossible ones', () => {
    expect(parseDate('03-02-2024')).toBe('2024-02-03');
    expect(parseDate('3/2/2024')).toBe('2024-02-03');
    expect(parseDate('29-02-2024')).toBe('2024-02-29');
    expect(parseDate('2024-02-03')).toBe('2024-02-03');
    expect(parseDate('2024-02-03T10:15:00+01:00')).toBe('2024-02-03');
    expect(parseDate('')).toBeNull();
    for (const bad of [
      '29-02-2023',
      '31-04-2024',
      '2024-13-01',
      '02-03-24',
      'gisteren',
      '1850-01-01',
      '12/31/2024',
    ])
      expect(parseDate(bad), bad).toBeUndefined();
  });
  it('reads sex in Dutch and English', () => {
    expect(parseSex('V')).toBe('female');
    expect(parseSex('man')).toBe('male');
    expect(parseSex('onbekend')).toBe('unknown');
    expect(parseSex('constructor')).toBeUndefined();
  });
});

const ctx = (kind: ImportKind, over: Partial<ValidationContext> = {}): ValidationContext => ({
  kind,
  knownCodes: null,
  knownIndicators: null,
  ...over,
});

function run(text: string, kind: ImportKind = 'patient', over: Partial<ValidationContext> = {}) {
  const delimiter = detectDelimiter(text);
  const [header, ...records] = parseCsv(text, delimiter);
  const mapping = suggestMapping(header!.cells, kind);
  const { resolved, issues } = resolveMapping(header!.cells, mapping, kind);
  const normaliser = new TabularNormaliser(header!.cells, resolved, ctx(kind, over));
  return { mapping, mappingIssues: issues, results: records.map((r) => normaliser.normalise(r)) };
}
const issuesOf = (results: RowResult[]) => results.flatMap((r) => (r.ok ? [] : r.issues));

describe('duplicate detector', () => {
  it('tells seen keys from new ones across table growth', () => {
    const d = new DuplicateDetector();
    let repeats = 0;
    for (let i = 0; i < 100_000; i++) if (d.check(`k${String(i)}`)) repeats++;
    expect(repeats).toBe(0);
    let seen = 0;
    for (let i = 0; i < 100_000; i += 97) if (d.check(`k${String(i)}`)) seen++;
    expect(seen).toBe(Math.ceil(100_000 / 97));
    expect(d.check('new')).toBe(false);
  });
});

describe('mapping', () => {
  it('suggests a mapping from Dutch and English headers', () => {
    expect(
      suggestMapping(
        [
          'Patiënt',
          'Geboortejaar',
          'Geslacht',
          'Zorgpad',
          'Startdatum',
          'Code',
          'Waarde',
          'Eenheid',
          'Meetdatum',
          'Meetmoment',
        ],
        'patient',
      ),
    ).toEqual({
      pseudonym: 'Patiënt',
      birthYear: 'Geboortejaar',
      sex: 'Geslacht',
      carePath: 'Zorgpad',
      startDate: 'Startdatum',
      code: 'Code',
      value: 'Waarde',
      unit: 'Eenheid',
      effectiveDate: 'Meetdatum',
      timepoint: 'Meetmoment',
    });
    expect(suggestMapping(['indicator', 'periode', 'teller', 'noemer'], 'aggregate')).toEqual({
      indicatorCode: 'indicator',
      periodStart: 'periode',
      numerator: 'teller',
      denominator: 'noemer',
    });
  });
  it('reports missing required fields, columns that do not exist and duplicate headers', () => {
    expect(resolveMapping(['a', 'b', 'b'], { pseudonym: 'a', code: 'zz' }, 'patient').issues).toEqual([
      { row: 1, column: 'b', value: 'b', reason: 'duplicate-column' },
      { row: 0, column: 'code', value: 'zz', reason: 'unmapped-field' },
      { row: 0, column: 'effectiveDate', value: null, reason: 'required' },
      { row: 0, column: 'value', value: null, reason: 'required' },
    ]);
    expect(resolveMapping(['x'], {}, 'aggregate').issues.map((i) => i.column)).toEqual([
      'indicatorCode',
      'periodStart',
      'value',
    ]);
  });
});

describe('row validation', () => {
  it('normalises good patient rows (episode, Dutch decimals, dd-mm-jjjj, coded values)', () => {
    const { results } = run(
      'pseudoniem;geboortejaar;geslacht;zorgpad;startdatum;code;waarde;antwoord;eenheid;meetdatum;meetmoment\np1;1957;v;heup;01-03-2024;eq5d;0,75;;;15-04-2024;6w\np1;1957;v;;;smoking;;nee;;15-04-2024;baseline',
    );
    expect(results).toEqual([
      {
        line: 2,
        ok: true,
        raw: expect.any(Array),
        value: {
          kind: 'patient',
          row: {
            pseudonym: 'p1',
            birthYear: 1957,
            sex: 'female',
            carePath: 'heup',
            startDate: '2024-03-01',
            code: 'eq5d',
            valueNumber: 0.75,
            valueText: null,
            unit: null,
            effectiveDate: '2024-04-15',
            timepoint: '6w',
          },
        },
      },
      expect.objectContaining({
        ok: true,
        value: {
          kind: 'patient',
          row: expect.objectContaining({
            carePath: null,
            startDate: null,
            valueNumber: null,
            valueText: 'nee',
            timepoint: 'baseline',
          }),
        },
      }),
    ]);
  });
  it('reports bad dates, numbers, sexes, codes, missing fields, ragged and duplicate rows with row, column and value', () => {
    const text = [
      'patient,birthyear,sex,code,value,date',
      'p1,19x7,q,eq5d,0.5,01-01-2024',
      'p2,1960,m,eq5d,abc,31-02-2024',
      ',1960,m,bad code,1,01-01-2024',
      'p3,1960,m',
      'p4,1960,m,eq5d,1,02-01-2024',
      'p4,1960,m,eq5d,2,02-01-2024',
      'p5,1960,m,eq5d,,02-01-2024',
    ].join('\n');
    expect(issuesOf(run(text).results)).toEqual([
      { row: 2, column: 'birthyear', value: '19x7', reason: 'invalid-integer' },
      { row: 2, column: 'sex', value: 'q', reason: 'invalid-sex' },
      { row: 3, column: 'value', value: 'abc', reason: 'invalid-number' },
      { row: 3, column: 'date', value: '31-02-2024', reason: 'invalid-date' },
      { row: 4, column: 'patient', value: '', reason: 'required' },
      { row: 4, column: 'code', value: 'bad code', reason: 'invalid-code' },
      { row: 5, column: null, value: '3', reason: 'ragged-row' },
      { row: 7, column: 'code', value: 'eq5d', reason: 'duplicate-row' },
      { row: 8, column: 'value', value: '', reason: 'required' },
    ]);
  });
  it('checks codes against the organisation when asked, and aggregate rows against its indicators', () => {
    expect(
      issuesOf(
        run('patient,code,value,date\np1,eq5d,1,01-01-2024\np1,nope,1,01-01-2024', 'patient', {
          knownCodes: new Set(['eq5d']),
        }).results,
      ),
    ).toEqual([{ row: 3, column: 'code', value: 'nope', reason: 'unknown-code' }]);
    const agg = run(
      'indicator;periode;teller;noemer\nREADM;01-01-2024;3;40\nREADM;2024-02-01;5;4\nXX;01-03-2024;1;2\nREADM;01-01-2024;1;2\nREADM;jan;1,5;2',
      'aggregate',
      { knownIndicators: new Set(['READM']) },
    );
    expect(agg.results[0]).toEqual(
      expect.objectContaining({
        ok: true,
        value: {
          kind: 'aggregate',
          row: {
            indicatorCode: 'READM',
            periodStart: '2024-01-01',
            numerator: 3,
            denominator: 40,
            value: null,
          },
        },
      }),
    );
    expect(issuesOf(agg.results).map((i) => [i.row, i.reason])).toEqual([
      [3, 'out-of-range'],
      [4, 'unknown-indicator'],
      [5, 'duplicate-row'],
      [6, 'invalid-date'],
    ]);
  });
  it('keeps formula-injection cells as plain text (never evaluated) and refuses them where a number is expected', () => {
    const { results } = run(
      'patient,code,value,valuetext,date\n"=cmd|\' /C calc\'!A0",eq5d,"=1+1",,01-01-2024\n"@SUM(A1)",note,,"=HYPERLINK(""x"")",01-01-2024',
    );
    expect(issuesOf(results)).toEqual([{ row: 2, column: 'value', value: '=1+1', reason: 'invalid-number' }]);
    expect(results[1]).toEqual(
      expect.objectContaining({
        ok: true,
        value: {
          kind: 'patient',
          row: expect.objectContaining({ pseudonym: '@SUM(A1)', valueText: '=HYPERLINK("x")' }),
        },
      }),
    );
    // Written back out (skipped-rows CSV) such cells are neutralised with an apostrophe.
    expect(csvField('=cmd|x')).toBe("'=cmd|x");
    expect(csvField('-1')).toBe('-1');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(
      skippedCsvLine(
        ['=1+1', 'p'],
        [{ row: 2, column: 'value', value: '=1+1', reason: 'invalid-number' }],
        'en',
      ),
    ).toBe('\'=1+1,p,"value: Not a valid number (use e.g. 12.5 or 12,5)"\r\n');
  });
  it('has a Dutch and an English message for every reason', () => {
    for (const reason of ISSUE_REASONS) {
      expect(issueMessage(reason, 'nl').length).toBeGreaterThan(3);
      expect(issueMessage(reason, 'en')).not.toBe(issueMessage(reason, 'nl'));
    }
  });
});

describe('FHIR R4', () => {
  const patientCtx = ctx('patient');
  it('maps Patient, Observation and QuestionnaireResponse from a Bundle to patient rows', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          resource: {
            resourceType: 'Patient',
            id: 'ps-1',
            birthDate: '1957-06-01',
            gender: 'female',
            name: [{ family: 'never read' }],
          },
        },
        {
          resource: {
            resourceType: 'Observation',
            status: 'final',
            subject: { reference: 'Patient/ps-1' },
            code: { coding: [{ code: 'eq5d' }] },
            effectiveDateTime: '2024-04-15T09:00:00Z',
            valueQuantity: { value: 0.75, unit: 'score' },
            extension: [{ url: 'https://leerlus.nl/fhir/timepoint', valueCode: '6w' }],
          },
        },
        {
          resource: {
            resourceType: 'QuestionnaireResponse',
            status: 'completed',
            subject: { reference: 'Patient/ps-1' },
            authored: '2024-04-16',
            item: [
              { linkId: 'pain', answer: [{ valueInteger: 3 }] },
              { linkId: 'group', item: [{ linkId: 'walk', answer: [{ valueCoding: { code: 'yes' } }] }] },
            ],
          },
        },
      ],
    };
    const n = new FhirNormaliser(patientCtx);
    const { resources } = bundleResources(bundle);
    const rows = resources.flatMap((r, i) => n.normalise(r, i + 1));
    expect(rows.map((r) => (r.ok ? r.value.row : r.issues))).toEqual([
      {
        pseudonym: 'ps-1',
        birthYear: 1957,
        sex: 'female',
        carePath: null,
        startDate: null,
        code: null,
        valueNumber: null,
        valueText: null,
        unit: null,
        effectiveDate: null,
        timepoint: null,
      },
      expect.objectContaining({
        pseudonym: 'ps-1',
        code: 'eq5d',
        valueNumber: 0.75,
        unit: 'score',
        effectiveDate: '2024-04-15',
        timepoint: '6w',
      }),
      expect.objectContaining({ code: 'pain', valueNumber: 3, effectiveDate: '2024-04-16' }),
      expect.objectContaining({ code: 'walk', valueText: 'yes', valueNumber: null }),
    ]);
  });
  it('maps a MeasureReport to an aggregate row', () => {
    const n = new FhirNormaliser(ctx('aggregate'));
    const [row] = n.normalise(
      {
        resourceType: 'MeasureReport',
        measure: 'https://example.org/Measure/READM|2',
        period: { start: '2024-01-01' },
        group: [
          {
            population: [
              { code: { coding: [{ code: 'numerator' }] }, count: 3 },
              { code: { coding: [{ code: 'denominator' }] }, count: 40 },
            ],
          },
        ],
      },
      1,
    );
    expect(row).toEqual(
      expect.objectContaining({
        ok: true,
        value: {
          kind: 'aggregate',
          row: {
            indicatorCode: 'READM',
            periodStart: '2024-01-01',
            numerator: 3,
            denominator: 40,
            value: null,
          },
        },
      }),
    );
  });
  it('reports invalid resources with their FHIR path', () => {
    const n = new FhirNormaliser(patientCtx);
    const lines = [
      '{"resourceType":"Observation","code":{"coding":[{"code":"eq5d"}]},"valueQuantity":{"value":1},"effectiveDateTime":"2024-01-01"}',
      '{not json',
      '{"resourceType":"MeasureReport"}',
      '[1,2]',
      '{"resourceType":"Observation","subject":{"reference":"Patient/p"},"code":{},"valueQuantity":{"value":"x"},"effectiveDateTime":"2024-02-30"}',
    ];
    const issues = lines.flatMap((line, i) => {
      const parsed = parseNdjsonLine(line, i + 1);
      return 'issue' in parsed
        ? [parsed.issue]
        : n.normalise(parsed.resource, i + 1).flatMap((r) => (r.ok ? [] : r.issues));
    });
    expect(issues.map((i) => [i.row, i.column, i.reason])).toEqual([
      [1, 'Observation.subject', 'missing-reference'],
      [2, null, 'invalid-json'],
      [3, 'resourceType', 'unsupported-resource'],
      [4, 'resourceType', 'invalid-resource'],
      [5, 'Observation.valueQuantity.value', 'invalid-number'],
      [5, 'Observation.effective[x]', 'invalid-date'],
      [5, 'Observation.code', 'required'],
    ]);
  });
});

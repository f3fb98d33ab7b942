import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number';
import { parseSeries, type ParsedSeries } from './parse-series';

const ok = (text: string): ParsedSeries => {
  const outcome = parseSeries(text);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.series;
};
const errors = (text: string) => {
  const outcome = parseSeries(text);
  if (outcome.ok) throw new Error('expected errors');
  return outcome.errors;
};

describe('parseNumber', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['-0,25', -0.25],
    [' 7 ', 7],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1 234,5', 1234.5],
    ['45%', 45],
    ['"3,5"', 3.5],
    ['1e3', 1000],
  ])('reads %j as %d', (text, value) => expect(parseNumber(text)).toBe(value));

  it.each(['', '-', 'NA', 'n/a', 'null'])('reads %j as missing', (text) =>
    expect(parseNumber(text)).toBeNull(),
  );

  it.each(['abc', '12,5,3', '1..2', '12 kg', 'Infinity', '0x10'])('rejects %j', (text) =>
    expect(parseNumber(text)).toBeUndefined(),
  );
});

describe('parseSeries', () => {
  it('reads one value per line with Dutch decimal commas', () => {
    expect(ok('10\n12,5\n\n9,75\n')).toEqual({
      values: [10, 12.5, 9.75],
      labels: null,
      denominators: null,
      lines: [1, 2, 4],
    });
  });

  it('reads label;value and label;value;denominator with semicolons', () => {
    const series = ok('jan;12,5\nfeb;13\nmrt;-');
    expect(series.labels).toEqual(['jan', 'feb', 'mrt']);
    expect(series.values).toEqual([12.5, 13, null]);
    expect(ok('jan;3;40\nfeb;5;52').denominators).toEqual([40, 52]);
  });

  it('reads tab-separated columns as pasted from a spreadsheet, with decimal commas', () => {
    expect(ok('2024-01\t3,5\t10\n2024-02\t4\t12')).toMatchObject({
      labels: ['2024-01', '2024-02'],
      values: [3.5, 4],
      denominators: [10, 12],
    });
  });

  it('reads comma-separated columns (then decimals need a point)', () => {
    expect(ok('week 1,12.5\nweek 2,13')).toMatchObject({ labels: ['week 1', 'week 2'], values: [12.5, 13] });
  });

  it('skips a header line, comments and Windows line ends', () => {
    expect(ok('maand;aantal;noemer\r\n# bron: registratie\r\njan;3;40\r\nfeb;5;52\r\n')).toMatchObject({
      labels: ['jan', 'feb'],
      lines: [3, 4],
    });
  });

  it('keeps missing values as null and a missing denominator too', () => {
    expect(ok('a;NA;\nb;4;10')).toMatchObject({ values: [null, 4], denominators: [null, 10] });
  });

  it('reports every line that is not a number, with its line number', () => {
    expect(errors('jan;12\nfeb;twaalf\nmrt;1;x')).toEqual([
      { kind: 'number', line: 2, text: 'twaalf' },
      { kind: 'columns', line: 3, found: 3, expected: 2 },
    ]);
    expect(errors('3\nx')).toEqual([{ kind: 'number', line: 2, text: 'x' }]);
  });

  it('reports too many columns and an empty input', () => {
    expect(errors('a;1;2;3')).toEqual([{ kind: 'tooManyColumns', line: 1 }]);
    expect(errors('\n  \n# niets\n')).toEqual([{ kind: 'noData' }]);
  });

  it('stops after ten errors', () => {
    expect(errors(Array.from({ length: 30 }, () => 'x').join('\n'))).toHaveLength(10);
  });
});

import { describe, expect, it } from 'vitest';
import { pPhases, xmrShift } from '../charts/testing/fixtures';
import { tIn } from '../charts/testing/text';
import { resultToCsv } from './export-csv';
import { apiFieldErrors, parseErrorMessage, settingsErrors } from './field-errors';
import { signalRows } from './signal-rows';

describe('resultToCsv', () => {
  it('writes one row per point: index, label, value, centre, lower, upper, type, signals', () => {
    const lines = resultToCsv(xmrShift.result).trimEnd().split('\r\n');
    expect(lines).toHaveLength(23);
    expect(lines[0]).toBe('index,label,value,centre,lower,upper,type,signals');
    const p16 = xmrShift.result.points[16]!;
    expect(lines[17]).toBe(
      `16,2024-17,17.5,${p16.centre},${p16.lower},${p16.upper},improvement,outside+shift`,
    );
    expect(lines[1]).toMatch(/^0,2024-01,10,.*,concern,shift$/);
  });

  it('leaves missing numbers empty and neutralises labels a spreadsheet would run as formulas', () => {
    const result = {
      ...pPhases.result,
      points: pPhases.result.points.map((p, k) => (k === 0 ? { ...p, label: '=HYPERLINK("x")' } : p)),
    };
    const lines = resultToCsv(result).trimEnd().split('\r\n');
    expect(lines[1]).toMatch(/^0,"'=HYPERLINK\(""x""\)",/);
    expect(lines[17]).toMatch(/^16,,,/);
  });
});

describe('signalRows', () => {
  it('merges consecutive points flagged for the same reasons', () => {
    const rows = signalRows(xmrShift);
    expect(rows.map((r) => [r.from, r.to, r.type])).toEqual([
      [0, 11, 'concern'],
      [12, 15, 'improvement'],
      [16, 16, 'improvement'],
      [17, 17, 'improvement'],
      [18, 18, 'improvement'],
      [19, 19, 'improvement'],
      [20, 21, 'improvement'],
    ]);
    expect(rows[0]).toMatchObject({ min: 9, max: 12, sentences: ['12 punten op rij onder het gemiddelde'] });
  });
});

describe('field errors', () => {
  const t = tIn('nl');

  it('translates parse problems with their line', () => {
    expect(parseErrorMessage(t, { kind: 'number', line: 4, text: 'x' })).toBe('Regel 4: “x” is geen getal.');
    expect(parseErrorMessage(tIn('en'), { kind: 'columns', line: 2, found: 3, expected: 2 })).toBe(
      'Line 2: 3 columns, while earlier lines have 2.',
    );
  });

  it('puts the form’s own problems at their field', () => {
    expect(
      settingsErrors(t, [
        { field: 'phases', kind: 'token', token: 'mei' },
        { field: 'data', kind: 'denominatorsRequired' },
      ]),
    ).toEqual({
      phases: ['“mei” is geen label of puntnummer van de reeks.'],
      data: ['Voor deze kaart is per regel een noemer nodig (label;waarde;noemer).'],
    });
  });

  it('places the API’s reasons next to the inputs, in the user’s language', () => {
    const issues = [
      { path: 'values.2', message: 'numerator 12 exceeds its denominator 10' },
      { path: 'phases.0', message: 'a phase start must be > 0 and < 3 (the number of values)' },
      { path: 'denominators', message: 'required for a p chart' },
      { path: 'target', message: 'Invalid input: expected number, received string' },
      { path: '(root)', message: 'Unrecognized key: "x"' },
    ];
    expect(apiFieldErrors(t, issues, [3, 4, 6])).toEqual({
      data: [
        'Punt 3 (regel 6): de teller is groter dan de noemer',
        'De noemers kloppen niet: deze kaart heeft noemers nodig',
        '(root): ongeldige waarde',
      ],
      phases: ['een nieuwe fase moet na het eerste en vóór het laatste punt beginnen'],
      target: ['ongeldige waarde'],
    });
    expect(apiFieldErrors(tIn('en'), [issues[0]!], [3, 4, 6]).data).toEqual([
      'Point 3 (line 6): the numerator is larger than the denominator',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { ageAt, isCaseMixFilterActive, matchesCaseMix, parseCaseMixCondition, type CaseMixSubject } from './case-mix';

const subject = (over: Partial<CaseMixSubject> = {}): CaseMixSubject => ({
  birthYear: 1950,
  sex: 'female',
  effectiveDate: '2024-06-01',
  values: new Map([
    ['asa', { number: 3, text: null }],
    ['side', { number: null, text: 'left' }],
  ]),
  ...over,
});

describe('case-mix filter', () => {
  it('computes age from the birth year at the effective date', () => {
    expect(ageAt(1950, '2024-01-01')).toBe(74);
    expect(ageAt(1950, '2024-12-31')).toBe(74);
  });
  it('filters on an inclusive age band, sex and variables (AND)', () => {
    expect(matchesCaseMix({}, subject())).toBe(true);
    expect(matchesCaseMix({ ageMin: 74, ageMax: 74 }, subject())).toBe(true);
    expect(matchesCaseMix({ ageMin: 75 }, subject())).toBe(false);
    expect(matchesCaseMix({ ageMax: 73 }, subject())).toBe(false);
    expect(matchesCaseMix({ ageMin: 1 }, subject({ birthYear: null }))).toBe(false);
    expect(matchesCaseMix({ sex: ['male', 'female'] }, subject())).toBe(true);
    expect(matchesCaseMix({ sex: ['unknown'] }, subject({ sex: null }))).toBe(true);
    expect(matchesCaseMix({ sex: ['male'] }, subject())).toBe(false);
    expect(matchesCaseMix({ variables: [{ variable: 'asa', op: 'eq', value: '3' }] }, subject())).toBe(true);
    expect(matchesCaseMix({ variables: [{ variable: 'asa', op: 'range', min: 1, max: 2 }] }, subject())).toBe(false);
    expect(matchesCaseMix({ variables: [{ variable: 'asa', op: 'range', min: 3, max: null }] }, subject())).toBe(true);
    expect(matchesCaseMix({ variables: [{ variable: 'side', op: 'eq', value: 'left' }] }, subject())).toBe(true);
    expect(matchesCaseMix({ variables: [{ variable: 'side', op: 'range', min: 0, max: 9 }] }, subject())).toBe(false);
    expect(matchesCaseMix({ variables: [{ variable: 'bmi', op: 'range', min: 0, max: null }] }, subject())).toBe(false);
  });
  it('knows when a filter is empty', () => {
    expect(isCaseMixFilterActive({})).toBe(false);
    expect(isCaseMixFilterActive({ sex: [] })).toBe(false);
    expect(isCaseMixFilterActive({ ageMin: 18 })).toBe(true);
  });
  it('parses query conditions and explains bad ones', () => {
    expect(parseCaseMixCondition('asa:3')).toEqual({ variable: 'asa', op: 'eq', value: '3' });
    expect(parseCaseMixCondition('charlson:2..5')).toEqual({ variable: 'charlson', op: 'range', min: 2, max: 5 });
    expect(parseCaseMixCondition('bmi:30..')).toEqual({ variable: 'bmi', op: 'range', min: 30, max: null });
    expect(parseCaseMixCondition('bmi:..18.5')).toEqual({ variable: 'bmi', op: 'range', min: null, max: 18.5 });
    for (const bad of ['asa', ':3', 'asa:', 'a b:1', 'bmi:..', 'bmi:x..3', 'bmi:5..2']) expect(parseCaseMixCondition(bad)).toHaveProperty('error');
  });
});

import { describe, expect, it } from 'vitest';
import type { RespondentAnswer } from './answers';
import { compareTeams, spreadOf, type TeamMeasurement } from './comparison';
import { findingsOf, findingsText } from './findings';
import { MATURITY_METER, READINESS } from './instruments/index';
import { scoreMeasurement } from './scoring';
import { directionOf, overallTrend, themeTrends, type MeasurementSummary } from './trend';

const m = (id: string, date: string, overall: number | null, themes: Record<string, number | null>): MeasurementSummary => ({
  id,
  date,
  overallPercent: overall,
  themes: Object.entries(themes).map(([themeId, percent]) => ({ themeId, percent })),
});

describe('trends', () => {
  it('orders measurements by date and compares the latest with the previous one', () => {
    const trends = themeTrends(['purpose', 'process', 'people'], [
      m('re', '2026-06-01', 60, { purpose: 50, process: 70, people: 40 }),
      m('base', '2025-12-01', 40, { purpose: 25, process: 72, people: 50 }),
    ]);
    expect(trends.map((t) => [t.themeId, t.direction, t.delta])).toEqual([
      ['purpose', 'up', 25],
      ['process', 'same', -2],
      ['people', 'down', -10],
    ]);
    expect(trends[0]!.points.map((p) => p.measurementId)).toEqual(['base', 're']);
    expect(overallTrend([m('a', '2025-01-01', 40, {}), m('b', '2025-07-01', 60, {})])).toEqual({ delta: 20, direction: 'up' });
  });

  it('is unknown with one measurement or a missing score', () => {
    expect(themeTrends(['purpose'], [m('a', '2025-01-01', 1, { purpose: 10 })])[0]!.direction).toBe('unknown');
    expect(themeTrends(['purpose'], [m('a', '2025-01-01', 1, { purpose: null }), m('b', '2025-06-01', 1, { purpose: 50 })])[0]!.delta).toBeNull();
    expect(directionOf(4.99)).toBe('same');
    expect(directionOf(5)).toBe('up');
  });
});

describe('compareTeams', () => {
  const teams: TeamMeasurement[] = [
    { teamId: 't1', teamName: 'Heup', shares: true, overallPercent: 80, themes: [{ themeId: 'purpose', percent: 90 }] },
    { teamId: 't2', teamName: 'Borst', shares: false, overallPercent: 40, themes: [{ themeId: 'purpose', percent: 30 }] },
    { teamId: 't3', teamName: 'Palliatief', shares: false, overallPercent: 60, themes: [{ themeId: 'purpose', percent: 50 }] },
    { teamId: 't4', teamName: 'Long', shares: true, overallPercent: 20, themes: [{ themeId: 'purpose', percent: 10 }] },
  ];

  it('anonymises teams that do not share (no id or name; letters by score order), never the own team', () => {
    const c = compareTeams(teams, ['purpose'], 't2');
    expect(c.entries.map((e) => [e.label, e.teamId, e.isAnonymous, e.isOwn])).toEqual([
      ['Heup', 't1', false, false],
      ['A', null, true, false],
      ['Borst', 't2', false, true],
      ['Long', 't4', false, false],
    ]);
    expect(JSON.stringify(c)).not.toContain('Palliatief');
    expect(JSON.stringify(c)).not.toContain('t3');
  });

  it('gives the spread per theme and the own team’s position', () => {
    const c = compareTeams(teams, ['purpose'], 't3');
    expect(c.overall).toEqual({ n: 4, min: 20, q1: 35, median: 50, q3: 65, max: 80 });
    expect(c.themes[0]).toMatchObject({ themeId: 'purpose', n: 4, min: 10, max: 90, median: 40 });
    expect(c.own).toEqual({ rank: 2, of: 4, percentile: 62.5 });
    expect(compareTeams(teams, ['purpose'], null).own).toBeNull();
    expect(spreadOf([null])).toEqual({ n: 0, min: null, q1: null, median: null, q3: null, max: null });
  });
});

describe('findings', () => {
  const a = (respondentId: string, itemId: string, value: number): RespondentAnswer => ({ respondentId, itemId, value });

  it('names strongest and weakest theme, gaps, disagreement and incompleteness in both languages', () => {
    const score = scoreMeasurement(MATURITY_METER, [a('x', 'goal-set', 1), a('y', 'goal-set', 4), a('x', 'pdca', 5), a('x', 'goal-owners', 3)]);
    const findings = findingsOf(MATURITY_METER, score);
    expect(findings.map((f) => f.kind)).toEqual(['incomplete', 'strongest-theme', 'weakest-theme', 'gaps', 'disagreement']);
    const nl = findingsText(MATURITY_METER, findings, 'nl');
    const en = findingsText(MATURITY_METER, findings, 'en');
    expect(nl[0]).toBe('Nog niet volledig: 3 van de 8 onderdelen beantwoord.');
    expect(en[1]).toBe('Strongest theme: Process (100%).');
    expect(en[2]).toBe('Weakest theme: Purpose (38%).');
    expect(en[3]).toMatch(/^2 items are below target; the largest: “The care team|“A minimal goal set/);
    expect(nl[4]).toContain('oneens over 1 onderdeel');
  });

  it('says which must-haves are missing, and reports trends', () => {
    const score = scoreMeasurement(READINESS, [a('s', 'clear-goals', 2), a('s', 'urgency', 0)]);
    const findings = findingsOf(READINESS, score, [{ themeId: 'must-haves', points: [], delta: 10, direction: 'up' }]);
    const en = findingsText(READINESS, findings, 'en');
    expect(en.find((s) => s.startsWith('Start only when'))).toContain('There is a sense of urgency');
    expect(en).toContain('Improved since the previous measurement: Must-haves.');
  });
});

describe('nextMeasurementDate', () => {
  it('adds the rhythm in months, clamping the day to the month end', async () => {
    const { nextMeasurementDate } = await import('./schedule');
    expect(nextMeasurementDate('2026-01-15', 6)).toBe('2026-07-15');
    expect(nextMeasurementDate('2025-08-31', 6)).toBe('2026-02-28');
    expect(nextMeasurementDate('2026-11-30', 3)).toBe('2027-02-28');
    expect(nextMeasurementDate('2026-01-15', null)).toBeNull();
  });
});

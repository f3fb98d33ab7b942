import { describe, expect, it } from 'vitest';
import { BUILT_IN_INSTRUMENTS, MATURITY_METER, QUICKSCAN, READINESS, ROADMAP } from './instruments/index';
import { defineInstrument, instrumentDefinitionSchema, instrumentItems, scaleRange, toPercent, type InstrumentDefinitionInput } from './instrument';

describe('built-in instruments', () => {
  it('all four validate against the instrument format and have unique keys', () => {
    for (const instrument of BUILT_IN_INSTRUMENTS) expect(instrumentDefinitionSchema.safeParse(instrument).success).toBe(true);
    expect(new Set(BUILT_IN_INSTRUMENTS.map((i) => i.key)).size).toBe(4);
  });

  it('maturity meter: purpose, process, people with five described levels per element, target level 4', () => {
    expect(MATURITY_METER.themes.map((t) => t.id)).toEqual(['purpose', 'process', 'people']);
    for (const { item } of instrumentItems(MATURITY_METER)) {
      expect(Object.keys(item.levels ?? {})).toEqual(['1', '2', '3', '4', '5']);
      for (const text of Object.values(item.levels!)) expect(text.nl).not.toBe(text.en);
    }
    expect(MATURITY_METER.target).toBe(4);
  });

  it('QuickScan: the seven strategic themes with their 24 tactical questions, yes/partly/no/n.a., every 6 months', () => {
    expect(QUICKSCAN.themes).toHaveLength(7);
    expect(QUICKSCAN.themes.map((t) => t.items.length)).toEqual([4, 3, 4, 3, 3, 3, 4]);
    expect(QUICKSCAN.scale.options.map((o) => o.key)).toEqual(['no', 'partly', 'yes']);
    expect(QUICKSCAN.scale.allowNotApplicable).toBe(true);
    expect(QUICKSCAN.recurrenceMonths).toBe(6);
  });

  it('readiness: five must-haves (required) and five nice-to-haves', () => {
    expect(READINESS.themes.map((t) => [t.id, t.required, t.items.length])).toEqual([
      ['must-haves', true, 5],
      ['nice-to-haves', false, 5],
    ]);
  });

  it('roadmap: basis and verdieping elements per theme, not started / in progress / done', () => {
    expect(ROADMAP.scale.options.map((o) => o.key)).toEqual(['not-started', 'in-progress', 'done']);
    for (const theme of ROADMAP.themes) {
      expect(theme.items.some((i) => i.stage === 'basis')).toBe(true);
      expect(theme.items.every((i) => i.stage === 'basis' || i.stage === 'verdieping')).toBe(true);
    }
  });
});

describe('instrument format', () => {
  const base: InstrumentDefinitionInput = {
    key: 'own-scan',
    version: 1,
    kind: 'custom',
    title: { nl: 'Eigen scan', en: 'Own scan' },
    description: { nl: 'Omschrijving', en: 'Description' },
    target: 2,
    recurrenceMonths: null,
    scale: QUICKSCAN.scale,
    themes: [{ id: 'a', title: { nl: 'A', en: 'A' }, items: [{ id: 'x', text: { nl: 'Vraag', en: 'Question' } }] }],
  };

  it('accepts a network’s own instrument without code', () => {
    const own = defineInstrument(base);
    expect(own.themes[0]!.required).toBe(false);
    expect(own.source).toBe('');
  });

  it('names every problem with its path', () => {
    const result = instrumentDefinitionSchema.safeParse({
      ...base,
      target: 7,
      themes: [
        { id: 'a', title: { nl: 'A', en: 'A' }, items: [{ id: 'x', text: { nl: 'V', en: 'Q' } }, { id: 'x', text: { nl: 'V', en: 'Q' }, target: 9 }] },
        { id: 'a', title: { nl: 'B', en: '' }, items: [{ id: 'y', text: { nl: 'V', en: 'Q' } }] },
      ],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['target', 'themes.0.items.1.id', 'themes.0.items.1.target', 'themes.1.id', 'themes.1.title.en']));
  });

  it('requires an ascending scale and a description of every level on a maturity instrument', () => {
    const bad = instrumentDefinitionSchema.safeParse({
      ...MATURITY_METER,
      themes: [{ ...MATURITY_METER.themes[0]!, items: [{ id: 'x', text: { nl: 'V', en: 'Q' }, levels: { '1': { nl: 'a', en: 'a' } } }] }],
    });
    expect(bad.error!.issues.map((i) => i.message)).toContain('describe every level of the scale');
    const descending = instrumentDefinitionSchema.safeParse({ ...base, scale: { ...QUICKSCAN.scale, options: [...QUICKSCAN.scale.options].reverse() } });
    expect(descending.success).toBe(false);
  });

  it('expresses a value as a percentage of the scale range', () => {
    expect(scaleRange(MATURITY_METER.scale)).toEqual({ min: 1, max: 5 });
    expect(toPercent(MATURITY_METER.scale, 1)).toBe(0);
    expect(toPercent(MATURITY_METER.scale, 4)).toBe(75);
    expect(toPercent(QUICKSCAN.scale, 1)).toBe(50);
  });
});

import { z } from 'zod';

/**
 * The instrument format (issue 7): a maturity or readiness instrument as versioned data, so that a
 * network or organisation can add its own instrument without code. Every text is in Dutch and English.
 * An instrument has themes, each with items; every item is answered on the instrument's answer scale
 * (ordered options with a numeric value, optionally "not applicable"). Level scales carry an observable
 * description per level on each item. The target says which value an item should reach; items below it
 * are gaps.
 */

export const INSTRUMENT_KINDS = ['maturity', 'quickscan', 'readiness', 'roadmap', 'custom'] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** Roadmap stages of seed 000's "overzicht basis en verdieping". */
export const ROADMAP_STAGES = ['basis', 'verdieping'] as const;
export type RoadmapStage = (typeof ROADMAP_STAGES)[number];

const KEY = /^[a-z0-9][a-z0-9-]{0,59}$/;
export const instrumentKeySchema = z.string().regex(KEY, 'lower-case letters, digits and dashes (at most 60)');

export const localizedTextSchema = z
  .object({ nl: z.string().trim().min(1).max(2000), en: z.string().trim().min(1).max(2000) })
  .strict();
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const scaleOptionSchema = z
  .object({
    value: z.number().int().min(0).max(100),
    /** Short key used in exports and the UI (e.g. "yes", "level-3"). */
    key: instrumentKeySchema,
    label: localizedTextSchema,
  })
  .strict();
export type ScaleOption = z.infer<typeof scaleOptionSchema>;

export const answerScaleSchema = z
  .object({
    kind: z.enum(['levels', 'choice']),
    /** Ascending by value: the first option is the lowest. */
    options: z.array(scaleOptionSchema).min(2).max(10),
    allowNotApplicable: z.boolean(),
  })
  .strict()
  .superRefine((s, ctx) => {
    s.options.forEach((o, i) => {
      const prev = s.options[i - 1];
      if (prev && o.value <= prev.value) ctx.addIssue({ code: 'custom', path: ['options', i, 'value'], message: 'options must ascend by value' });
    });
  });
export type AnswerScale = z.infer<typeof answerScaleSchema>;

export const instrumentItemSchema = z
  .object({
    id: instrumentKeySchema,
    text: localizedTextSchema,
    help: localizedTextSchema.optional(),
    /** Level scales: an observable description of each level for this item, keyed by option value. */
    levels: z.record(z.string().regex(/^\d{1,3}$/), localizedTextSchema).optional(),
    /** Overrides the instrument's target for this item. */
    target: z.number().int().min(0).max(100).optional(),
    /** Roadmap items: basis or verdieping. */
    stage: z.enum(ROADMAP_STAGES).optional(),
  })
  .strict();
export type InstrumentItem = z.infer<typeof instrumentItemSchema>;

export const instrumentThemeSchema = z
  .object({
    id: instrumentKeySchema,
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    /** Readiness: every item of a required theme must be in place before a team starts (must-haves). */
    required: z.boolean().default(false),
    items: z.array(instrumentItemSchema).min(1).max(60),
  })
  .strict();
export type InstrumentTheme = z.infer<typeof instrumentThemeSchema>;

export const instrumentDefinitionSchema = z
  .object({
    key: instrumentKeySchema,
    version: z.number().int().min(1),
    kind: z.enum(INSTRUMENT_KINDS),
    title: localizedTextSchema,
    description: localizedTextSchema,
    /** Where the content comes from (seed, publication). */
    source: z.string().trim().max(500).default(''),
    scale: answerScaleSchema,
    /** The value every item should reach unless the item says otherwise. */
    target: z.number().int().min(0).max(100),
    /** Months until the next measurement (QuickScan: 6); null = no fixed rhythm. */
    recurrenceMonths: z.number().int().min(1).max(60).nullable(),
    themes: z.array(instrumentThemeSchema).min(1).max(20),
  })
  .strict()
  .superRefine((d, ctx) => {
    const values = new Set(d.scale.options.map((o) => o.value));
    if (!values.has(d.target)) ctx.addIssue({ code: 'custom', path: ['target'], message: 'target must be a value of the scale' });
    const themeIds = new Set<string>();
    const itemIds = new Set<string>();
    d.themes.forEach((theme, t) => {
      if (themeIds.has(theme.id)) ctx.addIssue({ code: 'custom', path: ['themes', t, 'id'], message: `duplicate theme id ${theme.id}` });
      themeIds.add(theme.id);
      theme.items.forEach((item, i) => {
        const path = ['themes', t, 'items', i];
        if (itemIds.has(item.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `duplicate item id ${item.id}` });
        itemIds.add(item.id);
        if (item.target !== undefined && !values.has(item.target)) ctx.addIssue({ code: 'custom', path: [...path, 'target'], message: 'target must be a value of the scale' });
        for (const level of Object.keys(item.levels ?? {})) {
          if (!values.has(Number(level))) ctx.addIssue({ code: 'custom', path: [...path, 'levels', level], message: 'level is not a value of the scale' });
        }
        if (d.scale.kind === 'levels' && d.kind === 'maturity' && Object.keys(item.levels ?? {}).length !== d.scale.options.length) {
          ctx.addIssue({ code: 'custom', path: [...path, 'levels'], message: 'describe every level of the scale' });
        }
      });
    });
  });
export type InstrumentDefinitionInput = z.input<typeof instrumentDefinitionSchema>;
export type InstrumentDefinition = z.output<typeof instrumentDefinitionSchema>;

/** Parses and checks an instrument definition; throws a ZodError naming every problem's path. */
export function defineInstrument(input: InstrumentDefinitionInput): InstrumentDefinition {
  return instrumentDefinitionSchema.parse(input);
}

/** The lowest and highest value of the scale. */
export function scaleRange(scale: AnswerScale): { min: number; max: number } {
  return { min: scale.options[0]!.value, max: scale.options[scale.options.length - 1]!.value };
}

/** A value of the scale as a percentage of its range (lowest option 0 %, highest 100 %). */
export function toPercent(scale: AnswerScale, value: number): number {
  const { min, max } = scaleRange(scale);
  return ((value - min) / (max - min)) * 100;
}

/** The target value of an item (its own or the instrument's). */
export function itemTarget(instrument: InstrumentDefinition, item: InstrumentItem): number {
  return item.target ?? instrument.target;
}

/** Every item with its theme, in instrument order. */
export function instrumentItems(instrument: InstrumentDefinition): { theme: InstrumentTheme; item: InstrumentItem }[] {
  return instrument.themes.flatMap((theme) => theme.items.map((item) => ({ theme, item })));
}

/** The option of a value, if the value is on the scale. */
export function optionOf(scale: AnswerScale, value: number): ScaleOption | undefined {
  return scale.options.find((o) => o.value === value);
}

/** Localised text in the given language. */
export function localize(text: LocalizedText, locale: 'nl' | 'en'): string {
  return text[locale];
}

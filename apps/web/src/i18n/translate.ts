import type { Locale } from '@leerlus/contracts';
import { en } from './en';
import { nl } from './nl';

export type Messages = typeof nl;
export type MessageKey = keyof Messages;

/** The placeholder names in a message literal: 'Hallo {name}' → 'name'. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;
export type MessageParams<K extends MessageKey> = Record<Placeholders<Messages[K]>, string | number>;
/** Extra argument only for messages that have placeholders, so forgetting one fails typecheck. */
export type ParamArgs<K extends MessageKey> = [Placeholders<Messages[K]>] extends [never]
  ? []
  : [MessageParams<K>];

/** Keys of messages without placeholders, e.g. for labels kept in lookup tables. */
export type PlainMessageKey = {
  [K in MessageKey]: [Placeholders<Messages[K]>] extends [never] ? K : never;
}[MessageKey];

export type Translate = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en };

/** Looks up a message and fills its {placeholders}. */
export function translate<K extends MessageKey>(locale: Locale, key: K, ...[params]: ParamArgs<K>): string {
  // Typed keys make a miss impossible in checked code; the key itself is the visible fallback otherwise.
  const template: string | undefined = catalogues[locale][key];
  if (template === undefined) return key;
  if (!params) return template;
  const values: Record<string, string | number> = params;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/** All message keys of a language; used by the consistency test. */
export const messageKeys = (locale: Locale): string[] => Object.keys(catalogues[locale]);
export const messageOf = (locale: Locale, key: MessageKey): string => catalogues[locale][key];

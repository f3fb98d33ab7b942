import type { Locale } from '@leerlus/contracts';
import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import { formatDate, formatDateTime } from './format';
import { storedLocale, storeLocale } from './locale-storage';
import { translate, type Translate } from './translate';

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  formatDate: (value: string | Date) => string;
  formatDateTime: (value: string | Date) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** Provides the current language; the choice is kept in localStorage and reflected in `<html lang>`. */
export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = initialLocale ?? storedLocale();
    document.documentElement.lang = initial;
    return initial;
  });
  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, ...params) => translate(locale, key, ...params),
      formatDate: (v) => formatDate(v, locale),
      formatDateTime: (v) => formatDateTime(v, locale),
    }),
    [locale, setLocale],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

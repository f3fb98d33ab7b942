import { localeSchema, type Locale } from '@leerlus/contracts';

const STORAGE_KEY = 'leerlus.locale';

/** The language chosen earlier on this device, Dutch by default. */
export function storedLocale(): Locale {
  try {
    const parsed = localeSchema.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : 'nl';
  } catch {
    return 'nl';
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage can be unavailable (private mode, policy); the choice then lasts for this page only.
  }
  document.documentElement.lang = locale;
}

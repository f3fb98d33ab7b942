import { localeSchema, type Locale } from '@leerlus/contracts';
import { useI18n } from '../i18n/i18n-context';
import './layout.css';

/** NL / EN toggle. `onChange` lets the logged-in shell also save the choice on the account. */
export function LanguageSwitch({ onChange }: { onChange?: (locale: Locale) => void }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {localeSchema.options.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="lang-option"
          aria-pressed={option === locale}
          aria-label={t(option === 'nl' ? 'lang.nl' : 'lang.en')}
          onClick={() => {
            if (option === locale) return;
            setLocale(option);
            onChange?.(option);
          }}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

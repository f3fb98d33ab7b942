import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { PageHeader } from '../ui/page-header';
import { LanguageSwitch } from './language-switch';
import './layout.css';
import './public-layout.css';

/** The frame for pages before login (login, invitation): brand, language switch and one centred card. */
export function PublicLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="public">
      <header className="public-header">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t('app.name')}
        </span>
        <LanguageSwitch />
      </header>
      <main id="main" className="public-main">
        <div className="public-card">
          <PageHeader title={title} />
          {children}
        </div>
        <p className="public-tagline">{t('app.tagline')}</p>
      </main>
    </div>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '@leerlus/contracts';
import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { updateAccount } from '../api/account';
import { queryKeys } from '../api/query-keys';
import { errorMessage } from '../i18n/error-message';
import { useI18n } from '../i18n/i18n-context';
import { useToast } from '../ui/toast';
import { ContextSwitcher } from './context-switcher';
import { LanguageSwitch } from './language-switch';
import { SideNav } from './side-nav';
import { UserMenu } from './user-menu';
import './layout.css';

/** The frame of every logged-in page: skip link, top bar, side navigation and the main region. */
export function AppShell() {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);
  // After client-side navigation, move focus to the new page (as a full page load would) so that
  // screen reader and keyboard users start at its content, not on the link they left behind.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);
  const saveLocale = useMutation({
    mutationFn: (locale: Locale) => updateAccount({ locale }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.session }),
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="top-bar">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t('app.name')}
        </Link>
        <div className="top-bar-context">
          <ContextSwitcher />
        </div>
        <div className="top-bar-end">
          <LanguageSwitch onChange={(locale) => saveLocale.mutate(locale)} />
          <UserMenu />
        </div>
      </header>
      <div className="shell-body">
        <SideNav />
        <main ref={mainRef} id="main" className="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}

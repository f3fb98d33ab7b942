import type { SessionInfo } from '@leerlus/contracts';
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

type SessionOrganisation = SessionInfo['organisations'][number];

export interface SessionState {
  session: SessionInfo;
  /** The organisation the user is working in (top bar switcher); null when the user has none. */
  organisation: SessionOrganisation | null;
  setOrganisationId: (organisationId: string) => void;
  /** Organisation administrator of the current organisation: shows the admin section. */
  isAdmin: boolean;
}

const SessionContext = createContext<SessionState | null>(null);
const ORGANISATION_KEY = 'leerlus.organisation';

function readStoredOrganisation(): string | null {
  try {
    return window.localStorage.getItem(ORGANISATION_KEY);
  } catch {
    return null;
  }
}

/** Holds the logged-in session and the current organisation for everything inside the app shell. */
export function SessionProvider({ session, children }: { session: SessionInfo; children: ReactNode }) {
  const { setLocale } = useI18n();
  const [storedId, setStoredId] = useState(readStoredOrganisation);
  const organisation =
    session.organisations.find((o) => o.id === storedId) ?? session.organisations[0] ?? null;

  const setOrganisationId = useCallback((organisationId: string) => {
    try {
      window.localStorage.setItem(ORGANISATION_KEY, organisationId);
    } catch {
      // Without storage the choice lasts until reload, which is acceptable.
    }
    setStoredId(organisationId);
  }, []);

  // The account's language wins once per login, so a user gets their language on any device.
  const localeAppliedFor = useRef<string | null>(null);
  const { id: userId, locale } = session.user;
  useEffect(() => {
    if (localeAppliedFor.current === userId) return;
    localeAppliedFor.current = userId;
    setLocale(locale);
  }, [userId, locale, setLocale]);

  const value = useMemo<SessionState>(
    () => ({ session, organisation, setOrganisationId, isAdmin: organisation?.role === 'admin' }),
    [session, organisation, setOrganisationId],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionState {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

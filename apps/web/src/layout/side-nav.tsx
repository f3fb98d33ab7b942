import { NavLink } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import type { PlainMessageKey } from '../i18n/translate';
import { useSession } from '../session/session-context';

const adminLinks: readonly { to: string; label: PlainMessageKey }[] = [
  { to: '/admin/users', label: 'nav.adminUsers' },
  { to: '/admin/teams', label: 'nav.adminTeams' },
  { to: '/admin/settings', label: 'nav.adminSettings' },
  { to: '/admin/audit', label: 'nav.adminAudit' },
];

/** Main navigation: teams of the current organisation, the admin section for administrators, the account. */
export function SideNav() {
  const { t } = useI18n();
  const { session, organisation, isAdmin } = useSession();
  const teams = session.teams.filter((team) => team.organisationId === organisation?.id);
  const linkClass = ({ isActive }: { isActive: boolean }) => `nav-link${isActive ? ' nav-link-active' : ''}`;
  return (
    <nav className="side-nav" aria-label={t('nav.main')}>
      <ul className="nav-list">
        <li>
          <NavLink to="/" end className={linkClass}>
            {t('nav.teams')}
          </NavLink>
          {teams.length > 0 && (
            <ul className="nav-sublist nav-teams">
              {teams.map((team) => (
                <li key={team.id}>
                  <NavLink to={`/teams/${team.id}`} end className={linkClass}>
                    {team.name}
                  </NavLink>
                  <NavLink to={`/teams/${team.id}/goals`} className={linkClass}>
                    {t('nav.improvement')}
                  </NavLink>
                </li>
              ))}
            </ul>
          )}
        </li>
        <li>
          <NavLink to="/calculator" className={linkClass}>
            {t('nav.calculator')}
          </NavLink>
        </li>
        {isAdmin && (
          <li>
            <span className="nav-heading">{t('nav.admin')}</span>
            <ul className="nav-sublist">
              {adminLinks.map((link) => (
                <li key={link.to}>
                  <NavLink to={link.to} className={linkClass}>
                    {t(link.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </li>
        )}
        <li>
          <NavLink to="/account" className={linkClass}>
            {t('nav.account')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}

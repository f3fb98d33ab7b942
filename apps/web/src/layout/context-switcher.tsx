import { useMatch } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { useSession } from '../session/session-context';
import { Menu, type MenuEntry } from '../ui/menu';

/** Top-bar switcher between organisations and their teams; shows where the user is now. */
export function ContextSwitcher() {
  const { t } = useI18n();
  const { session, organisation, setOrganisationId } = useSession();
  const teamId = useMatch('/teams/:teamId')?.params.teamId;
  const currentTeam = session.teams.find((team) => team.id === teamId);

  const entries: MenuEntry[] = session.organisations.map((org) => ({
    kind: 'group',
    key: org.id,
    label: org.name,
    entries: [
      {
        kind: 'link',
        key: `org-${org.id}`,
        to: '/',
        label: t('nav.allTeams', { organisation: org.name }),
        onSelect: () => setOrganisationId(org.id),
      },
      ...session.teams
        .filter((team) => team.organisationId === org.id)
        .map<MenuEntry>((team) => ({
          kind: 'link',
          key: team.id,
          to: `/teams/${team.id}`,
          label: team.name,
          isCurrent: team.id === teamId,
        })),
    ],
  }));
  if (entries.length === 0) return null;

  return (
    <Menu
      align="start"
      menuLabel={t('nav.switcher')}
      entries={entries}
      trigger={
        <span className="switcher-label">
          <span className="visually-hidden">{t('nav.switcher')}: </span>
          <span className="switcher-org">{organisation?.name}</span>
          {currentTeam && <span className="switcher-team">{currentTeam.name}</span>}
        </span>
      }
    />
  );
}

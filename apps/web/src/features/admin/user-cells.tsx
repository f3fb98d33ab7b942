import type { AdminUser } from '@leerlus/contracts';
import { useI18n } from '../../i18n/i18n-context';
import { roleLabel } from '../../i18n/role-label';
import { Badge } from '../../ui/badge';

/** True while an account is locked after failed logins. */
export const isLocked = (user: AdminUser, now = Date.now()): boolean =>
  user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;

/** Active/disabled, locked and MFA state as text badges. */
export function UserStatus({ user }: { user: AdminUser }) {
  const { t, formatDateTime } = useI18n();
  return (
    <span className="badge-list">
      {user.disabled ? (
        <Badge tone="danger">{t('users.disabled')}</Badge>
      ) : (
        <Badge tone="success">{t('users.active')}</Badge>
      )}
      {isLocked(user) && user.lockedUntil && (
        <Badge tone="warning">{t('users.locked', { time: formatDateTime(user.lockedUntil) })}</Badge>
      )}
      <Badge tone={user.mfaEnabled ? 'info' : 'neutral'}>
        {t(user.mfaEnabled ? 'users.mfaOn' : 'users.mfaOff')}
      </Badge>
    </span>
  );
}

/** Each role with where it applies: a team, or the whole organisation. */
export function UserMemberships({ user }: { user: AdminUser }) {
  const { t } = useI18n();
  if (user.memberships.length === 0) return <span className="muted">{t('users.noRoles')}</span>;
  return (
    <ul className="membership-list">
      {user.memberships.map((m) => (
        <li key={m.id}>
          <strong>{roleLabel(t, m.role)}</strong> · {m.teamName ?? t('users.wholeOrganisation')}
        </li>
      ))}
    </ul>
  );
}

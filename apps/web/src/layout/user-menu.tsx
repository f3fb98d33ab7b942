import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { logout } from '../api/auth';
import { queryKeys } from '../api/query-keys';
import { errorMessage } from '../i18n/error-message';
import { useI18n } from '../i18n/i18n-context';
import { useSession } from '../session/session-context';
import { Menu } from '../ui/menu';
import { useToast } from '../ui/toast';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');

/** The user's name with a menu: account settings and logout. */
export function UserMenu() {
  const { t } = useI18n();
  const { session } = useSession();
  const toast = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logoutMutation = useMutation({
    mutationFn: logout,
    onSuccess: () => {
      void navigate('/login', { replace: true, state: { isLoggedOut: true } });
      queryClient.clear();
      queryClient.setQueryData(queryKeys.session, null);
    },
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });
  const { name } = session.user;
  return (
    <Menu
      menuLabel={t('nav.userMenu', { name })}
      entries={[
        { kind: 'link', key: 'account', to: '/account', label: t('nav.account') },
        { kind: 'action', key: 'logout', label: t('nav.logout'), onSelect: () => logoutMutation.mutate() },
      ]}
      trigger={
        <>
          <span className="avatar" aria-hidden="true">
            {initials(name)}
          </span>
          <span className="user-name">{name}</span>
        </>
      }
    />
  );
}

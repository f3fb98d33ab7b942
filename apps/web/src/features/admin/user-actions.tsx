import type { AdminUser } from '@leerlus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { updateUser } from '../../api/admin';
import { queryKeys } from '../../api/query-keys';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useToast } from '../../ui/toast';
import { isLocked } from './user-cells';
import { UserRolesDialog } from './user-roles-dialog';

type Change = { disabled: boolean } | { unlock: true };

/** Per-user buttons: roles, disable (after confirmation) or enable, unlock when locked. */
export function UserActions({ organisationId, user }: { organisationId: string; user: AdminUser }) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'disable' | 'roles' | null>(null);
  const mutation = useMutation({
    mutationFn: (change: Change) => updateUser(organisationId, user.id, change),
    onSuccess: (_, change) => {
      const message =
        'unlock' in change
          ? 'users.unlockedToast'
          : change.disabled
            ? 'users.disabledToast'
            : 'users.enabledToast';
      toast.show(t(message, { name: user.name }));
      setDialog(null);
      void queryClient.invalidateQueries({ queryKey: queryKeys.usersAll(organisationId) });
    },
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });

  return (
    <span className="action-list">
      <Button
        variant="ghost"
        aria-label={`${t('users.manageRoles')}: ${user.name}`}
        onClick={() => setDialog('roles')}
      >
        {t('users.manageRoles')}
      </Button>
      {isLocked(user) && (
        <Button
          variant="ghost"
          aria-label={`${t('users.unlock')}: ${user.name}`}
          onClick={() => mutation.mutate({ unlock: true })}
        >
          {t('users.unlock')}
        </Button>
      )}
      {user.disabled ? (
        <Button
          variant="ghost"
          aria-label={`${t('users.enable')}: ${user.name}`}
          onClick={() => mutation.mutate({ disabled: false })}
        >
          {t('users.enable')}
        </Button>
      ) : (
        <Button
          variant="ghost"
          aria-label={`${t('users.disable')}: ${user.name}`}
          onClick={() => setDialog('disable')}
        >
          {t('users.disable')}
        </Button>
      )}
      {dialog === 'disable' && (
        <ConfirmDialog
          title={t('users.disableTitle', { name: user.name })}
          confirmLabel={t('users.disable')}
          isBusy={mutation.isPending}
          onConfirm={() => mutation.mutate({ disabled: true })}
          onCancel={() => setDialog(null)}
        >
          <p>{t('users.disableBody', { name: user.name })}</p>
        </ConfirmDialog>
      )}
      {dialog === 'roles' && (
        <UserRolesDialog organisationId={organisationId} user={user} onClose={() => setDialog(null)} />
      )}
    </span>
  );
}

import type { AdminUser } from '@leerlus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { removeMembership } from '../../api/admin';
import { queryKeys } from '../../api/query-keys';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { roleLabel } from '../../i18n/role-label';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Dialog } from '../../ui/dialog';
import { useToast } from '../../ui/toast';
import { AddMembershipForm } from './add-membership-form';

type Membership = AdminUser['memberships'][number];

/** The user's roles per team / organisation: remove one (after confirmation) or grant another. */
export function UserRolesDialog({
  organisationId,
  user,
  onClose,
}: {
  organisationId: string;
  user: AdminUser;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [toRemove, setToRemove] = useState<Membership | null>(null);
  const scopeOf = (m: Membership) => m.teamName ?? t('users.wholeOrganisation');
  const remove = useMutation({
    mutationFn: (m: Membership) => removeMembership(organisationId, m.id),
    onSuccess: () => {
      toast.show(t('users.roleRemoved'));
      setToRemove(null);
      void queryClient.invalidateQueries({ queryKey: queryKeys.usersAll(organisationId) });
    },
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });

  return (
    <Dialog
      title={t('users.rolesTitle', { name: user.name })}
      onClose={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
    >
      <div className="stack">
        {user.memberships.length === 0 ? (
          <p className="muted">{t('users.noRoles')}</p>
        ) : (
          <ul className="role-rows">
            {user.memberships.map((m) => (
              <li key={m.id} className="role-row">
                <span>
                  <strong>{roleLabel(t, m.role)}</strong> · {scopeOf(m)}
                </span>
                <Button
                  variant="ghost"
                  aria-label={t('users.removeRoleLabel', { role: roleLabel(t, m.role), scope: scopeOf(m) })}
                  onClick={() => setToRemove(m)}
                >
                  {t('users.removeRole')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <AddMembershipForm organisationId={organisationId} userId={user.id} />
      </div>
      {toRemove && (
        <ConfirmDialog
          title={t('users.removeRoleTitle')}
          confirmLabel={t('users.removeRole')}
          isBusy={remove.isPending}
          onConfirm={() => remove.mutate(toRemove)}
          onCancel={() => setToRemove(null)}
        >
          <p>
            {t('users.removeRoleBody', {
              name: user.name,
              role: roleLabel(t, toRemove.role),
              scope: scopeOf(toRemove),
            })}
          </p>
        </ConfirmDialog>
      )}
    </Dialog>
  );
}

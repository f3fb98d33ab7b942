import type { TeamDetail } from '@leerlus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../api/query-keys';
import { revokeInvitation } from '../../api/teams';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { roleLabel } from '../../i18n/role-label';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Table } from '../../ui/table';
import { useToast } from '../../ui/toast';

type Invitation = TeamDetail['invitations'][number];

/** Invitations not yet accepted, each revocable after confirmation. */
export function PendingInvitationsCard({
  teamId,
  invitations,
  canRevoke,
}: {
  teamId: string;
  invitations: readonly Invitation[];
  canRevoke: boolean;
}) {
  const { t, formatDate } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [toRevoke, setToRevoke] = useState<Invitation | null>(null);
  const mutation = useMutation({
    mutationFn: (invitation: Invitation) => revokeInvitation(teamId, invitation.id),
    onSuccess: (_, invitation) => {
      toast.show(t('team.revoked', { email: invitation.email }));
      setToRevoke(null);
      void queryClient.invalidateQueries({ queryKey: queryKeys.team(teamId) });
    },
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });

  return (
    <Card title={t('team.pending')}>
      {invitations.length === 0 ? (
        <p className="muted">{t('team.pendingEmpty')}</p>
      ) : (
        <Table
          caption={t('team.pending')}
          rows={invitations}
          rowKey={(i) => i.id}
          columns={[
            {
              key: 'email',
              header: t('team.memberEmail'),
              cell: (i) => <span className="break-anywhere">{i.email}</span>,
              isRowHeader: true,
            },
            {
              key: 'role',
              header: t('team.memberRole'),
              cell: (i) => <Badge tone="info">{roleLabel(t, i.role)}</Badge>,
            },
            {
              key: 'expires',
              header: t('team.pendingExpires'),
              cell: (i) => <span className="nowrap">{formatDate(i.expiresAt)}</span>,
            },
            ...(canRevoke
              ? [
                  {
                    key: 'actions',
                    header: <span className="visually-hidden">{t('users.actions')}</span>,
                    align: 'end' as const,
                    cell: (i: Invitation) => (
                      <Button
                        variant="ghost"
                        aria-label={t('team.revokeLabel', { email: i.email })}
                        onClick={() => setToRevoke(i)}
                      >
                        {t('team.revoke')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {toRevoke && (
        <ConfirmDialog
          title={t('team.revokeTitle')}
          confirmLabel={t('team.revoke')}
          isBusy={mutation.isPending}
          onConfirm={() => mutation.mutate(toRevoke)}
          onCancel={() => setToRevoke(null)}
        >
          <p>{t('team.revokeBody', { email: toRevoke.email })}</p>
        </ConfirmDialog>
      )}
    </Card>
  );
}

import type { TeamDetail } from '@leerlus/contracts';
import { useI18n } from '../../i18n/i18n-context';
import { roleLabel } from '../../i18n/role-label';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { EmptyState } from '../../ui/empty-state';
import { Table } from '../../ui/table';

type Member = TeamDetail['members'][number];

/** Who is in the team and with which role; organisation-wide roles are marked as such. */
export function MembersCard({ members }: { members: readonly Member[] }) {
  const { t } = useI18n();
  return (
    <Card title={t('team.members')}>
      {members.length === 0 ? (
        <EmptyState title={t('team.membersEmpty')} />
      ) : (
        <Table
          caption={t('team.members')}
          rows={members}
          rowKey={(m) => m.userId}
          columns={[
            { key: 'name', header: t('team.memberName'), cell: (m) => m.name, isRowHeader: true },
            {
              key: 'email',
              header: t('team.memberEmail'),
              cell: (m) => <span className="break-anywhere">{m.email}</span>,
            },
            {
              key: 'role',
              header: t('team.memberRole'),
              cell: (m) => (
                <span className="row">
                  <Badge tone="info">{roleLabel(t, m.role)}</Badge>
                  {m.viaOrganisation && <span className="muted">{t('team.viaOrganisation')}</span>}
                </span>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

import type { AdminUser } from '@leerlus/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { listUsers } from '../../api/admin';
import { queryKeys } from '../../api/query-keys';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { Table } from '../../ui/table';
import { TextField } from '../../ui/text-field';
import { useAdminOrganisation } from './use-admin-organisation';
import { UserActions } from './user-actions';
import { UserMemberships, UserStatus } from './user-cells';
import './admin.css';

/** `/admin/users`: search accounts, disable or unlock them, manage their roles. */
export function UsersPage() {
  const { t } = useI18n();
  const organisation = useAdminOrganisation();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const {
    data: users,
    error,
    isPending,
  } = useQuery({
    queryKey: queryKeys.users(organisation.id, q),
    queryFn: () => listUsers(organisation.id, q),
  });

  const onSearch = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQ(draft.trim());
  };

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.intro', { organisation: organisation.name })}
      />
      <form role="search" className="search-form" onSubmit={onSearch}>
        <TextField
          label={t('users.search')}
          type="search"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <Button type="submit">{t('common.search')}</Button>
      </form>
      {isPending && <Spinner />}
      {error && (
        <p className="callout callout-danger" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
      {users?.length === 0 && <EmptyState title={t('users.empty')} />}
      {users && users.length > 0 && (
        <Table<AdminUser>
          caption={t('users.title')}
          rows={users}
          rowKey={(u) => u.id}
          columns={[
            {
              key: 'user',
              header: t('users.user'),
              isRowHeader: true,
              cell: (u) => (
                <span className="user-cell">
                  <span>{u.name}</span>
                  <span className="muted user-email">{u.email}</span>
                </span>
              ),
            },
            { key: 'status', header: t('users.status'), cell: (u) => <UserStatus user={u} /> },
            { key: 'roles', header: t('users.roles'), cell: (u) => <UserMemberships user={u} /> },
            {
              key: 'actions',
              header: t('users.actions'),
              align: 'end',
              cell: (u) => <UserActions organisationId={organisation.id} user={u} />,
            },
          ]}
        />
      )}
    </>
  );
}

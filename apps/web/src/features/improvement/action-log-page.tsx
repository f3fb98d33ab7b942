import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../../i18n/error-message';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { PageHeader } from '../../ui/page-header';
import { Select } from '../../ui/select';
import { Table } from '../../ui/table';
import { TextField } from '../../ui/text-field';
import { useToast } from '../../ui/toast';
import { documentUrl, getActions, getDecisions, improvementKeys, updateAction, type Action, type Decision } from './api';
import { canContribute, ImprovementNav, useTeamMembers } from './shared';

const STATUSES = ['open', 'doing', 'done', 'cancelled'] as const;

/** `/teams/:teamId/log`: the action & decision log with filters and search; action status editable inline. */
export function ActionLogPage() {
  const { t, locale } = useI18n();
  const teamId = useParams().teamId ?? '';
  const { members, myRole, teamName } = useTeamMembers(teamId);
  const toast = useToast();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState({ status: '', ownerId: '', overdue: '', q: '' });
  const query = { status: filter.status || undefined, ownerId: filter.ownerId || undefined, overdue: filter.overdue || undefined, q: filter.q.trim() || undefined };
  const actions = useQuery({ queryKey: improvementKeys.actions(teamId, query), queryFn: () => getActions(teamId, query) });
  const decisionQuery = { q: filter.q.trim() || undefined };
  const decisions = useQuery({ queryKey: improvementKeys.decisions(teamId, decisionQuery), queryFn: () => getDecisions(teamId, decisionQuery) });
  const setStatus = useMutation({
    mutationFn: ({ id, status }: { id: string; status: string }) => updateAction(teamId, id, { status }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: improvementKeys.all(teamId) }),
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });
  const set = (key: keyof typeof filter) => (e: { target: { value: string } }) => setFilter((f) => ({ ...f, [key]: e.target.value }));
  const isEditable = canContribute(myRole);
  return (
    <>
      <PageHeader title={`${t('improvement.log.title')} — ${teamName}`} description={t('improvement.log.description')} />
      <ImprovementNav teamId={teamId} />
      <div className="stack">
        <form className="improvement-form" role="search" onSubmit={(e) => e.preventDefault()}>
          <TextField label={t('improvement.log.search')} type="search" value={filter.q} onChange={set('q')} />
          <Select label={t('improvement.action.status')} value={filter.status} onChange={set('status')} options={[{ value: '', label: t('improvement.log.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`improvement.action.status.${s}`) }))]} />
          <Select label={t('improvement.action.owner')} value={filter.ownerId} onChange={set('ownerId')} options={[{ value: '', label: t('improvement.log.all') }, ...members.map((m) => ({ value: m.userId, label: m.name }))]} />
          <Select label={t('improvement.action.overdue')} value={filter.overdue} onChange={set('overdue')} options={[{ value: '', label: t('improvement.log.all') }, { value: 'true', label: t('improvement.log.onlyOverdue') }]} />
        </form>
        <Card
          title={t('improvement.log.actions')}
          actions={
            <>
              <a className="btn btn-ghost" href={documentUrl.actionsExport(teamId, 'csv', query)}>CSV</a>
              <a className="btn btn-ghost" href={documentUrl.actionsExport(teamId, 'xlsx', query)}>XLSX</a>
            </>
          }
        >
          {actions.error && <p className="callout callout-danger" role="alert">{errorMessage(t, actions.error)}</p>}
          {(actions.data?.actions.length ?? 0) === 0 ? (
            <p className="muted">{t('improvement.log.noActions')}</p>
          ) : (
            <Table<Action>
              caption={t('improvement.log.actions')}
              rows={actions.data?.actions ?? []}
              rowKey={(a) => a.id}
              columns={[
                { key: 'title', header: t('improvement.action.title'), isRowHeader: true, cell: (a) => a.title },
                { key: 'owner', header: t('improvement.action.owner'), cell: (a) => a.owner?.name ?? '—' },
                { key: 'due', header: t('improvement.action.due'), cell: (a) => (a.dueDate ? <>{formatDate(a.dueDate, locale)} {a.isOverdue && <Badge tone="danger">{t('improvement.action.overdue')}</Badge>}</> : '—') },
                { key: 'goal', header: t('improvement.action.goal'), cell: (a) => a.goal?.title ?? '—' },
                {
                  key: 'status',
                  header: t('improvement.action.status'),
                  cell: (a) =>
                    isEditable ? (
                      <select className="input" aria-label={`${t('improvement.action.status')}: ${a.title}`} value={a.status} onChange={(e) => setStatus.mutate({ id: a.id, status: e.target.value })}>
                        {STATUSES.map((s) => (
                          <option key={s} value={s}>{t(`improvement.action.status.${s}`)}</option>
                        ))}
                      </select>
                    ) : (
                      t(`improvement.action.status.${a.status}`)
                    ),
                },
              ]}
            />
          )}
        </Card>
        <Card
          title={t('improvement.log.decisions')}
          actions={
            <>
              <a className="btn btn-ghost" href={documentUrl.decisionsExport(teamId, 'csv')}>CSV</a>
              <a className="btn btn-ghost" href={documentUrl.decisionsExport(teamId, 'xlsx')}>XLSX</a>
            </>
          }
        >
          {(decisions.data?.decisions.length ?? 0) === 0 ? (
            <p className="muted">{t('improvement.log.noDecisions')}</p>
          ) : (
            <Table<Decision>
              caption={t('improvement.log.decisions')}
              rows={decisions.data?.decisions ?? []}
              rowKey={(d) => d.id}
              columns={[
                { key: 'date', header: t('improvement.decision.date'), cell: (d) => formatDate(d.decidedOn, locale) },
                { key: 'text', header: t('improvement.decision.text'), isRowHeader: true, cell: (d) => d.text },
                { key: 'rationale', header: t('improvement.decision.rationale'), cell: (d) => d.rationale || '—' },
                { key: 'by', header: t('improvement.decision.decidedBy'), cell: (d) => d.decidedBy || '—' },
                { key: 'meeting', header: t('improvement.log.meeting'), cell: (d) => d.meetingName ?? '—' },
              ]}
            />
          )}
        </Card>
      </div>
    </>
  );
}

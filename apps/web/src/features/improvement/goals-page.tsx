import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../i18n/error-message';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { PageHeader } from '../../ui/page-header';
import { Select } from '../../ui/select';
import { Spinner } from '../../ui/spinner';
import { Table } from '../../ui/table';
import { TextField } from '../../ui/text-field';
import { useToast } from '../../ui/toast';
import { createGoal, getGoals, getTeamIndicators, improvementKeys, type Goal } from './api';
import { canManage, ImprovementNav, ProgressBadge, useTeamMembers } from './shared';

const DOMAINS = ['drom', 'prom', 'prem', 'cost', 'process', 'staff'] as const;

/** `/teams/:teamId/goals`: the goal set with coverage of the six domains, and a form for a new goal. */
export function GoalsPage() {
  const { t, locale } = useI18n();
  const teamId = useParams().teamId ?? '';
  const { myRole, teamName } = useTeamMembers(teamId);
  const { data, error, isPending } = useQuery({ queryKey: improvementKeys.goals(teamId), queryFn: () => getGoals(teamId) });
  const [isCreating, setIsCreating] = useState(false);
  if (isPending) return <Spinner />;
  if (error) return <p className="callout callout-danger" role="alert">{errorMessage(t, error)}</p>;
  const { goals, coverage } = data;
  return (
    <>
      <PageHeader
        title={`${t('improvement.goals.title')} — ${teamName}`}
        description={t('improvement.goals.description')}
        actions={canManage(myRole) && <Button variant="primary" onClick={() => setIsCreating((v) => !v)} aria-expanded={isCreating}>{t('improvement.goals.new')}</Button>}
      />
      <ImprovementNav teamId={teamId} />
      <div className="stack">
        <Card title={t('improvement.goals.coverage')}>
          <p>{coverage.isComplete ? t('improvement.goals.coverageComplete') : t('improvement.goals.coverageMissing', { domains: coverage.missing.map((d) => t(`improvement.domain.${d}`)).join(', ') })}</p>
          <ul className="coverage-list">
            {DOMAINS.map((d) => (
              <li key={d}>
                <Badge tone={coverage.covered.includes(d) ? 'success' : 'warning'}>
                  {t(`improvement.domain.${d}`)}: {coverage.counts[d] ?? 0}
                </Badge>
              </li>
            ))}
          </ul>
        </Card>
        {isCreating && <NewGoalForm teamId={teamId} onDone={() => setIsCreating(false)} />}
        <Card title={t('improvement.goals.title')}>
          {goals.length === 0 ? (
            <p className="muted">{t('improvement.goals.empty')}</p>
          ) : (
            <Table<Goal>
              caption={t('improvement.goals.title')}
              rows={goals}
              rowKey={(g) => g.id}
              columns={[
                { key: 'title', header: t('improvement.goal.title'), isRowHeader: true, cell: (g) => <Link to={`/teams/${teamId}/goals/${g.id}`}>{g.title}</Link> },
                { key: 'indicator', header: t('improvement.goal.indicator'), cell: (g) => (g.indicator ? (locale === 'nl' ? g.indicator.nameNl : g.indicator.nameEn) : '—') },
                { key: 'owner', header: t('improvement.goal.owner'), cell: (g) => g.owner?.name ?? '—' },
                { key: 'target', header: t('improvement.goal.target'), align: 'end', cell: (g) => (g.targetValue === null ? '—' : g.targetValue.toLocaleString(locale)) },
                {
                  key: 'deadline',
                  header: t('improvement.goal.deadline'),
                  cell: (g) => (g.deadline ? <>{formatDate(g.deadline, locale)} {g.isOverdue && <Badge tone="danger">{t('improvement.goal.overdue')}</Badge>}</> : '—'),
                },
                { key: 'status', header: t('improvement.goal.status'), cell: (g) => t(`improvement.goal.status.${g.status}`) },
                { key: 'last', header: t('improvement.goal.lastStatus'), cell: (g) => (g.lastStatus ? <ProgressBadge progress={g.lastStatus.progress} /> : <span className="muted">{t('improvement.goal.noStatus')}</span>) },
                { key: 'meetings', header: t('improvement.goal.meetings'), align: 'end', cell: (g) => (g.meetingCount === 0 ? <Badge tone="warning">{t('improvement.goal.notDiscussed')}</Badge> : g.meetingCount) },
              ]}
            />
          )}
        </Card>
      </div>
    </>
  );
}

function NewGoalForm({ teamId, onDone }: { teamId: string; onDone: () => void }) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const { members } = useTeamMembers(teamId);
  const { data: indicators } = useQuery({ queryKey: ['improvement', teamId, 'indicators'], queryFn: () => getTeamIndicators(teamId) });
  const [form, setForm] = useState({ title: '', description: '', indicatorId: '', ownerId: '', kind: 'small', baselineValue: '', targetValue: '', deadline: '', status: 'active' });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const mutation = useMutation({
    mutationFn: () =>
      createGoal(teamId, {
        title: form.title,
        description: form.description,
        indicatorId: form.indicatorId || null,
        scope: form.indicatorId ? 'team' : 'improvement-system',
        ownerId: form.ownerId || null,
        kind: form.kind,
        baselineValue: form.baselineValue === '' ? null : Number(form.baselineValue.replace(',', '.')),
        targetValue: form.targetValue === '' ? null : Number(form.targetValue.replace(',', '.')),
        deadline: form.deadline || null,
        status: form.status,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: improvementKeys.all(teamId) });
      onDone();
    },
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });
  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <Card title={t('improvement.goals.new')}>
      <form className="improvement-form" onSubmit={submit}>
        <TextField className="span-all" label={t('improvement.goal.title')} value={form.title} onChange={set('title')} required maxLength={200} />
        <TextField label={t('improvement.goal.description')} value={form.description} onChange={set('description')} maxLength={4000} />
        <Select
          label={t('improvement.goal.indicator')}
          value={form.indicatorId}
          onChange={set('indicatorId')}
          options={[{ value: '', label: t('improvement.goal.noIndicator') }, ...(indicators?.indicators ?? []).map((i) => ({ value: i.indicator.id, label: locale === 'nl' ? i.indicator.nameNl : i.indicator.nameEn }))]}
        />
        <Select label={t('improvement.goal.owner')} value={form.ownerId} onChange={set('ownerId')} options={[{ value: '', label: t('improvement.goal.noOwner') }, ...members.map((m) => ({ value: m.userId, label: m.name }))]} />
        <Select label={t('improvement.goal.kind')} value={form.kind} onChange={set('kind')} options={(['small', 'big'] as const).map((k) => ({ value: k, label: t(`improvement.goal.kind.${k}`) }))} />
        <TextField label={t('improvement.goal.baseline')} inputMode="decimal" value={form.baselineValue} onChange={set('baselineValue')} />
        <TextField label={t('improvement.goal.target')} inputMode="decimal" value={form.targetValue} onChange={set('targetValue')} />
        <TextField label={t('improvement.goal.deadline')} type="date" value={form.deadline} onChange={set('deadline')} />
        <Select label={t('improvement.goal.status')} value={form.status} onChange={set('status')} options={(['draft', 'active'] as const).map((s) => ({ value: s, label: t(`improvement.goal.status.${s}`) }))} />
        <div>
          <Button type="submit" variant="primary" isBusy={mutation.isPending}>
            {t('improvement.goals.create')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

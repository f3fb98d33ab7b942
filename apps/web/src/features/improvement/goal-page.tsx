import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../i18n/error-message';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { PageHeader } from '../../ui/page-header';
import { Select } from '../../ui/select';
import { Spinner } from '../../ui/spinner';
import { TextField } from '../../ui/text-field';
import { useToast } from '../../ui/toast';
import { AssuranceIcon } from '../charts/icons/assurance-icon';
import { VariationIcon } from '../charts/icons/variation-icon';
import { SpcChart } from '../charts/spc-chart';
import { getGoalPage, improvementKeys, postStatusUpdate } from './api';
import { getChartAnnotations, pdsaKeys } from './pdsa-api';
import { PdsaPanel } from './pdsa-panel';
import { canContribute, ImprovementNav, ProgressBadge, useTeamMembers } from './shared';

/** `/teams/:teamId/goals/:goalId`: the goal with its SPC chart and target line, status history, actions, PDSA. */
export function GoalPage() {
  const { t, locale } = useI18n();
  const { teamId = '', goalId = '' } = useParams();
  const { myRole } = useTeamMembers(teamId);
  const { data, error, isPending } = useQuery({
    queryKey: improvementKeys.goal(teamId, goalId),
    queryFn: () => getGoalPage(teamId, goalId),
  });
  const marks = useQuery({
    queryKey: pdsaKeys.annotations(teamId, goalId),
    queryFn: () => getChartAnnotations(teamId, goalId),
  });
  if (isPending) return <Spinner />;
  if (error)
    return (
      <p className="callout callout-danger" role="alert">
        {errorMessage(t, error)}
      </p>
    );
  const { goal, series } = data;
  const indicatorName = goal.indicator
    ? locale === 'nl'
      ? goal.indicator.nameNl
      : goal.indicator.nameEn
    : null;
  // PDSA starts and confirmed phase starts (from the server's chart annotations) at their period on the chart.
  const annotations = series
    ? (
        marks.data?.annotations ??
        data.pdsaCycles.map((p) => ({ kind: 'pdsa' as const, date: p.startDate, label: p.title }))
      ).flatMap((a) => {
        const index = series.points.findIndex((pt) => pt.periodStart >= a.date.slice(0, 7));
        return index >= 0 ? [{ index, kind: a.kind, label: a.label }] : [];
      })
    : [];
  return (
    <>
      <PageHeader
        title={goal.title}
        description={
          <>
            {indicatorName && <span>{indicatorName} · </span>}
            {t(`improvement.goal.status.${goal.status}`)}
            {goal.owner && (
              <>
                {' '}
                · {t('improvement.goal.owner')}: {goal.owner.name}
              </>
            )}
          </>
        }
        actions={<Link to={`/teams/${teamId}/goals`}>{t('improvement.goal.back')}</Link>}
      />
      <ImprovementNav teamId={teamId} />
      <div className="stack">
        {goal.description && <p>{goal.description}</p>}
        <dl className="improvement-form">
          <div>
            <dt>{t('improvement.goal.baseline')}</dt>
            <dd>{goal.baselineValue?.toLocaleString(locale) ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('improvement.goal.target')}</dt>
            <dd>{goal.targetValue?.toLocaleString(locale) ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('improvement.goal.deadline')}</dt>
            <dd>
              {goal.deadline ? formatDate(goal.deadline, locale) : '—'}{' '}
              {goal.isOverdue && <Badge tone="danger">{t('improvement.goal.overdue')}</Badge>}
            </dd>
          </div>
          <div>
            <dt>{t('improvement.goal.meetings')}</dt>
            <dd>
              {data.meetings.length === 0
                ? t('improvement.goal.notDiscussed')
                : data.meetings.map((m) => m.name).join(', ')}
            </dd>
          </div>
        </dl>
        <Card title={t('improvement.goal.chart')}>
          {series?.spc ? (
            <>
              <p className="icon-pair">
                <VariationIcon variation={series.spc.variation} size={36} />
                {series.spc.assurance && <AssuranceIcon assurance={series.spc.assurance} size={36} />}
              </p>
              <SpcChart
                result={series.spc}
                title={indicatorName ?? goal.title}
                target={goal.targetValue}
                annotations={annotations}
                height={320}
              />
            </>
          ) : (
            <p className="muted">{t('improvement.goal.noData')}</p>
          )}
        </Card>
        <div className="improvement-grid">
          <Card title={t('improvement.goal.history')}>
            {canContribute(myRole) && <StatusUpdateForm teamId={teamId} goalId={goal.id} />}
            {data.statusUpdates.length === 0 ? (
              <p className="muted">{t('improvement.goal.noStatus')}</p>
            ) : (
              <ol className="agenda-list">
                {data.statusUpdates.map((s) => (
                  <li key={s.id} className="agenda-item">
                    <div className="agenda-item-body">
                      <ProgressBadge progress={s.progress} />{' '}
                      <span className="muted">
                        {formatDateTime(s.createdAt, locale)} · {s.author?.name ?? ''}
                      </span>
                      {s.explanation && <p>{s.explanation}</p>}
                      {s.nextStep && (
                        <p>
                          {t('improvement.status.nextStep')}: {s.nextStep}
                        </p>
                      )}
                    </div>
                  </li>
                ))}
              </ol>
            )}
          </Card>
          <Card title={t('improvement.goal.actions')}>
            {data.actions.length === 0 ? (
              <p className="muted">{t('improvement.agenda.none')}</p>
            ) : (
              <ul>
                {data.actions.map((a) => (
                  <li key={a.id}>
                    {a.title} — {t(`improvement.action.status.${a.status}`)}
                    {a.dueDate && <> · {formatDate(a.dueDate, locale)}</>}{' '}
                    {a.isOverdue && <Badge tone="danger">{t('improvement.action.overdue')}</Badge>}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <PdsaPanel teamId={teamId} goalId={goal.id} isEditable={canContribute(myRole)} />
      </div>
    </>
  );
}

/** The owner's status update (performance dialogue); also used in meeting mode with the occurrence. */
export function StatusUpdateForm({
  teamId,
  goalId,
  occurrenceId = null,
  onSaved,
}: {
  teamId: string;
  goalId: string;
  occurrenceId?: string | null;
  onSaved?: () => void;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState('on-track');
  const [explanation, setExplanation] = useState('');
  const [nextStep, setNextStep] = useState('');
  const mutation = useMutation({
    mutationFn: () => postStatusUpdate(teamId, goalId, { progress, explanation, nextStep, occurrenceId }),
    onSuccess: async () => {
      setExplanation('');
      setNextStep('');
      toast.show(t('improvement.status.saved'));
      await queryClient.invalidateQueries({ queryKey: improvementKeys.all(teamId) });
      onSaved?.();
    },
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });
  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <form className="improvement-form" onSubmit={submit} aria-label={t('improvement.status.title')}>
      <Select
        label={t('improvement.status.progress')}
        value={progress}
        onChange={(e) => setProgress(e.target.value)}
        options={(['on-track', 'at-risk', 'off-track'] as const).map((p) => ({
          value: p,
          label: t(`improvement.progress.${p}`),
        }))}
      />
      <TextField
        label={t('improvement.status.explanation')}
        value={explanation}
        onChange={(e) => setExplanation(e.target.value)}
        maxLength={4000}
      />
      <TextField
        label={t('improvement.status.nextStep')}
        value={nextStep}
        onChange={(e) => setNextStep(e.target.value)}
        maxLength={2000}
      />
      <div>
        <Button type="submit" variant="primary" isBusy={mutation.isPending}>
          {t('improvement.status.save')}
        </Button>
      </div>
    </form>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { errorMessage } from '../../i18n/error-message';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { Badge, type BadgeTone } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Select } from '../../ui/select';
import { TextField } from '../../ui/text-field';
import { useToast } from '../../ui/toast';
import { improvementKeys } from './api';
import { createPdsa, getPdsaCycles, pdsaKeys, updatePdsa, type Pdsa } from './pdsa-api';
import { todayIso } from './shared';

const STATUSES = ['planned', 'running', 'completed', 'cancelled'] as const;
const OUTCOMES = ['adopt', 'adapt', 'abandon'] as const;
const STATUS_TONE: Record<Pdsa['status'], BadgeTone> = {
  planned: 'neutral',
  running: 'info',
  completed: 'success',
  cancelled: 'warning',
};
const PLAN_FIELDS = ['changeIdea', 'prediction', 'measures', 'planWho', 'planWhen', 'planWhere'] as const;
const DSA_FIELDS = ['doWhatHappened', 'doObservations', 'studyComparison', 'actNotes'] as const;

/** The goal's PDSA cycles: a plan form for a new cycle, and do/study/act per cycle. */
export function PdsaPanel({
  teamId,
  goalId,
  isEditable,
}: {
  teamId: string;
  goalId: string;
  isEditable: boolean;
}) {
  const { t, locale } = useI18n();
  const [isCreating, setIsCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const cycles = useQuery({
    queryKey: pdsaKeys.cycles(teamId, goalId),
    queryFn: () => getPdsaCycles(teamId, goalId),
  });
  return (
    <Card
      title={t('improvement.goal.pdsa')}
      actions={
        isEditable && (
          <Button onClick={() => setIsCreating((v) => !v)} aria-expanded={isCreating}>
            {t('cycles.pdsa.new')}
          </Button>
        )
      }
    >
      <div className="stack">
        {isCreating && <NewPdsaForm teamId={teamId} goalId={goalId} onDone={() => setIsCreating(false)} />}
        {cycles.error && (
          <p className="callout callout-danger" role="alert">
            {errorMessage(t, cycles.error)}
          </p>
        )}
        {cycles.data?.cycles.length === 0 && <p className="muted">{t('cycles.pdsa.empty')}</p>}
        <ol className="agenda-list">
          {(cycles.data?.cycles ?? []).map((c) => (
            <li key={c.id} className="agenda-item">
              <div className="agenda-item-body">
                <strong>
                  {c.rampStep > 1 ? `${c.rampStep}. ` : ''}
                  {c.title}
                </strong>{' '}
                <Badge tone={STATUS_TONE[c.status]}>{t(`cycles.pdsa.status.${c.status}`)}</Badge>{' '}
                {c.actOutcome && <Badge tone="info">{t(`cycles.pdsa.outcome.${c.actOutcome}`)}</Badge>}
                <p className="muted">
                  {formatDate(c.startDate, locale)}
                  {c.checkDate && (
                    <>
                      {' '}
                      · {t('cycles.pdsa.checkDate')}: {formatDate(c.checkDate, locale)}
                    </>
                  )}
                  {c.endDate && (
                    <>
                      {' '}
                      · {t('cycles.pdsa.endDate')}: {formatDate(c.endDate, locale)}
                    </>
                  )}
                </p>
                {c.changeIdea && (
                  <p>
                    {t('cycles.pdsa.changeIdea')}: {c.changeIdea}
                  </p>
                )}
                {editing === c.id && <DsaForm teamId={teamId} cycle={c} onDone={() => setEditing(null)} />}
              </div>
              {isEditable && editing !== c.id && (
                <div className="agenda-item-tools">
                  <Button
                    variant="ghost"
                    onClick={() => setEditing(c.id)}
                    aria-label={t('cycles.pdsa.edit', { title: c.title })}
                  >
                    {t('common.edit')}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ol>
      </div>
    </Card>
  );
}

function NewPdsaForm({ teamId, goalId, onDone }: { teamId: string; goalId: string; onDone: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    title: '',
    changeIdea: '',
    prediction: '',
    measures: '',
    planWho: '',
    planWhen: '',
    planWhere: '',
    startDate: todayIso(),
    checkDate: '',
    endDate: '',
  });
  const isOrdered = !form.endDate || form.endDate >= form.startDate;
  const create = useMutation({
    mutationFn: () =>
      createPdsa(teamId, {
        goalId,
        title: form.title.trim(),
        ...Object.fromEntries(PLAN_FIELDS.map((f) => [f, form[f].trim()])),
        startDate: form.startDate,
        checkDate: form.checkDate || null,
        endDate: form.endDate || null,
      }),
    onSuccess: async () => {
      toast.show(t('cycles.pdsa.created'), 'success');
      await queryClient.invalidateQueries({ queryKey: improvementKeys.all(teamId) });
      onDone();
    },
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (isOrdered) create.mutate();
  };
  return (
    <form className="improvement-form" onSubmit={submit} aria-label={t('cycles.pdsa.new')}>
      <TextField
        className="span-all"
        label={t('cycles.pdsa.title')}
        value={form.title}
        onChange={set('title')}
        required
        maxLength={200}
      />
      {PLAN_FIELDS.map((f) => (
        <TextField
          key={f}
          label={t(`cycles.pdsa.${f}`)}
          value={form[f]}
          onChange={set(f)}
          maxLength={f.startsWith('plan') ? 500 : 4000}
        />
      ))}
      <TextField
        label={t('cycles.pdsa.startDate')}
        type="date"
        value={form.startDate}
        onChange={set('startDate')}
        required
      />
      <TextField
        label={t('cycles.pdsa.checkDate')}
        type="date"
        value={form.checkDate}
        onChange={set('checkDate')}
      />
      <TextField
        label={t('cycles.pdsa.endDate')}
        type="date"
        value={form.endDate}
        onChange={set('endDate')}
        error={isOrdered ? undefined : t('cycles.pdsa.endBeforeStart')}
      />
      <div className="row">
        <Button type="submit" variant="primary" isBusy={create.isPending}>
          {t('cycles.pdsa.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

function DsaForm({ teamId, cycle, onDone }: { teamId: string; cycle: Pdsa; onDone: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    status: cycle.status,
    actOutcome: cycle.actOutcome ?? '',
    ...Object.fromEntries(DSA_FIELDS.map((f) => [f, cycle[f]])),
  } as Record<'status' | 'actOutcome' | (typeof DSA_FIELDS)[number], string>);
  const save = useMutation({
    mutationFn: () =>
      updatePdsa(teamId, cycle.id, {
        status: form.status as Pdsa['status'],
        actOutcome: (form.actOutcome || null) as Pdsa['actOutcome'],
        ...Object.fromEntries(DSA_FIELDS.map((f) => [f, form[f].trim()])),
      }),
    onSuccess: async () => {
      toast.show(t('common.saved'), 'success');
      await queryClient.invalidateQueries({ queryKey: improvementKeys.all(teamId) });
      onDone();
    },
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form
      className="improvement-form"
      onSubmit={submit}
      aria-label={t('cycles.pdsa.edit', { title: cycle.title })}
    >
      <Select
        label={t('cycles.pdsa.status')}
        value={form.status}
        onChange={set('status')}
        options={STATUSES.map((s) => ({ value: s, label: t(`cycles.pdsa.status.${s}`) }))}
      />
      {DSA_FIELDS.map((f) => (
        <TextField key={f} label={t(`cycles.pdsa.${f}`)} value={form[f]} onChange={set(f)} maxLength={4000} />
      ))}
      <Select
        label={t('cycles.pdsa.actOutcome')}
        value={form.actOutcome}
        onChange={set('actOutcome')}
        options={[
          { value: '', label: '—' },
          ...OUTCOMES.map((o) => ({ value: o, label: t(`cycles.pdsa.outcome.${o}`) })),
        ]}
      />
      <div className="row">
        <Button type="submit" variant="primary" isBusy={save.isPending}>
          {t('cycles.pdsa.saveDsa')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { errorMessage } from '../../i18n/error-message';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Select } from '../../ui/select';
import { TextField } from '../../ui/text-field';
import { useToast } from '../../ui/toast';
import { AgendaItemDetails, agendaTitle } from './agenda-item';
import { createAction, createDecision, improvementKeys, putAttendance, updateOccurrence, type OccurrenceDetail } from './api';
import { StatusUpdateForm } from './goal-page';
import { ProgressBadge, todayIso, useTeamMembers } from './shared';

interface MeetingModeProps {
  teamId: string;
  detail: OccurrenceDetail;
  isEditable: boolean;
  onExit: () => void;
}

/**
 * Meeting mode for a shared screen: one agenda item at a time (arrow keys or buttons), attendance, and the
 * recording of status updates, decisions and actions inline; ending the meeting marks it held.
 */
export function MeetingMode({ teamId, detail, isEditable, onExit }: MeetingModeProps) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [index, setIndex] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const item = detail.agenda[Math.min(index, detail.agenda.length - 1)];
  const total = detail.agenda.length;
  const occurrenceId = detail.occurrence.id;
  const refresh = () => queryClient.invalidateQueries({ queryKey: improvementKeys.all(teamId) });
  const patch = useMutation({
    mutationFn: (body: Record<string, unknown>) => updateOccurrence(teamId, occurrenceId, body),
    onSuccess: (saved) => queryClient.setQueryData(improvementKeys.occurrence(teamId, occurrenceId), saved),
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });
  const startedRef = useRef(false);
  useEffect(() => {
    if (isEditable && !detail.occurrence.startedAt && !startedRef.current) {
      startedRef.current = true;
      patch.mutate({ started: true });
    }
  }, [isEditable, detail.occurrence.startedAt, patch]);
  useEffect(() => headingRef.current?.focus(), [index]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      if (e.key === 'ArrowRight') setIndex((i) => Math.min(i + 1, total - 1));
      if (e.key === 'ArrowLeft') setIndex((i) => Math.max(i - 1, 0));
      if (e.key === 'Escape') onExit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [total, onExit]);
  if (!item) return null;
  const goalId = item.kind === 'goal' ? item.goal.id : null;
  return (
    <div className="meeting-mode" role="dialog" aria-modal="true" aria-label={t('improvement.mode.title')}>
      <header className="meeting-mode-header">
        <div>
          <p className="muted">
            {detail.meeting.name} — {formatDate(detail.occurrence.localDate, locale)} · {t('improvement.mode.item', { n: index + 1, total })}
          </p>
          <h1 className="meeting-mode-item-title" ref={headingRef} tabIndex={-1}>
            {agendaTitle(t, item)}
          </h1>
        </div>
        <div className="row">
          <span className="muted">{t('improvement.mode.keys')}</span>
          <Button variant="ghost" onClick={onExit}>{t('improvement.mode.exit')}</Button>
        </div>
      </header>
      <div className="meeting-mode-body">
        <div className="stack">
          <AgendaItemDetails item={item} />
          {item.kind === 'opening' && <AttendanceForm teamId={teamId} detail={detail} isEditable={isEditable} />}
          {isEditable && goalId && (
            <Card title={t('improvement.status.title')} headingLevel={3}>
              <StatusUpdateForm key={goalId} teamId={teamId} goalId={goalId} occurrenceId={occurrenceId} onSaved={() => void refresh()} />
            </Card>
          )}
          {isEditable && <NotesForm key={item.key} itemKey={item.key} initial={detail.occurrence.notes[item.key] ?? ''} onSave={(text) => patch.mutate({ notes: { [item.key]: text } })} isBusy={patch.isPending} />}
        </div>
        <div className="stack">
          {isEditable && <DecisionForm teamId={teamId} occurrenceId={occurrenceId} goalId={goalId} onSaved={() => void refresh()} />}
          {isEditable && <ActionForm teamId={teamId} occurrenceId={occurrenceId} goalId={goalId} onSaved={() => void refresh()} />}
          <Card title={t('improvement.mode.recorded')} headingLevel={3}>
            <ul>
              {detail.statusUpdates.map((s) => (
                <li key={s.id}>
                  <ProgressBadge progress={s.progress} /> {detail.agenda.find((a) => a.kind === 'goal' && a.goal.id === s.goalId) ? agendaTitle(t, detail.agenda.find((a) => a.kind === 'goal' && a.goal.id === s.goalId)!) : ''}
                </li>
              ))}
              {detail.decisions.map((d) => (
                <li key={d.id}>{t('improvement.decision.text')}: {d.text}</li>
              ))}
              {detail.actions.map((a) => (
                <li key={a.id}>{t('improvement.action.title')}: {a.title}{a.owner && <> ({a.owner.name})</>}</li>
              ))}
            </ul>
          </Card>
        </div>
      </div>
      <footer className="meeting-mode-footer">
        <Button onClick={() => setIndex((i) => Math.max(i - 1, 0))} disabled={index === 0}>← {t('improvement.mode.previous')}</Button>
        {index < total - 1 ? (
          <Button variant="primary" onClick={() => setIndex((i) => Math.min(i + 1, total - 1))}>{t('improvement.mode.next')} →</Button>
        ) : (
          isEditable && (
            <Button variant="primary" isBusy={patch.isPending} onClick={() => patch.mutate({ ended: true }, { onSuccess: () => onExit() })}>
              {t('improvement.mode.end')}
            </Button>
          )
        )}
      </footer>
    </div>
  );
}

function AttendanceForm({ teamId, detail, isEditable }: { teamId: string; detail: OccurrenceDetail; isEditable: boolean }) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const { members } = useTeamMembers(teamId);
  const people = [...detail.attendance.map((a) => ({ userId: a.userId, name: a.name })), ...members.filter((m) => !detail.attendance.some((a) => a.userId === m.userId))];
  const [status, setStatus] = useState<Record<string, string>>(() => Object.fromEntries(detail.attendance.flatMap((a) => (a.status ? [[a.userId, a.status]] : []))));
  const mutation = useMutation({
    mutationFn: () => putAttendance(teamId, detail.occurrence.id, Object.entries(status).filter(([, s]) => s !== '').map(([userId, s]) => ({ userId, status: s }))),
    onSuccess: (saved) => queryClient.setQueryData(improvementKeys.occurrence(teamId, detail.occurrence.id), saved),
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });
  return (
    <Card title={t('improvement.mode.attendance')} headingLevel={3}>
      <div className="improvement-form">
        {people.map((p) => (
          <Select
            key={p.userId}
            label={p.name}
            value={status[p.userId] ?? ''}
            disabled={!isEditable}
            onChange={(e) => setStatus((s) => ({ ...s, [p.userId]: e.target.value }))}
            options={[{ value: '', label: '—' }, ...(['present', 'absent', 'excused'] as const).map((s) => ({ value: s, label: t(`improvement.mode.${s}`) }))]}
          />
        ))}
      </div>
      {isEditable && <Button onClick={() => mutation.mutate()} isBusy={mutation.isPending}>{t('common.save')}</Button>}
    </Card>
  );
}

function NotesForm({ itemKey, initial, onSave, isBusy }: { itemKey: string; initial: string; onSave: (text: string) => void; isBusy: boolean }) {
  const { t } = useI18n();
  const [text, setText] = useState(initial);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave(text);
      }}
    >
      <label htmlFor={`notes-${itemKey}`}>{t('improvement.mode.notes')}</label>
      <textarea id={`notes-${itemKey}`} className="input" rows={3} value={text} onChange={(e) => setText(e.target.value)} maxLength={8000} />
      <Button type="submit" isBusy={isBusy}>{t('improvement.mode.saveNotes')}</Button>
    </form>
  );
}

function DecisionForm({ teamId, occurrenceId, goalId, onSaved }: { teamId: string; occurrenceId: string; goalId: string | null; onSaved: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const [text, setText] = useState('');
  const [rationale, setRationale] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const mutation = useMutation({
    mutationFn: () => createDecision(teamId, { text, rationale, decidedBy, decidedOn: todayIso(), occurrenceId, goalId }),
    onSuccess: () => {
      setText('');
      setRationale('');
      toast.show(t('improvement.decision.saved'));
      onSaved();
    },
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });
  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <Card title={t('improvement.decision.new')} headingLevel={3}>
      <form className="stack" onSubmit={submit}>
        <TextField label={t('improvement.decision.text')} value={text} onChange={(e) => setText(e.target.value)} required maxLength={4000} />
        <TextField label={t('improvement.decision.rationale')} value={rationale} onChange={(e) => setRationale(e.target.value)} maxLength={4000} />
        <TextField label={t('improvement.decision.decidedBy')} value={decidedBy} onChange={(e) => setDecidedBy(e.target.value)} maxLength={200} />
        <div>
          <Button type="submit" isBusy={mutation.isPending}>{t('improvement.decision.save')}</Button>
        </div>
      </form>
    </Card>
  );
}

function ActionForm({ teamId, occurrenceId, goalId, onSaved }: { teamId: string; occurrenceId: string; goalId: string | null; onSaved: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const { members } = useTeamMembers(teamId);
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const mutation = useMutation({
    mutationFn: () => createAction(teamId, { title, ownerId: ownerId || null, dueDate: dueDate || null, originKind: 'meeting', originId: occurrenceId, occurrenceId, goalId }),
    onSuccess: () => {
      setTitle('');
      setDueDate('');
      toast.show(t('improvement.action.saved'));
      onSaved();
    },
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });
  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <Card title={t('improvement.action.new')} headingLevel={3}>
      <form className="stack" onSubmit={submit}>
        <TextField label={t('improvement.action.title')} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
        <Select label={t('improvement.action.owner')} value={ownerId} onChange={(e) => setOwnerId(e.target.value)} options={[{ value: '', label: t('improvement.goal.noOwner') }, ...members.map((m) => ({ value: m.userId, label: m.name }))]} />
        <TextField label={t('improvement.action.due')} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        <div>
          <Button type="submit" isBusy={mutation.isPending}>{t('improvement.action.save')}</Button>
        </div>
      </form>
    </Card>
  );
}

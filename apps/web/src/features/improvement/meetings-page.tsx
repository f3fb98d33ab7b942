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
import { createMeeting, documentUrl, generateOccurrences, getMeetings, getOccurrences, improvementKeys, type Meeting } from './api';
import { canContribute, canManage, ImprovementNav, todayIso, useTeamMembers } from './shared';

const TYPES = ['huddle', 'improvement', 'mdt', 'quality', 'management', 'other'] as const;
const FREQUENCIES = ['weekly', 'biweekly', 'monthly', 'quarterly', 'custom'] as const;

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** `/teams/:teamId/meetings`: the team's meetings, a form for a new one, planning and recent occurrences. */
export function MeetingsPage() {
  const { t, locale } = useI18n();
  const teamId = useParams().teamId ?? '';
  const { myRole, teamName } = useTeamMembers(teamId);
  const toast = useToast();
  const queryClient = useQueryClient();
  const [isCreating, setIsCreating] = useState(false);
  const meetings = useQuery({ queryKey: improvementKeys.meetings(teamId), queryFn: () => getMeetings(teamId) });
  const from = addDays(todayIso(), -42);
  const occurrences = useQuery({ queryKey: improvementKeys.occurrences(teamId), queryFn: () => getOccurrences(teamId, from, addDays(todayIso(), 92)) });
  const plan = useMutation({
    mutationFn: (meeting: Meeting) => generateOccurrences(teamId, meeting.id, todayIso(), addDays(todayIso(), 92)),
    onSuccess: async () => {
      toast.show(t('improvement.meetings.planned'));
      await queryClient.invalidateQueries({ queryKey: improvementKeys.all(teamId) });
    },
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });
  if (meetings.isPending) return <Spinner />;
  if (meetings.error) return <p className="callout callout-danger" role="alert">{errorMessage(t, meetings.error)}</p>;
  return (
    <>
      <PageHeader
        title={`${t('improvement.meetings.title')} — ${teamName}`}
        description={t('improvement.meetings.description')}
        actions={canManage(myRole) && <Button variant="primary" onClick={() => setIsCreating((v) => !v)} aria-expanded={isCreating}>{t('improvement.meetings.new')}</Button>}
      />
      <ImprovementNav teamId={teamId} />
      <div className="stack">
        {isCreating && <MeetingForm teamId={teamId} onDone={() => setIsCreating(false)} />}
        {meetings.data.meetings.length === 0 && <p className="muted">{t('improvement.meetings.empty')}</p>}
        <div className="improvement-grid">
          {meetings.data.meetings.map((m) => (
            <Card key={m.id} title={m.name} headingLevel={2}>
              <p>
                <Badge tone={m.type === 'mdt' ? 'warning' : 'info'}>{t(`improvement.meeting.type.${m.type}`)}</Badge>{' '}
                {t(`improvement.meeting.frequency.${m.frequency}`)} · {m.startTime} · {m.durationMinutes} min · {t('improvement.meeting.goals', { n: m.goalCount })}
              </p>
              {m.purpose && <p>{m.purpose}</p>}
              {m.chair && <p>{t('improvement.meeting.chair')}: {m.chair.name}</p>}
              {m.nextOccurrence && <p>{t('improvement.meetings.next')}: {formatDateTime(m.nextOccurrence.startsAt, locale)}</p>}
              <div className="row">
                {canContribute(myRole) && <Button onClick={() => plan.mutate(m)} isBusy={plan.isPending && plan.variables.id === m.id}>{t('improvement.meetings.plan')}</Button>}
                <a className="btn btn-ghost" href={documentUrl.factsheet(teamId, m.id, locale)}>{t('improvement.meetings.factsheet')}</a>
              </div>
            </Card>
          ))}
        </div>
        <Card title={t('improvement.meetings.upcoming')}>
          {(occurrences.data?.occurrences.length ?? 0) === 0 ? (
            <p className="muted">{t('improvement.meetings.noOccurrences')}</p>
          ) : (
            <ul className="agenda-list">
              {occurrences.data?.occurrences.map((o) => (
                <li key={o.id} className="agenda-item">
                  <Link to={`/teams/${teamId}/occurrences/${o.id}`}>
                    {formatDate(o.localDate, locale)} — {o.meetingName}
                  </Link>
                  <Badge tone={o.status === 'held' ? 'success' : o.status === 'cancelled' ? 'neutral' : 'info'}>{t(`improvement.occurrence.status.${o.status}`)}</Badge>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}

function MeetingForm({ teamId, onDone }: { teamId: string; onDone: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const { members } = useTeamMembers(teamId);
  const [form, setForm] = useState({ name: '', type: 'improvement', purpose: '', frequency: 'biweekly', rrule: '', chairId: '', location: '', onlineUrl: '', durationMinutes: '60', startDate: todayIso(), startTime: '16:00', standingItems: '' });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const mutation = useMutation({
    mutationFn: () =>
      createMeeting(teamId, {
        name: form.name,
        type: form.type,
        purpose: form.purpose,
        frequency: form.frequency,
        rrule: form.frequency === 'custom' ? form.rrule : null,
        chairId: form.chairId || null,
        location: form.location,
        onlineUrl: form.onlineUrl,
        durationMinutes: Number(form.durationMinutes),
        startDate: form.startDate,
        startTime: form.startTime,
        standingItems: form.standingItems.split('\n').map((s) => s.trim()).filter(Boolean),
      }),
    onSuccess: async () => {
      toast.show(t('improvement.meetings.saved'));
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
    <Card title={t('improvement.meetings.new')}>
      <form className="improvement-form" onSubmit={submit}>
        <TextField label={t('improvement.meeting.name')} value={form.name} onChange={set('name')} required maxLength={200} />
        <Select label={t('improvement.meeting.type')} value={form.type} onChange={set('type')} options={TYPES.map((v) => ({ value: v, label: t(`improvement.meeting.type.${v}`) }))} />
        <Select label={t('improvement.meeting.frequency')} value={form.frequency} onChange={set('frequency')} options={FREQUENCIES.map((v) => ({ value: v, label: t(`improvement.meeting.frequency.${v}`) }))} />
        {form.frequency === 'custom' && <TextField label={t('improvement.meeting.rrule')} value={form.rrule} onChange={set('rrule')} required />}
        <TextField label={t('improvement.meeting.startDate')} type="date" value={form.startDate} onChange={set('startDate')} required />
        <TextField label={t('improvement.meeting.startTime')} type="time" value={form.startTime} onChange={set('startTime')} required />
        <TextField label={t('improvement.meeting.duration')} type="number" min={5} max={600} value={form.durationMinutes} onChange={set('durationMinutes')} />
        <Select label={t('improvement.meeting.chair')} value={form.chairId} onChange={set('chairId')} options={[{ value: '', label: t('improvement.goal.noOwner') }, ...members.map((m) => ({ value: m.userId, label: m.name }))]} />
        <TextField label={t('improvement.meeting.location')} value={form.location} onChange={set('location')} />
        <TextField label={t('improvement.meeting.onlineUrl')} type="url" value={form.onlineUrl} onChange={set('onlineUrl')} />
        <TextField className="span-all" label={t('improvement.meeting.purpose')} value={form.purpose} onChange={set('purpose')} />
        <label className="span-all">
          {t('improvement.meeting.standingItems')}
          <textarea className="input" rows={3} value={form.standingItems} onChange={set('standingItems')} />
        </label>
        <div>
          <Button type="submit" variant="primary" isBusy={mutation.isPending}>{t('improvement.meetings.save')}</Button>
        </div>
      </form>
    </Card>
  );
}

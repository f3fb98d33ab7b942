import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../../i18n/error-message';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { TextField } from '../../ui/text-field';
import { useToast } from '../../ui/toast';
import { AgendaItemDetails, agendaTitle } from './agenda-item';
import { documentUrl, getOccurrence, improvementKeys, updateOccurrence, type OccurrenceDetail } from './api';
import { MeetingMode } from './meeting-mode';
import { canContribute, ImprovementNav, useTeamMembers } from './shared';

/** `/teams/:teamId/occurrences/:occurrenceId`: the generated agenda (reorder, hide, add) and meeting mode. */
export function OccurrencePage() {
  const { t, locale } = useI18n();
  const { teamId = '', occurrenceId = '' } = useParams();
  const { myRole } = useTeamMembers(teamId);
  const [isMeetingMode, setIsMeetingMode] = useState(false);
  const { data, error, isPending } = useQuery({ queryKey: improvementKeys.occurrence(teamId, occurrenceId), queryFn: () => getOccurrence(teamId, occurrenceId) });
  if (isPending) return <Spinner />;
  if (error) return <p className="callout callout-danger" role="alert">{errorMessage(t, error)}</p>;
  const isEditable = canContribute(myRole);
  if (isMeetingMode) return <MeetingMode teamId={teamId} detail={data} isEditable={isEditable} onExit={() => setIsMeetingMode(false)} />;
  return (
    <>
      <PageHeader
        title={`${data.meeting.name} — ${formatDate(data.occurrence.localDate, locale)}`}
        description={<Badge tone="info">{t(`improvement.occurrence.status.${data.occurrence.status}`)}</Badge>}
        actions={
          <>
            <a className="btn btn-ghost" href={documentUrl.minutesMd(teamId, occurrenceId, locale)}>{t('improvement.occurrence.minutesMd')}</a>
            <a className="btn btn-ghost" href={documentUrl.minutesPdf(teamId, occurrenceId, locale)}>{t('improvement.occurrence.minutesPdf')}</a>
            <Button variant="primary" onClick={() => setIsMeetingMode(true)}>{t('improvement.occurrence.meetingMode')}</Button>
          </>
        }
      />
      <ImprovementNav teamId={teamId} />
      <AgendaEditor teamId={teamId} detail={data} isEditable={isEditable} />
    </>
  );
}

/** The agenda with the chair's controls: move up/down, hide, add an item (saved as occurrence overrides). */
export function AgendaEditor({ teamId, detail, isEditable }: { teamId: string; detail: OccurrenceDetail; isEditable: boolean }) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [newTitle, setNewTitle] = useState('');
  const mutation = useMutation({
    mutationFn: (body: Record<string, unknown>) => updateOccurrence(teamId, detail.occurrence.id, body),
    onSuccess: (saved) => queryClient.setQueryData(improvementKeys.occurrence(teamId, detail.occurrence.id), saved),
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });
  const keys = detail.agenda.map((i) => i.key);
  const move = (index: number, delta: number) => {
    const order = [...keys];
    const [item] = order.splice(index, 1);
    order.splice(index + delta, 0, item!);
    mutation.mutate({ agendaOverrides: { ...detail.occurrence.agendaOverrides, order } });
  };
  const hide = (key: string) => mutation.mutate({ agendaOverrides: { order: keys.filter((k) => k !== key), hidden: [...(detail.occurrence.agendaOverrides.hidden ?? []), key] } });
  const add = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!newTitle.trim()) return;
    const id = `x${Date.now().toString(36)}`;
    const closing = keys.indexOf('closing');
    const order = [...keys];
    order.splice(closing < 0 ? order.length : closing, 0, `extra:${id}`);
    mutation.mutate({ extraItems: [...detail.occurrence.extraItems, { id, title: newTitle.trim() }], agendaOverrides: { ...detail.occurrence.agendaOverrides, order } });
    setNewTitle('');
  };
  return (
    <Card title={t('improvement.agenda.title')}>
      <ol className="agenda-list">
        {detail.agenda.map((item, index) => (
          <li key={item.key} className="agenda-item">
            <div className="agenda-item-body">
              <h3>
                {index + 1}. {agendaTitle(t, item)}
              </h3>
              <AgendaItemDetails item={item} />
            </div>
            {isEditable && (
              <div className="agenda-item-tools">
                <Button variant="ghost" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`${t('improvement.agenda.up')}: ${agendaTitle(t, item)}`}>↑</Button>
                <Button variant="ghost" disabled={index === detail.agenda.length - 1} onClick={() => move(index, 1)} aria-label={`${t('improvement.agenda.down')}: ${agendaTitle(t, item)}`}>↓</Button>
                <Button variant="ghost" onClick={() => hide(item.key)} aria-label={`${t('improvement.agenda.hide')}: ${agendaTitle(t, item)}`}>×</Button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {isEditable && (
        <form className="improvement-form" onSubmit={add}>
          <TextField label={t('improvement.agenda.addTitle')} value={newTitle} onChange={(e) => setNewTitle(e.target.value)} maxLength={300} />
          <div>
            <Button type="submit" isBusy={mutation.isPending}>{t('improvement.agenda.add')}</Button>
          </div>
        </form>
      )}
    </Card>
  );
}

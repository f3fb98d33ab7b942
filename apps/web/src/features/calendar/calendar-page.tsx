import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { queryKeys } from '../../api/query-keys';
import { getTeam } from '../../api/teams';
import { errorMessage } from '../../i18n/error-message';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { Badge, type BadgeTone } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { PageHeader } from '../../ui/page-header';
import { TextField } from '../../ui/text-field';
import { useToast } from '../../ui/toast';
import { ImprovementNav, todayIso } from '../improvement/shared';
import { copyText } from '../teams/copy-text';
import {
  calendarKeys,
  createFeed,
  getCalendar,
  getFeedStatus,
  revokeFeed,
  type CalendarItem,
  type FeedCreated,
} from './api';
import './calendar.css';

const KIND_TONE: Record<CalendarItem['kind'], BadgeTone> = {
  meeting: 'info',
  'pdsa-check': 'success',
  'action-due': 'neutral',
  'goal-deadline': 'warning',
};

/** The first day of this month and the last day of the month two months on (YYYY-MM-DD). */
function defaultRange(): { from: string; to: string } {
  const today = todayIso();
  const [y, m] = today.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m + 2, 0));
  return { from: `${today.slice(0, 7)}-01`, to: end.toISOString().slice(0, 10) };
}

/** `/teams/:teamId/calendar`: meetings, PDSA checks, actions due and goal deadlines by month; the iCalendar feed. */
export function CalendarPage() {
  const { t, locale } = useI18n();
  const teamId = useParams().teamId ?? '';
  const team = useQuery({ queryKey: queryKeys.team(teamId), queryFn: () => getTeam(teamId) });
  const [range, setRange] = useState(defaultRange);
  const isValid = range.from !== '' && range.to !== '' && range.from <= range.to;
  const calendar = useQuery({
    queryKey: calendarKeys.range(teamId, range.from, range.to),
    queryFn: () => getCalendar(teamId, range.from, range.to),
    enabled: isValid,
  });
  const months = new Map<string, CalendarItem[]>();
  for (const item of calendar.data?.items ?? []) {
    const key = item.date.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), item]);
  }
  const monthName = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (
    <>
      <PageHeader
        title={`${t('cycles.calendar.title')} — ${team.data?.name ?? ''}`}
        description={t('cycles.calendar.description')}
      />
      <ImprovementNav teamId={teamId} />
      <div className="stack">
        <Card title={t('cycles.calendar.range')}>
          <form className="calendar-range" onSubmit={(e) => e.preventDefault()}>
            <TextField
              label={t('cycles.calendar.from')}
              type="date"
              value={range.from}
              onChange={(e) => setRange((r) => ({ ...r, from: e.target.value }))}
            />
            <TextField
              label={t('cycles.calendar.to')}
              type="date"
              value={range.to}
              onChange={(e) => setRange((r) => ({ ...r, to: e.target.value }))}
              error={isValid ? undefined : t('cycles.calendar.badRange')}
            />
          </form>
        </Card>
        {calendar.error && (
          <p className="callout callout-danger" role="alert">
            {errorMessage(t, calendar.error)}
          </p>
        )}
        {calendar.data && months.size === 0 && <p className="muted">{t('cycles.calendar.empty')}</p>}
        {[...months.entries()].map(([month, items]) => (
          <section key={month} className="calendar-month" aria-labelledby={`month-${month}`}>
            <h2 id={`month-${month}`}>{monthName.format(new Date(`${month}-01T00:00:00Z`))}</h2>
            <ul className="calendar-items">
              {items.map((item) => (
                <li key={`${item.kind}:${item.id}:${item.date}`} className="calendar-item">
                  <span>
                    {item.startsAt ? formatDateTime(item.startsAt, locale) : formatDate(item.date, locale)}
                  </span>
                  <span>
                    <Badge tone={KIND_TONE[item.kind]}>{t(`cycles.calendar.kind.${item.kind}`)}</Badge>{' '}
                    {item.overdue && <Badge tone="danger">{t('cycles.calendar.overdue')}</Badge>}
                  </span>
                  <Link to={item.path}>{item.title}</Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {team.data && <FeedBlock organisationId={team.data.organisationId} />}
      </div>
    </>
  );
}

/** The personal iCalendar feed: create, regenerate (the old URL stops working) or revoke. The URL is shown once. */
function FeedBlock({ organisationId }: { organisationId: string }) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<FeedCreated | null>(null);
  const status = useQuery({
    queryKey: calendarKeys.feed(organisationId),
    queryFn: () => getFeedStatus(organisationId),
  });
  const create = useMutation({
    mutationFn: () => createFeed(organisationId),
    onSuccess: (feed) => {
      setCreated(feed);
      queryClient.setQueryData(calendarKeys.feed(organisationId), {
        active: feed.active,
        createdAt: feed.createdAt,
        lastUsedAt: feed.lastUsedAt,
      });
    },
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });
  const revoke = useMutation({
    mutationFn: () => revokeFeed(organisationId),
    onSuccess: () => {
      setCreated(null);
      toast.show(t('cycles.feed.revoked'), 'success');
      return queryClient.invalidateQueries({ queryKey: calendarKeys.feed(organisationId) });
    },
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });
  const url = created ? new URL(created.url, window.location.origin).toString() : null;
  const isActive = status.data?.active ?? false;
  return (
    <Card title={t('cycles.feed.title')}>
      <div className="stack">
        <p>{t('cycles.feed.description')}</p>
        {status.data && (
          <p className="muted">
            {isActive
              ? t('cycles.feed.active', {
                  date: status.data.createdAt ? formatDate(status.data.createdAt, locale) : '—',
                })
              : t('cycles.feed.inactive')}
          </p>
        )}
        {url && (
          <>
            <p className="callout callout-success" role="status">
              {t('cycles.feed.once')}
            </p>
            <div className="calendar-feed-url">
              <TextField
                label={t('cycles.feed.url')}
                value={url}
                readOnly
                className="mono"
                onFocus={(e) => e.target.select()}
              />
              <Button
                onClick={() =>
                  void copyText(url).then((ok) => {
                    if (ok) toast.show(t('common.copied'));
                  })
                }
              >
                {t('common.copy')}
              </Button>
            </div>
          </>
        )}
        <div className="row">
          <Button variant="primary" isBusy={create.isPending} onClick={() => create.mutate()}>
            {isActive ? t('cycles.feed.regenerate') : t('cycles.feed.create')}
          </Button>
          {isActive && (
            <Button variant="danger" isBusy={revoke.isPending} onClick={() => revoke.mutate()}>
              {t('cycles.feed.revoke')}
            </Button>
          )}
        </div>
      </div>
    </Card>
  );
}

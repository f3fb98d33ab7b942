import { stepMove } from '@leerlus/contracts/cycles';
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
import { Select } from '../../ui/select';
import { TextField } from '../../ui/text-field';
import { useToast } from '../../ui/toast';
import { getGoals, improvementKeys } from '../improvement/api';
import { canContribute, ImprovementNav, todayIso, useTeamMembers } from '../improvement/shared';
import { boardKeys, createCard, getBoard, moveBoardItem, type Board, type BoardItem } from './api';
import './board.css';

type Direction = 'left' | 'right' | 'up' | 'down';
const DIRECTIONS: { direction: Direction; arrow: string }[] = [
  { direction: 'left', arrow: '←' },
  { direction: 'up', arrow: '↑' },
  { direction: 'down', arrow: '↓' },
  { direction: 'right', arrow: '→' },
];

/** `/teams/:teamId/board`: the improvement board (kanban) with keyboard moves, filters and new cards. */
export function BoardPage() {
  const { t, locale } = useI18n();
  const teamId = useParams().teamId ?? '';
  const { members, myRole, teamName } = useTeamMembers(teamId);
  const toast = useToast();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState({ goalId: '', ownerId: '' });
  const [isFullScreen, setIsFullScreen] = useState(false);
  const [isAdding, setIsAdding] = useState(false);
  const query = { goalId: filter.goalId || undefined, ownerId: filter.ownerId || undefined };
  const board = useQuery({
    queryKey: boardKeys.board(teamId, query),
    queryFn: () => getBoard(teamId, query),
  });
  const goals = useQuery({ queryKey: improvementKeys.goals(teamId), queryFn: () => getGoals(teamId) });
  const move = useMutation({
    mutationFn: (body: Parameters<typeof moveBoardItem>[1]) => moveBoardItem(teamId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: boardKeys.all(teamId) });
    },
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });
  const isEditable = canContribute(myRole);
  const columns = board.data?.columns ?? [];
  const label = (c: Board['columns'][number]) => (locale === 'en' ? c.labelEn : c.labelNl);

  const onMove = (item: BoardItem, direction: Direction) => {
    const target = stepMove(columns, item, direction);
    if (target) move.mutate({ kind: item.kind, id: item.id, ...target });
  };

  const content = (
    <div className="stack">
      <form className="board-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Select
          label={t('cycles.board.filterGoal')}
          value={filter.goalId}
          onChange={(e) => setFilter((f) => ({ ...f, goalId: e.target.value }))}
          options={[
            { value: '', label: t('cycles.board.all') },
            ...(goals.data?.goals ?? []).map((g) => ({ value: g.id, label: g.title })),
          ]}
        />
        <Select
          label={t('cycles.board.filterOwner')}
          value={filter.ownerId}
          onChange={(e) => setFilter((f) => ({ ...f, ownerId: e.target.value }))}
          options={[
            { value: '', label: t('cycles.board.all') },
            ...members.map((m) => ({ value: m.userId, label: m.name })),
          ]}
        />
        <div className="row">
          {isEditable && (
            <Button variant="primary" onClick={() => setIsAdding((v) => !v)} aria-expanded={isAdding}>
              {t('cycles.card.new')}
            </Button>
          )}
          <Button onClick={() => setIsFullScreen((v) => !v)} aria-pressed={isFullScreen}>
            {isFullScreen ? t('cycles.board.exitFullScreen') : t('cycles.board.fullScreen')}
          </Button>
        </div>
      </form>
      {isAdding && (
        <NewCardForm
          teamId={teamId}
          goals={goals.data?.goals ?? []}
          members={members}
          onDone={() => setIsAdding(false)}
        />
      )}
      {board.error && (
        <p className="callout callout-danger" role="alert">
          {errorMessage(t, board.error)}
        </p>
      )}
      <div className="board-columns">
        {columns.map((column, c) => (
          <section key={column.id} className="board-column" aria-labelledby={`col-${column.id}`}>
            <h2 id={`col-${column.id}`}>
              <span>{label(column)}</span>
              <Badge
                tone={
                  column.wipLimit !== null && column.items.length > column.wipLimit ? 'warning' : 'neutral'
                }
              >
                {column.wipLimit !== null ? `${column.items.length}/${column.wipLimit}` : column.items.length}
              </Badge>
            </h2>
            {column.items.length === 0 ? (
              <p className="muted">{t('cycles.board.emptyColumn')}</p>
            ) : (
              <ul className="board-items">
                {column.items.map((item, i) => (
                  <li key={`${item.kind}:${item.id}`} className="board-item">
                    <Badge
                      tone={item.kind === 'pdsa' ? 'info' : item.kind === 'action' ? 'neutral' : 'success'}
                    >
                      {t(`cycles.board.kind.${item.kind}`)}
                    </Badge>
                    <h3>{item.title}</h3>
                    {item.detail && <p className="board-item-meta">{item.detail}</p>}
                    <p className="board-item-meta">
                      {[item.owner?.name, item.date ? formatDate(item.date, locale) : null, item.goal?.title]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                    {isEditable && (
                      <div
                        className="board-item-moves"
                        role="group"
                        aria-label={t('cycles.board.moveGroup', { title: item.title })}
                      >
                        {DIRECTIONS.map(({ direction, arrow }) => {
                          const isPossible =
                            direction === 'left'
                              ? c > 0
                              : direction === 'right'
                                ? c < columns.length - 1
                                : direction === 'up'
                                  ? i > 0
                                  : i < column.items.length - 1;
                          return (
                            <Button
                              key={direction}
                              variant="ghost"
                              disabled={!isPossible || move.isPending}
                              aria-label={t(`cycles.board.move.${direction}`, { title: item.title })}
                              title={t(`cycles.board.move.${direction}`, { title: item.title })}
                              onClick={() => onMove(item, direction)}
                            >
                              {arrow}
                            </Button>
                          );
                        })}
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </div>
  );

  return (
    <>
      <PageHeader
        title={`${t('cycles.board.title')} — ${teamName}`}
        description={t('cycles.board.description')}
      />
      <ImprovementNav teamId={teamId} />
      {isFullScreen ? (
        <div className="board-fullscreen" role="region" aria-label={t('cycles.board.title')}>
          {content}
        </div>
      ) : (
        content
      )}
    </>
  );
}

function NewCardForm({
  teamId,
  goals,
  members,
  onDone,
}: {
  teamId: string;
  goals: { id: string; title: string }[];
  members: { userId: string; name: string }[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    problem: '',
    idea: '',
    submittedBy: '',
    cardDate: todayIso(),
    goalId: '',
    ownerId: '',
  });
  const create = useMutation({
    mutationFn: () =>
      createCard(teamId, {
        problem: form.problem.trim(),
        idea: form.idea.trim(),
        submittedBy: form.submittedBy.trim(),
        cardDate: form.cardDate,
        goalId: form.goalId || null,
        ownerId: form.ownerId || null,
      }),
    onSuccess: async () => {
      toast.show(t('cycles.card.created'), 'success');
      await queryClient.invalidateQueries({ queryKey: boardKeys.all(teamId) });
      onDone();
    },
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Card title={t('cycles.card.new')}>
      <form className="improvement-form" onSubmit={submit}>
        <TextField
          className="span-all"
          label={t('cycles.card.problem')}
          value={form.problem}
          onChange={set('problem')}
          required
          maxLength={2000}
        />
        <TextField label={t('cycles.card.idea')} value={form.idea} onChange={set('idea')} maxLength={2000} />
        <TextField
          label={t('cycles.card.submittedBy')}
          value={form.submittedBy}
          onChange={set('submittedBy')}
          maxLength={200}
        />
        <TextField
          label={t('cycles.card.date')}
          type="date"
          value={form.cardDate}
          onChange={set('cardDate')}
          required
        />
        <Select
          label={t('cycles.card.goal')}
          value={form.goalId}
          onChange={set('goalId')}
          options={[{ value: '', label: '—' }, ...goals.map((g) => ({ value: g.id, label: g.title }))]}
        />
        <Select
          label={t('cycles.card.owner')}
          value={form.ownerId}
          onChange={set('ownerId')}
          options={[{ value: '', label: '—' }, ...members.map((m) => ({ value: m.userId, label: m.name }))]}
        />
        <div className="row">
          <Button type="submit" variant="primary" isBusy={create.isPending}>
            {t('cycles.card.save')}
          </Button>
          <Button onClick={onDone}>{t('common.cancel')}</Button>
        </div>
      </form>
    </Card>
  );
}

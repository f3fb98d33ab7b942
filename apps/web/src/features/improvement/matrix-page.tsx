import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { useToast } from '../../ui/toast';
import { documentUrl, getMatrix, improvementKeys, putMatrix, type Matrix, type MatrixCellInput } from './api';
import { canManage, ImprovementNav, useTeamMembers } from './shared';

type Cadence = MatrixCellInput['cadence'];
const key = (goalId: string, meetingId: string) => `${goalId}/${meetingId}`;

/** `/teams/:teamId/matrix`: the editable meeting × goal grid with its warnings and the poster. */
export function MatrixPage() {
  const { t, locale } = useI18n();
  const teamId = useParams().teamId ?? '';
  const { myRole, teamName } = useTeamMembers(teamId);
  const { data, error, isPending } = useQuery({ queryKey: improvementKeys.matrix(teamId), queryFn: () => getMatrix(teamId) });
  if (isPending) return <Spinner />;
  if (error) return <p className="callout callout-danger" role="alert">{errorMessage(t, error)}</p>;
  return (
    <>
      <PageHeader
        title={`${t('improvement.matrix.title')} — ${teamName}`}
        description={t('improvement.matrix.description')}
        actions={<a className="btn btn-secondary" href={documentUrl.poster(teamId, locale)}>{t('improvement.matrix.poster')}</a>}
      />
      <ImprovementNav teamId={teamId} />
      <MatrixEditor teamId={teamId} matrix={data} isEditable={canManage(myRole)} />
    </>
  );
}

/** The grid: one select per cell (none / every / every n-th with n / quarterly); saved as a whole. */
export function MatrixEditor({ teamId, matrix, isEditable }: { teamId: string; matrix: Matrix; isEditable: boolean }) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const toCells = (m: Matrix) => new Map(m.cells.map((c) => [key(c.goalId, c.meetingId), { cadence: c.cadence, nth: c.nth }]));
  const [cells, setCells] = useState(() => toCells(matrix));
  useEffect(() => setCells(toCells(matrix)), [matrix]);
  const mutation = useMutation({
    mutationFn: () =>
      putMatrix(
        teamId,
        [...cells.entries()].map(([k, c]) => {
          const [goalId = '', meetingId = ''] = k.split('/');
          return { goalId, meetingId, cadence: c.cadence, nth: c.cadence === 'every-nth' ? (c.nth ?? 2) : null };
        }),
      ),
    onSuccess: async (saved) => {
      toast.show(t('improvement.matrix.saved'));
      queryClient.setQueryData(improvementKeys.matrix(teamId), saved);
      await queryClient.invalidateQueries({ queryKey: improvementKeys.goals(teamId) });
    },
    onError: (error) => toast.show(errorMessage(t, error), 'error'),
  });
  const setCell = (goalId: string, meetingId: string, cadence: Cadence | '', nth?: number) =>
    setCells((prev) => {
      const next = new Map(prev);
      if (cadence === '') next.delete(key(goalId, meetingId));
      else next.set(key(goalId, meetingId), { cadence, nth: cadence === 'every-nth' ? (nth ?? prev.get(key(goalId, meetingId))?.nth ?? 2) : null });
      return next;
    });
  if (matrix.goals.length === 0 || matrix.meetings.length === 0) return <p className="muted">{t('improvement.matrix.empty')}</p>;
  const subjectOf = (w: Matrix['warnings'][number]) => ('goalId' in w ? (matrix.goals.find((g) => g.id === w.goalId)?.title ?? '') : (matrix.meetings.find((m) => m.id === w.meetingId)?.name ?? ''));
  return (
    <div className="stack">
      <Card title={t('improvement.matrix.warnings')}>
        {matrix.warnings.length === 0 ? (
          <p className="muted">{t('improvement.matrix.noWarnings')}</p>
        ) : (
          <ul className="warning-list" aria-live="polite">
            {matrix.warnings.map((w, i) => (
              <li key={i}>{t(`improvement.warning.${w.code}`, { subject: subjectOf(w) })}</li>
            ))}
          </ul>
        )}
      </Card>
      <div className="matrix-wrap" role="region" aria-label={t('improvement.matrix.title')} tabIndex={0}>
        <table className="matrix-table">
          <thead>
            <tr>
              <th scope="col">{t('improvement.matrix.goal')}</th>
              {matrix.meetings.map((m) => (
                <th key={m.id} scope="col">
                  {m.name}
                  <br />
                  <span className="muted">{t(`improvement.meeting.frequency.${m.frequency}`)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.goals.map((g) => (
              <tr key={g.id}>
                <th scope="row">
                  {g.title}
                  {g.ownerName && <div className="muted">{g.ownerName}</div>}
                </th>
                {matrix.meetings.map((m) => {
                  const cell = cells.get(key(g.id, m.id));
                  const label = t('improvement.matrix.cellLabel', { goal: g.title, meeting: m.name });
                  return (
                    <td key={m.id} className={cell ? 'matrix-on' : undefined}>
                      <div className="matrix-cell">
                        <select aria-label={label} value={cell?.cadence ?? ''} disabled={!isEditable} onChange={(e) => setCell(g.id, m.id, e.target.value as Cadence | '')} className="input">
                          <option value="">{t('improvement.matrix.cadence.none')}</option>
                          {(['every', 'every-nth', 'quarterly'] as const).map((c) => (
                            <option key={c} value={c}>{t(`improvement.matrix.cadence.${c}`)}</option>
                          ))}
                        </select>
                        {cell?.cadence === 'every-nth' && (
                          <input
                            type="number"
                            min={2}
                            max={52}
                            aria-label={`${label}: ${t('improvement.matrix.nth')}`}
                            value={cell.nth ?? 2}
                            disabled={!isEditable}
                            onChange={(e) => setCell(g.id, m.id, 'every-nth', Number(e.target.value))}
                            className="input"
                          />
                        )}
                      </div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isEditable && (
        <div>
          <Button variant="primary" onClick={() => mutation.mutate()} isBusy={mutation.isPending}>{t('improvement.matrix.save')}</Button>
        </div>
      )}
    </div>
  );
}

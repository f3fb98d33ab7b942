import type { AssessmentDetail } from '@leerlus/contracts/maturity';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { getAssessment, lockAssessment, maturityKeys, saveAnswers, submitAssessment, submitMyAnswers } from '../../api/maturity';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { useToast } from '../../ui/toast';
import './maturity.css';

type Draft = Record<string, { value: number | 'na' | null; evidence: string; comment: string }>;

const draftOf = (detail: AssessmentDetail): Draft =>
  Object.fromEntries(detail.answers.map((a) => [a.itemId, { value: a.value, evidence: a.evidence, comment: a.comment }]));

/** `/teams/:teamId/maturity/assessments/:id`: answer a measurement (levels with descriptions, evidence, comment). */
export function AnswerPage() {
  const { teamId = '', assessmentId = '' } = useParams();
  const { t } = useI18n();
  const query = useQuery({ queryKey: maturityKeys.assessment(teamId, assessmentId), queryFn: () => getAssessment(teamId, assessmentId) });
  if (query.isPending) return <Spinner />;
  if (query.error) return <p className="callout callout-danger" role="alert">{errorMessage(t, query.error)}</p>;
  return <AnswerForm key={query.dataUpdatedAt} teamId={teamId} detail={query.data} />;
}

function AnswerForm({ teamId, detail }: { teamId: string; detail: AssessmentDetail }) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(detail));
  const { assessment, definition } = detail;
  const id = assessment.id;
  const items = definition.themes.flatMap((th) => th.items);
  const answered = items.filter((i) => draft[i.id]?.value != null).length;
  const refresh = () => queryClient.invalidateQueries({ queryKey: maturityKeys.all(teamId) });

  const save = useMutation({
    mutationFn: () => {
      const answers = Object.entries(draft).flatMap(([itemId, a]) => (a.value === null ? [] : [{ itemId, value: a.value, evidence: a.evidence, comment: a.comment }]));
      return answers.length === 0 ? Promise.resolve(detail) : saveAnswers(teamId, id, { answers });
    },
    onSuccess: async () => {
      toast.show(t('maturity.answer.saved'), 'success');
      await refresh();
    },
  });
  const submitMine = useMutation({
    mutationFn: async () => {
      await save.mutateAsync();
      await submitMyAnswers(teamId, id);
    },
    onSuccess: refresh,
  });
  const finish = useMutation({
    mutationFn: async () => {
      if (detail.canAnswer) await save.mutateAsync();
      await submitAssessment(teamId, id);
    },
    onSuccess: async () => {
      toast.show(t('maturity.submitted'), 'success');
      await refresh();
      await navigate(`/teams/${teamId}/maturity/assessments/${id}/results`);
    },
  });
  const lock = useMutation({ mutationFn: () => lockAssessment(teamId, id), onSuccess: refresh });
  const error = save.error ?? submitMine.error ?? finish.error ?? lock.error;
  const set = (itemId: string, patch: Partial<Draft[string]>) =>
    setDraft((d) => ({ ...d, [itemId]: { value: null, evidence: '', comment: '', ...d[itemId], ...patch } }));
  const readOnly = !detail.canAnswer;

  return (
    <>
      <PageHeader
        title={t('maturity.answer.title', { instrument: definition.title[locale] })}
        description={
          <span className="row">
            <Badge tone="info">{t(assessment.kind === 'baseline' ? 'maturity.kind.baseline' : 'maturity.kind.remeasurement')}</Badge>
            <Badge tone={assessment.status === 'draft' ? 'info' : 'success'}>{t(`maturity.status.${assessment.status}`)}</Badge>
            <Link to={`/teams/${teamId}/maturity`}>{t('maturity.title')}</Link>
          </span>
        }
      />
      <p>{assessment.mode === 'session' ? t('maturity.answer.sessionIntro') : t('maturity.answer.intro')}</p>
      {readOnly && <p className="callout callout-info">{t('maturity.answer.readOnly')}</p>}
      {detail.isSubmittedByMe && <p className="callout callout-success">{t('maturity.answer.submittedMine')}</p>}
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        {definition.themes.map((theme) => (
          <Card key={theme.id} title={theme.title[locale]}>
            {theme.items.map((item) => {
              const current = draft[item.id];
              const name = `item-${item.id}`;
              return (
                <fieldset key={item.id} className="maturity-item" id={name} disabled={readOnly}>
                  <legend>{item.text[locale]}</legend>
                  <div className="maturity-options" role="radiogroup" aria-label={item.text[locale]}>
                    {definition.scale.options.map((o) => (
                      <label key={o.value} className="maturity-option">
                        <input type="radio" name={name} value={o.value} checked={current?.value === o.value} onChange={() => set(item.id, { value: o.value })} />
                        <span>
                          <span className="maturity-option-label">{o.label[locale]}</span>
                          {item.levels?.[String(o.value)] && <span className="muted"> — {item.levels[String(o.value)]![locale]}</span>}
                        </span>
                      </label>
                    ))}
                    {definition.scale.allowNotApplicable && (
                      <label className="maturity-option">
                        <input type="radio" name={name} value="na" checked={current?.value === 'na'} onChange={() => set(item.id, { value: 'na' })} />
                        <span className="maturity-option-label">{t('maturity.answer.na')}</span>
                      </label>
                    )}
                  </div>
                  <div className="maturity-notes">
                    <label>
                      {t('maturity.answer.evidence')}
                      <textarea className="input" value={current?.evidence ?? ''} maxLength={4000} onChange={(e) => set(item.id, { evidence: e.target.value })} />
                    </label>
                    <label>
                      {t('maturity.answer.comment')}
                      <textarea className="input" value={current?.comment ?? ''} maxLength={4000} onChange={(e) => set(item.id, { comment: e.target.value })} />
                    </label>
                  </div>
                </fieldset>
              );
            })}
          </Card>
        ))}
        {error && <p className="callout callout-danger" role="alert">{errorMessage(t, error)}</p>}
        <div className="row maturity-actions-bar">
          <span aria-live="polite">{t('maturity.answer.progress', { answered, total: items.length })}</span>
          {!readOnly && (
            <Button type="submit" isBusy={save.isPending}>
              {t('maturity.answer.saveDraft')}
            </Button>
          )}
          {!readOnly && assessment.mode === 'individual' && assessment.status === 'draft' && (
            <Button variant="primary" isBusy={submitMine.isPending} onClick={() => submitMine.mutate()}>
              {t('maturity.answer.submitMine')}
            </Button>
          )}
          {detail.canManage && assessment.status === 'draft' && (
            <Button variant="primary" isBusy={finish.isPending} onClick={() => finish.mutate()}>
              {t('maturity.submit')}
            </Button>
          )}
          {detail.canManage && assessment.status === 'submitted' && (
            <Button isBusy={lock.isPending} onClick={() => lock.mutate()}>
              {t('maturity.lock')}
            </Button>
          )}
          <Link to={`/teams/${teamId}/maturity/assessments/${id}/results`}>{t('maturity.results')}</Link>
        </div>
      </form>
    </>
  );
}

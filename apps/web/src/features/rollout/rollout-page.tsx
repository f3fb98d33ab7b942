import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import type { PlainMessageKey } from '../../i18n/translate';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { ImprovementNav, useTeamMembers } from '../improvement/shared';
import { getRollout, rolloutKeys, type Rollout } from './api';
import './rollout.css';

type Step = Rollout['steps'][number]['step'];
/** Where the team does the work of each step. */
const STEP_PAGE: Record<Step, string> = {
  'current-situation': 'meetings',
  'target-situation': 'goals',
  purpose: 'matrix',
  process: 'meetings',
  people: 'log',
  embedding: 'board',
};

/** `/teams/:teamId/rollout`: the six steps of setting up the improvement system, with progress from the team's records. */
export function RolloutPage() {
  const { t } = useI18n();
  const teamId = useParams().teamId ?? '';
  const { teamName } = useTeamMembers(teamId);
  const { data, error, isPending } = useQuery({
    queryKey: rolloutKeys.rollout(teamId),
    queryFn: () => getRollout(teamId),
  });
  const label = (key: string) => t(key as PlainMessageKey);
  return (
    <>
      <PageHeader
        title={`${t('cycles.rollout.title')} — ${teamName}`}
        description={t('cycles.rollout.description')}
      />
      <ImprovementNav teamId={teamId} />
      {isPending && <Spinner />}
      {error && (
        <p className="callout callout-danger" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
      {data && (
        <div className="stack">
          <div className="rollout-progress">
            <progress
              max={data.steps.length}
              value={data.done}
              aria-label={t('cycles.rollout.progressLabel')}
            />
            <span>
              {t('cycles.rollout.progress', { done: String(data.done), total: String(data.steps.length) })}
            </span>
          </div>
          <ol className="rollout-steps">
            {data.steps.map((s) => (
              <li key={s.step}>
                <Card title={`${s.number}. ${label(`cycles.rollout.step.${s.step}`)}`}>
                  <p>
                    <Badge tone={s.done ? 'success' : 'neutral'}>
                      {s.done ? t('cycles.rollout.done') : t('cycles.rollout.open')}
                    </Badge>{' '}
                    <span className="muted">
                      {t('cycles.rollout.weeks', { weeks: s.weeks })} ·{' '}
                      {s.roles.map((r) => label(`cycles.rollout.role.${r}`)).join(', ')}
                    </span>
                  </p>
                  <p>{label(`cycles.rollout.stepText.${s.step}`)}</p>
                  <ul
                    className="rollout-checks"
                    aria-label={t('cycles.rollout.checklist', {
                      step: label(`cycles.rollout.step.${s.step}`),
                    })}
                  >
                    {s.checks.map((c) => (
                      <li key={c.key} className="rollout-check">
                        <span className="rollout-check-mark" aria-hidden="true">
                          {c.done ? '✓' : '○'}
                        </span>
                        <span>
                          {label(`cycles.rollout.check.${c.key}`)}
                          <span className="visually-hidden">
                            {' '}
                            — {c.done ? t('cycles.rollout.done') : t('cycles.rollout.open')}
                          </span>
                        </span>
                      </li>
                    ))}
                  </ul>
                  <p>
                    <Link to={`/teams/${teamId}/${STEP_PAGE[s.step]}`}>{t('cycles.rollout.goTo')}</Link>
                  </p>
                </Card>
              </li>
            ))}
          </ol>
        </div>
      )}
    </>
  );
}

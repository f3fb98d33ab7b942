import type { AssessmentResults } from '@leerlus/contracts/maturity';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { exportUrl, getResults, makeGapAction, maturityKeys } from '../../api/maturity';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { Table } from '../../ui/table';
import { useToast } from '../../ui/toast';
import { percent } from './format';
import { MaturityRadar, MaturityTrend } from './maturity-charts';
import './maturity.css';

/** `/teams/:teamId/maturity/assessments/:id/results`: radar, trend, scores, distribution, findings, gaps, exports. */
export function ResultsPage() {
  const { teamId = '', assessmentId = '' } = useParams();
  const { t } = useI18n();
  const query = useQuery({ queryKey: maturityKeys.results(teamId, assessmentId), queryFn: () => getResults(teamId, assessmentId) });
  if (query.isPending) return <Spinner />;
  if (query.error) return <p className="callout callout-danger" role="alert">{errorMessage(t, query.error)}</p>;
  return <Results teamId={teamId} results={query.data} />;
}

function Results({ teamId, results }: { teamId: string; results: AssessmentResults }) {
  const { t, locale, formatDate } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const { definition, assessment } = results;
  const themeTitle = useCallback((id: string) => definition.themes.find((th) => th.id === id)?.title[locale] ?? id, [definition, locale]);
  const itemText = (id: string) => definition.themes.flatMap((th) => th.items).find((i) => i.id === id)?.text[locale] ?? id;
  const kindLabel = useCallback((kind: 'baseline' | 'remeasurement') => t(kind === 'baseline' ? 'maturity.kind.baseline' : 'maturity.kind.remeasurement'), [t]);
  const seriesName = useCallback((s: AssessmentResults['radar']['series'][number]) => `${kindLabel(s.kind)} ${formatDate(s.measuredOn)}`, [kindLabel, formatDate]);
  const action = useMutation({
    mutationFn: (itemId: string) => makeGapAction(teamId, assessment.id, itemId, locale),
    onSuccess: async () => {
      toast.show(t('maturity.results.actionMade'), 'success');
      await queryClient.invalidateQueries({ queryKey: maturityKeys.results(teamId, assessment.id) });
    },
  });
  const optionLabel = (value: number) => definition.scale.options.find((o) => o.value === value)?.label[locale] ?? String(value);
  const hasHistory = results.radar.series.length > 1;

  return (
    <>
      <PageHeader
        title={t('maturity.results.title', { instrument: definition.title[locale] })}
        description={
          <span className="row">
            <Badge tone="info">{kindLabel(assessment.kind)}</Badge>
            <span>{formatDate(assessment.measuredOn)}</span>
            <Link to={`/teams/${teamId}/maturity`}>{t('maturity.title')}</Link>
          </span>
        }
        actions={
          <span className="row">
            <a className="btn btn-secondary" href={exportUrl(teamId, assessment.id, 'pptx', locale)} download>
              {t('maturity.results.downloadDeck')}
            </a>
            <a className="btn btn-secondary" href={exportUrl(teamId, assessment.id, 'pdf', locale)} download>
              {t('maturity.results.downloadPdf')}
            </a>
          </span>
        }
      />
      <p>
        {t('maturity.results.overall', { score: percent(results.overall.percent), respondents: results.respondents, completeness: percent(results.overall.completeness * 100) })}
      </p>
      <div className="stack">
        <div className="maturity-charts">
          <Card title={t('maturity.results.radar')}>
            <p className="visually-hidden">{t('maturity.results.radarAlt')}</p>
            <MaturityRadar results={results} labelOf={themeTitle} seriesName={seriesName} />
          </Card>
          <Card title={t('maturity.results.trend')}>
            <MaturityTrend results={results} labelOf={themeTitle} dateOf={formatDate} />
          </Card>
        </div>

        <Card title={t('maturity.results.themes')}>
          <Table
            caption={t('maturity.results.themes')}
            rows={results.trends}
            rowKey={(r) => r.themeId}
            columns={[
              { key: 'theme', header: t('maturity.results.theme'), isRowHeader: true, cell: (r) => themeTitle(r.themeId) },
              ...results.radar.series.map((s, i) => ({ key: s.assessmentId, header: seriesName(s), align: 'end' as const, cell: (r: (typeof results.trends)[number]) => percent(r.points[i]?.percent) })),
              ...(hasHistory ? [{ key: 'change', header: t('maturity.results.change'), align: 'end' as const, cell: (r: (typeof results.trends)[number]) => (r.delta === null ? '–' : `${r.delta > 0 ? '+' : ''}${Math.round(r.delta)}`) }] : []),
            ]}
          />
        </Card>

        <Card title={t('maturity.results.findings')}>
          <ul>
            {results.findings[locale].map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </Card>

        <Card title={t('maturity.results.gaps')}>
          {results.gaps.length === 0 && <p>{t('maturity.results.noGaps')}</p>}
          {action.error && <p className="callout callout-danger" role="alert">{errorMessage(t, action.error)}</p>}
          <ul className="maturity-gaps">
            {results.gaps.map((g) => (
              <li key={g.itemId} className="maturity-gap" id={`item-${g.itemId}`}>
                <span>
                  <strong>{itemText(g.itemId)}</strong>
                  <br />
                  <span className="muted">
                    {themeTitle(g.themeId)} · {t('maturity.results.value', { value: g.value.toFixed(1), target: g.target })}
                  </span>{' '}
                  {g.isDisagreement && <Badge tone="warning">{t('maturity.results.disagreement')}</Badge>}
                </span>
                {g.actionId ? (
                  <Badge tone="success">{t('maturity.results.hasAction')}</Badge>
                ) : (
                  <Button onClick={() => action.mutate(g.itemId)} isBusy={action.isPending && action.variables === g.itemId} aria-label={`${t('maturity.results.makeAction')}: ${itemText(g.itemId)}`}>
                    {t('maturity.results.makeAction')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </Card>

        <Card title={t('maturity.results.distribution')}>
          <Table
            caption={t('maturity.results.distribution')}
            rows={results.items.filter((i) => i.respondents > 0)}
            rowKey={(i) => i.itemId}
            columns={[
              { key: 'item', header: t('maturity.results.item'), isRowHeader: true, cell: (i) => itemText(i.itemId) },
              ...definition.scale.options.map((o) => ({ key: `v${o.value}`, header: optionLabel(o.value), align: 'end' as const, cell: (i: (typeof results.items)[number]) => String(i.distribution.find((d) => d.value === o.value)?.count ?? 0) })),
              ...(definition.scale.allowNotApplicable ? [{ key: 'na', header: t('maturity.answer.na'), align: 'end' as const, cell: (i: (typeof results.items)[number]) => String(i.notApplicable) }] : []),
              { key: 'mean', header: t('maturity.results.mean'), align: 'end', cell: (i) => (i.mean === null ? '–' : i.mean.toFixed(1)) },
              { key: 'flag', header: '', cell: (i) => (i.isDisagreement ? <Badge tone="warning">{t('maturity.results.disagreement')}</Badge> : null) },
            ]}
          />
        </Card>
      </div>
    </>
  );
}

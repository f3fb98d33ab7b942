import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { listAssessments, listInstruments, maturityKeys, startAssessment } from '../../api/maturity';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { PageHeader } from '../../ui/page-header';
import { Select } from '../../ui/select';
import { Spinner } from '../../ui/spinner';
import { Table } from '../../ui/table';
import { ComparisonCard } from './comparison-card';
import { percent } from './format';
import './maturity.css';

/** `/teams/:teamId/maturity`: the instruments, starting a measurement, the team's measurements, comparison. */
export function MaturityPage() {
  const { t, locale, formatDate } = useI18n();
  const teamId = useParams().teamId ?? '';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const instruments = useQuery({ queryKey: maturityKeys.instruments(teamId), queryFn: () => listInstruments(teamId) });
  const assessments = useQuery({ queryKey: maturityKeys.assessments(teamId), queryFn: () => listAssessments(teamId) });
  const [instrumentId, setInstrumentId] = useState('');
  const [mode, setMode] = useState<'individual' | 'session'>('individual');
  const start = useMutation({
    mutationFn: () => startAssessment(teamId, { instrumentId: instrumentId || instruments.data![0]!.id, mode }),
    onSuccess: async (a) => {
      await queryClient.invalidateQueries({ queryKey: maturityKeys.all(teamId) });
      await navigate(`/teams/${teamId}/maturity/assessments/${a.id}`);
    },
  });

  const error = instruments.error ?? assessments.error;
  if (error) return <p className="callout callout-danger" role="alert">{errorMessage(t, error)}</p>;
  if (!instruments.data || !assessments.data) return <Spinner />;
  const list = assessments.data;
  const available = instruments.data;

  return (
    <>
      <PageHeader title={t('maturity.title')} description={t('maturity.description')} />
      <div className="stack">
        <Card title={t('maturity.instruments')}>
          <ul className="maturity-instruments">
            {available.map((inst) => {
              const latest = list.find((a) => a.instrumentId === inst.id);
              return (
                <li key={inst.id} className="maturity-instrument">
                  <h3>{inst.title[locale]}</h3>
                  <p className="muted">{inst.description[locale]}</p>
                  <p>{latest ? t('maturity.latest', { date: formatDate(latest.measuredOn), score: percent(latest.overallPercent) }) : t('maturity.none')}</p>
                  {latest?.nextDueOn && (
                    <p>
                      {t('maturity.nextDue', { date: formatDate(latest.nextDueOn) })}{' '}
                      {latest.nextDueOn < new Date().toISOString().slice(0, 10) && <Badge tone="warning">{t('maturity.overdue')}</Badge>}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
          <form
            className="maturity-start row"
            onSubmit={(e) => {
              e.preventDefault();
              start.mutate();
            }}
          >
            <Select label={t('maturity.col.instrument')} value={instrumentId} onChange={(e) => setInstrumentId(e.target.value)} options={available.map((i) => ({ value: i.id, label: i.title[locale] }))} />
            <Select
              label={t('maturity.mode')}
              value={mode}
              onChange={(e) => setMode(e.target.value === 'session' ? 'session' : 'individual')}
              options={[
                { value: 'individual', label: t('maturity.mode.individual') },
                { value: 'session', label: t('maturity.mode.session') },
              ]}
            />
            <Button type="submit" variant="primary" isBusy={start.isPending}>
              {t('maturity.start')}
            </Button>
          </form>
          {start.error && <p className="callout callout-danger" role="alert">{errorMessage(t, start.error)}</p>}
        </Card>

        <Card title={t('maturity.measurements')}>
          <Table
            caption={t('maturity.measurements')}
            rows={list}
            rowKey={(a) => a.id}
            columns={[
              { key: 'instrument', header: t('maturity.col.instrument'), isRowHeader: true, cell: (a) => a.instrumentTitle[locale] },
              { key: 'date', header: t('maturity.col.date'), cell: (a) => formatDate(a.measuredOn) },
              { key: 'kind', header: t('maturity.col.kind'), cell: (a) => t(a.kind === 'baseline' ? 'maturity.kind.baseline' : 'maturity.kind.remeasurement') },
              { key: 'status', header: t('maturity.col.status'), cell: (a) => <Badge tone={a.status === 'draft' ? 'info' : 'success'}>{t(`maturity.status.${a.status}`)}</Badge> },
              { key: 'score', header: t('maturity.col.score'), align: 'end', cell: (a) => percent(a.overallPercent) },
              { key: 'respondents', header: t('maturity.col.respondents'), align: 'end', cell: (a) => (a.mode === 'session' ? '–' : String(a.respondents)) },
              {
                key: 'links',
                header: '',
                cell: (a) => (
                  <span className="row">
                    {a.status === 'draft' && <Link to={`/teams/${teamId}/maturity/assessments/${a.id}`}>{t('maturity.open')}</Link>}
                    <Link to={`/teams/${teamId}/maturity/assessments/${a.id}/results`}>{t('maturity.results')}</Link>
                  </span>
                ),
              },
            ]}
          />
        </Card>

        <ComparisonCard teamId={teamId} instruments={available} />
      </div>
    </>
  );
}

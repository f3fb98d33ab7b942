import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { getReadiness, maturityKeys } from '../../api/maturity';
import { useI18n } from '../../i18n/i18n-context';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { percent } from './format';
import './maturity.css';

/** On the team's start page: the must-haves (with a clear message when one is missing) and the next measurements. */
export function ReadinessBlock({ teamId }: { teamId: string }) {
  const { t, locale, formatDate } = useI18n();
  const { data } = useQuery({ queryKey: maturityKeys.readiness(teamId), queryFn: () => getReadiness(teamId) });
  if (!data) return null;
  const textOf = (id: string) => data.mustHaveTexts.find((m) => m.itemId === id)?.text[locale] ?? id;
  const r = data.readiness;
  return (
    <Card title={t('maturity.readiness.title')} className="maturity-readiness" actions={<Link to={`/teams/${teamId}/maturity`}>{t('maturity.link')}</Link>}>
      {!r && <p className="callout callout-warning">{t('maturity.readiness.notMeasured')}</p>}
      {r?.isReady && <p className="callout callout-success">{t('maturity.readiness.ready')}</p>}
      {r && !r.isReady && (
        <div className="callout callout-danger" role="status">
          <p>{t('maturity.readiness.missing')}</p>
          <ul>
            {r.missingMustHaves.map((id) => (
              <li key={id}>{textOf(id)}</li>
            ))}
          </ul>
        </div>
      )}
      {r && <p className="muted">{t('maturity.readiness.niceToHaves', { present: `${r.niceToHavesPresent}/${r.niceToHaves.length}` })}</p>}
      <ul>
        {data.instruments.map((i) => (
          <li key={i.instrumentId}>
            <strong>{i.title[locale]}</strong>: {i.latest ? t('maturity.latest', { date: formatDate(i.latest.measuredOn), score: percent(i.latest.overallPercent) }) : t('maturity.none')}
            {i.nextDueOn && <> · {t('maturity.nextDue', { date: formatDate(i.nextDueOn) })}</>} {i.isOverdue && <Badge tone="warning">{t('maturity.overdue')}</Badge>}
          </li>
        ))}
      </ul>
    </Card>
  );
}

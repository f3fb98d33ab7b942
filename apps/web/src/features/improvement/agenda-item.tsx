import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import type { Translate } from '../../i18n/translate';
import { Badge } from '../../ui/badge';
import { AssuranceIcon } from '../charts/icons/assurance-icon';
import { VariationIcon } from '../charts/icons/variation-icon';
import type { AgendaItem } from './api';
import { ProgressBadge } from './shared';

/** The title of an agenda item in the UI language. */
export function agendaTitle(t: Translate, item: AgendaItem): string {
  switch (item.kind) {
    case 'goal':
      return item.goal.title;
    case 'standing':
      return item.title;
    case 'extra':
      return item.item.title;
    default:
      return t(`improvement.agenda.${item.kind}`);
  }
}

/** The content of an agenda item: for a goal its figures, icons, owner's last status, open actions and PDSA. */
export function AgendaItemDetails({ item }: { item: AgendaItem }) {
  const { t, locale } = useI18n();
  if (item.kind === 'goal') {
    const g = item.goal;
    return (
      <div>
        <p>
          {g.indicatorName && <>{g.indicatorName} · </>}
          {g.ownerName && <>{t('improvement.goal.owner')}: {g.ownerName}</>}
        </p>
        <p className="icon-pair">
          {g.variation && <VariationIcon variation={g.variation as Parameters<typeof VariationIcon>[0]['variation']} size={28} />}
          {g.assurance && <AssuranceIcon assurance={g.assurance as Parameters<typeof AssuranceIcon>[0]['assurance']} size={28} />}
          {g.latest && (
            <span>
              {t('improvement.agenda.latest')}: {g.latest.value.toLocaleString(locale, { maximumFractionDigits: 2 })} ({formatDate(g.latest.period, locale)})
              {g.targetValue !== null && <> · {t('improvement.goal.target')}: {g.targetValue.toLocaleString(locale)}</>}
            </span>
          )}
        </p>
        <p>
          {g.lastStatus ? (
            <>
              <ProgressBadge progress={g.lastStatus.progress} /> {g.lastStatus.explanation}
            </>
          ) : null}{' '}
          {item.statusMissing && <Badge tone="warning">{t('improvement.agenda.statusMissing')}</Badge>}
        </p>
        {item.openActions.length > 0 && (
          <p>
            {t('improvement.agenda.openActions')}: {item.openActions.map((a) => a.title).join('; ')}
          </p>
        )}
        {g.runningPdsa.length > 0 && (
          <p>
            {t('improvement.agenda.runningPdsa')}: {g.runningPdsa.map((p) => p.title).join('; ')}
          </p>
        )}
      </div>
    );
  }
  if (item.kind === 'actions-due') {
    if (item.actions.length === 0) return <p className="muted">{t('improvement.agenda.none')}</p>;
    return (
      <ul>
        {item.actions.map((a) => (
          <li key={a.id}>
            {a.title}
            {a.ownerName && <> ({a.ownerName})</>}
            {a.dueDate && <> · {formatDate(a.dueDate, locale)}</>} {a.overdue && <Badge tone="danger">{t('improvement.agenda.overdue')}</Badge>}
          </li>
        ))}
      </ul>
    );
  }
  if (item.kind === 'extra' && item.item.description) return <p>{item.item.description}</p>;
  return null;
}

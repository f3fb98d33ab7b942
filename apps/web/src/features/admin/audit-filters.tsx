import { useState, type SubmitEvent } from 'react';
import type { AuditFilter } from '../../api/admin';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';

const EMPTY: Required<AuditFilter> = { actor: '', action: '', from: '', to: '' };

/** Filter by actor, action and date range; applied on submit so that typing does not fire queries. */
export function AuditFilters({ onApply }: { onApply: (filter: AuditFilter) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(EMPTY);
  const set = (key: keyof AuditFilter) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: e.target.value });
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, v.trim() || undefined])));
  };
  return (
    <form className="filter-form" aria-label={t('audit.filters')} onSubmit={onSubmit}>
      <TextField label={t('audit.actor')} value={draft.actor} onChange={set('actor')} />
      <TextField
        label={t('audit.action')}
        value={draft.action}
        onChange={set('action')}
        placeholder="auth.login"
      />
      <TextField label={t('audit.from')} type="date" value={draft.from} onChange={set('from')} />
      <TextField
        label={t('audit.to')}
        type="date"
        value={draft.to}
        min={draft.from || undefined}
        onChange={set('to')}
      />
      <div className="row">
        <Button type="submit" variant="primary">
          {t('audit.apply')}
        </Button>
        <Button
          onClick={() => {
            setDraft(EMPTY);
            onApply({});
          }}
        >
          {t('audit.reset')}
        </Button>
      </div>
    </form>
  );
}

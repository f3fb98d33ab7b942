import type { Dashboard } from '@leerlus/contracts/dashboard';
import { useState, type SubmitEvent } from 'react';
import type { DashboardFilters } from '../../api/dashboard';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';

const SEXES = ['female', 'male', 'other', 'unknown'] as const;

type Field = Dashboard['caseMixFields'][number];

/** One case-mix variable's draft: a value (category, yes/no) or a range (number). */
interface Draft {
  value: string;
  min: string;
  max: string;
}

function parseCaseMix(entries: readonly string[]): Map<string, Draft> {
  const out = new Map<string, Draft>();
  for (const entry of entries) {
    const [code = '', ...rest] = entry.split(':');
    const value = rest.join(':');
    const range = /^(.*)\.\.(.*)$/.exec(value);
    out.set(
      code,
      range ? { value: '', min: range[1] ?? '', max: range[2] ?? '' } : { value, min: '', max: '' },
    );
  }
  return out;
}

function caseMixEntries(fields: readonly Field[], drafts: ReadonlyMap<string, Draft>): string[] {
  return fields.flatMap((f) => {
    const d = drafts.get(f.code);
    if (!d) return [];
    if (f.type === 'number') return d.min === '' && d.max === '' ? [] : [`${f.code}:${d.min}..${d.max}`];
    return d.value === '' ? [] : [`${f.code}:${d.value}`];
  });
}

const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text));

/**
 * The dashboard's filters: period (from, to), age band, sex and the case-mix variables of the team's
 * outcome sets. Applied with the button (or Enter), so that typing does not refetch on every key.
 */
export function DashboardFiltersForm({
  filters,
  fields,
  onApply,
}: {
  filters: DashboardFilters;
  fields: readonly Field[];
  onApply: (f: DashboardFilters) => void;
}) {
  const { t } = useI18n();
  const [from, setFrom] = useState(filters.from ?? '');
  const [to, setTo] = useState(filters.to ?? '');
  const [ageMin, setAgeMin] = useState(filters.ageMin?.toString() ?? '');
  const [ageMax, setAgeMax] = useState(filters.ageMax?.toString() ?? '');
  const [sex, setSex] = useState<ReadonlySet<string>>(new Set(filters.sex ?? []));
  const [drafts, setDrafts] = useState(() => parseCaseMix(filters.caseMix ?? []));
  const draft = (code: string) => drafts.get(code) ?? { value: '', min: '', max: '' };
  const setDraft = (code: string, patch: Partial<Draft>) =>
    setDrafts((m) => new Map(m).set(code, { ...draft(code), ...patch }));
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({
      from: from || undefined,
      to: to || undefined,
      ageMin: numberOrUndefined(ageMin),
      ageMax: numberOrUndefined(ageMax),
      sex: [...sex],
      caseMix: caseMixEntries(fields, drafts),
    });
  };
  const reset = () => {
    setFrom('');
    setTo('');
    setAgeMin('');
    setAgeMax('');
    setSex(new Set());
    setDrafts(new Map());
    onApply({});
  };
  const toggleSex = (value: string) =>
    setSex((current) => {
      const next = new Set(current);
      if (!next.delete(value)) next.add(value);
      return next;
    });
  return (
    <form className="dash-filters" onSubmit={submit} aria-label={t('dash.filters')}>
      <TextField
        label={t('dash.filter.from')}
        type="date"
        value={from}
        onChange={(e) => setFrom(e.target.value)}
      />
      <TextField label={t('dash.filter.to')} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      <TextField
        label={t('dash.filter.ageMin')}
        type="number"
        min={0}
        max={130}
        inputMode="numeric"
        value={ageMin}
        onChange={(e) => setAgeMin(e.target.value)}
      />
      <TextField
        label={t('dash.filter.ageMax')}
        type="number"
        min={0}
        max={130}
        inputMode="numeric"
        value={ageMax}
        onChange={(e) => setAgeMax(e.target.value)}
      />
      <fieldset className="dash-sex">
        <legend className="field-label">{t('dash.filter.sex')}</legend>
        {SEXES.map((s) => (
          <label key={s} className="dash-check">
            <input type="checkbox" checked={sex.has(s)} onChange={() => toggleSex(s)} /> {t(`dash.sex.${s}`)}
          </label>
        ))}
      </fieldset>
      {fields.map((f) =>
        f.type === 'number' ? (
          <div key={f.code} className="dash-range">
            <TextField
              label={t('dash.filter.min', { label: f.label })}
              type="number"
              value={draft(f.code).min}
              onChange={(e) => setDraft(f.code, { min: e.target.value })}
            />
            <TextField
              label={t('dash.filter.max', { label: f.label })}
              type="number"
              value={draft(f.code).max}
              onChange={(e) => setDraft(f.code, { max: e.target.value })}
            />
          </div>
        ) : f.type === 'boolean' ? (
          <label key={f.code} className="dash-select">
            <span className="field-label">{f.label}</span>
            <select
              className="input"
              value={draft(f.code).value}
              onChange={(e) => setDraft(f.code, { value: e.target.value })}
            >
              <option value="">{t('dash.filter.any')}</option>
              <option value="true">{t('dash.filter.yes')}</option>
              <option value="false">{t('dash.filter.no')}</option>
            </select>
          </label>
        ) : (
          <TextField
            key={f.code}
            label={f.label}
            value={draft(f.code).value}
            onChange={(e) => setDraft(f.code, { value: e.target.value })}
          />
        ),
      )}
      <div className="row dash-filter-actions">
        <Button type="submit" variant="primary">
          {t('dash.filter.apply')}
        </Button>
        <Button type="button" onClick={reset}>
          {t('dash.filter.reset')}
        </Button>
      </div>
    </form>
  );
}

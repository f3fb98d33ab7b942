import type { SyntheticEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { Select } from '../../ui/select';
import { TextField } from '../../ui/text-field';
import type { CalculatorSettings, ChartType, Improvement } from './build-request';
import { DataInput } from './data-input';
import type { FieldErrors } from './field-errors';
import { PresetChoice } from './preset-choice';

const CHARTS: readonly ChartType[] = ['i', 'run', 'p', 'u', 'c', 'pp', 'up', 'mr'];
const IMPROVEMENTS: readonly Improvement[] = ['increase', 'decrease', 'neutral'];

export interface CalculatorFormProps {
  data: string;
  onDataChange: (text: string) => void;
  settings: CalculatorSettings;
  onSettingsChange: (settings: CalculatorSettings) => void;
  errors: FieldErrors;
  pointCount: number | null;
  isBusy: boolean;
  onSubmit: () => void;
}

const joined = (messages: string[] | undefined) => messages?.join('\n');
/** The option of a native select's value (always one of them; the fallback only satisfies the types). */
const pick = <T extends string>(options: readonly T[], value: string, fallback: T): T =>
  options.find((o) => o === value) ?? fallback;

/** The calculator's inputs: the series, chart type, direction, target, multiplier, phases, exclusions and preset. */
export function CalculatorForm({
  data,
  onDataChange,
  settings,
  onSettingsChange,
  errors,
  pointCount,
  isBusy,
  onSubmit,
}: CalculatorFormProps) {
  const { t } = useI18n();
  const set = <K extends keyof CalculatorSettings>(key: K, value: CalculatorSettings[K]) =>
    onSettingsChange({ ...settings, [key]: value });
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="calc-form" onSubmit={submit} noValidate>
      <div className="calc-form-grid">
        <DataInput value={data} onChange={onDataChange} error={joined(errors.data)} pointCount={pointCount} />
        <div className="calc-settings">
          <Select
            label={t('calc.chart')}
            value={settings.chart}
            onChange={(e) => set('chart', pick(CHARTS, e.target.value, settings.chart))}
            options={CHARTS.map((c) => ({ value: c, label: t(`spc.chart.${c}`) }))}
          />
          <Select
            label={t('calc.improvement')}
            value={settings.improvement}
            onChange={(e) => set('improvement', pick(IMPROVEMENTS, e.target.value, settings.improvement))}
            options={IMPROVEMENTS.map((i) => ({ value: i, label: t(`calc.improvement.${i}`) }))}
          />
          <div className="calc-pair">
            <TextField
              label={t('calc.target')}
              inputMode="decimal"
              value={settings.target}
              onChange={(e) => set('target', e.target.value)}
              error={joined(errors.target)}
            />
            <TextField
              label={t('calc.multiplier')}
              hint={t('calc.multiplierHint')}
              inputMode="decimal"
              value={settings.multiplier}
              onChange={(e) => set('multiplier', e.target.value)}
              error={joined(errors.multiplier)}
            />
          </div>
          <TextField
            label={t('calc.phases')}
            hint={t('calc.phasesHint')}
            value={settings.phases}
            onChange={(e) => set('phases', e.target.value)}
            error={joined(errors.phases)}
          />
          <TextField
            label={t('calc.exclude')}
            hint={t('calc.excludeHint')}
            value={settings.exclude}
            onChange={(e) => set('exclude', e.target.value)}
            error={joined(errors.exclude)}
          />
        </div>
      </div>
      <PresetChoice value={settings.preset} onChange={(preset) => set('preset', preset)} />
      <div className="row">
        <Button type="submit" variant="primary" isBusy={isBusy}>
          {t('calc.submit')}
        </Button>
      </div>
    </form>
  );
}

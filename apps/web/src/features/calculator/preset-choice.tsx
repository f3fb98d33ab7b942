import { useI18n } from '../../i18n/i18n-context';
import type { Preset } from './build-request';

const PRESETS: readonly Preset[] = ['mdc', 'mdc-excel', 'qic', 'pbi-spc'];

interface PresetChoiceProps {
  value: Preset;
  onChange: (preset: Preset) => void;
}

/** The rule convention as radio cards, each with the tool it reproduces and a one-line explanation. */
export function PresetChoice({ value, onChange }: PresetChoiceProps) {
  const { t } = useI18n();
  return (
    <fieldset className="fieldset calc-presets">
      <legend>{t('calc.preset')}</legend>
      <div className="calc-preset-grid">
        {PRESETS.map((preset) => (
          <label key={preset} className={`calc-preset${preset === value ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name="preset"
              value={preset}
              checked={preset === value}
              onChange={() => onChange(preset)}
            />
            <span>
              <strong>{t(`calc.presetName.${preset}`)}</strong>
              <span className="calc-preset-text">{t(`calc.preset.${preset}`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

import { useId, useState, type ChangeEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Field } from '../../ui/field';

const MAX_FILE_BYTES = 1_048_576;

interface DataInputProps {
  value: string;
  onChange: (text: string) => void;
  error?: string | undefined;
  /** Points recognised in the current text (null while it cannot be read). */
  pointCount: number | null;
}

/** The series: a textarea to paste or type into, and a small CSV upload that fills it. */
export function DataInput({ value, onChange, error, pointCount }: DataInputProps) {
  const { t } = useI18n();
  const fileId = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES)
      return setFileError(t('calc.uploadTooLarge', { size: MAX_FILE_BYTES / 1024 }));
    setFileError(null);
    onChange(await file.text());
  };
  return (
    <div className="calc-data">
      <Field label={t('calc.data')} hint={t('calc.dataHint')} error={error}>
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            className="input calc-textarea"
            rows={14}
            spellCheck={false}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <div className="calc-data-footer">
        <p className="muted calc-count" aria-live="polite">
          {pointCount !== null && t('calc.points', { count: pointCount })}
        </p>
        <div className="calc-upload">
          <input
            id={fileId}
            type="file"
            className="visually-hidden"
            accept=".csv,.txt,.tsv,text/csv,text/plain"
            onChange={(e) => void readFile(e)}
          />
          <label htmlFor={fileId} className="btn btn-secondary">
            {t('calc.upload')}
          </label>
        </div>
      </div>
      {fileError && (
        <p className="field-error" role="alert">
          {fileError}
        </p>
      )}
    </div>
  );
}

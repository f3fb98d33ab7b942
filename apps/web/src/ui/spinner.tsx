import { useI18n } from '../i18n/i18n-context';
import './surfaces.css';

/** A loading indicator announced politely to screen readers. */
export function Spinner({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="spinner" role="status">
      <span className="spinner-circle" aria-hidden="true" />
      <span className="visually-hidden">{label ?? t('app.loading')}</span>
    </div>
  );
}
